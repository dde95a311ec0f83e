/**
 * Abbreviations explain themselves by tap, by keyboard and by mouse, not only on hover: each
 * `<abbr title>` becomes a control (focusable, Enter or Space, a tap) that shows its expansion in
 * a small box under it; Escape, a tap elsewhere or moving on closes it. Without scripts the
 * `title` stays, so a mouse still shows it.
 */

/** Where the box goes: under the word, inside the window, `gap` px from its edges. */
export function tipPlace(
  word: { left: number; bottom: number },
  tipWidth: number,
  viewportWidth: number,
  gap = 8,
): { left: number; top: number } {
  const left = Math.max(gap, Math.min(word.left, viewportWidth - gap - tipWidth));
  return { left: Math.round(left), top: Math.round(word.bottom + 4) };
}

export function enhanceAbbreviations(root: ParentNode = document): void {
  const words = [...root.querySelectorAll<HTMLElement>("abbr[title]")];
  if (!words.length) return;
  const tip = document.createElement("span");
  tip.className = "abbr-tip";
  tip.id = "giai-nghia-viet-tat";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  document.body.append(tip);
  let open: HTMLElement | null = null;

  const close = () => {
    if (!open) return;
    open.setAttribute("aria-expanded", "false");
    open = null;
    tip.hidden = true;
    tip.textContent = "";
  };
  const show = (word: HTMLElement) => {
    close();
    open = word;
    word.setAttribute("aria-expanded", "true");
    tip.textContent = `${word.textContent ?? ""}: ${word.dataset.full ?? ""}`;
    tip.hidden = false;
    const r = word.getBoundingClientRect();
    const { left, top } = tipPlace(r, tip.offsetWidth, document.documentElement.clientWidth);
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  for (const word of words) {
    word.dataset.full = word.title;
    // The box says it now; a title would show the same words a second time on hover.
    word.removeAttribute("title");
    word.tabIndex = 0;
    word.setAttribute("role", "button");
    word.setAttribute("aria-expanded", "false");
    word.setAttribute("aria-controls", tip.id);
    word.setAttribute("aria-label", `${word.textContent ?? ""} (${word.dataset.full})`);
    word.addEventListener("click", (e) => {
      e.stopPropagation();
      if (open === word) close();
      else show(word);
    });
    word.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        if (open === word) close();
        else show(word);
      } else if (e.key === "Escape") close();
    });
    word.addEventListener("pointerenter", (e) => {
      if (e.pointerType === "mouse") show(word);
    });
    word.addEventListener("pointerleave", (e) => {
      if (e.pointerType === "mouse" && open === word) close();
    });
    word.addEventListener("blur", () => {
      if (open === word) close();
    });
  }
  document.addEventListener("click", close);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
}
