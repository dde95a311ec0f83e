/** Vietnamese-aware slug: decompose, drop combining marks, `đ` → `d`, lowercase, hyphens. */
export function slugify(text: string, maxWords = Infinity): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}
