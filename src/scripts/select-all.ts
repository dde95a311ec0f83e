/** A code to copy (the embed snippet): focused or tapped, all of it is selected, ready to copy. */
export function enhanceSelectAll(): void {
  for (const el of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-code]")) {
    const select = () => el.select();
    el.addEventListener("focus", select);
    el.addEventListener("click", select);
  }
}
