/**
 * The header's menu on narrow screens: a disclosure button that shows and hides the main sections.
 * Without JavaScript the button stays hidden and the sections are always shown. Enter or Space on
 * the button toggles it (it is a real button); Escape inside the menu closes it and returns focus to
 * the button; a tap or focus outside the header closes it too.
 */
export function enhanceMenu(): void {
  const header = document.querySelector<HTMLElement>(".site-header");
  const button = header?.querySelector<HTMLButtonElement>(".menu-toggle");
  if (!header || !button) return;
  const set = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    header.dataset.menu = open ? "open" : "closed";
  };
  set(false);
  button.hidden = false;
  button.addEventListener("click", () => set(button.getAttribute("aria-expanded") !== "true"));
  header.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || header.dataset.menu !== "open") return;
    set(false);
    button.focus();
  });
  const closeOutside = (e: Event) => {
    if (header.dataset.menu === "open" && !header.contains(e.target as Node)) set(false);
  };
  document.addEventListener("click", closeOutside);
  document.addEventListener("focusin", closeOutside);
}
