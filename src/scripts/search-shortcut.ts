/** “/” anywhere outside a text field puts the cursor in the header's search box (or, where the page has its own instead, in that one). */
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const box = (document.getElementById("o-tim") ?? document.querySelector("main input[type=search]")) as HTMLInputElement | null;
  if (!box) return;
  e.preventDefault();
  box.focus();
});
