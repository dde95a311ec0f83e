import { foldLetters } from "../../src/lib/vietnamese.ts";

/** Vietnamese-aware slug: decompose, drop combining marks, `đ` → `d`, lowercase, hyphens. */
export function slugify(text: string, maxWords = Infinity): string {
  const words = foldLetters(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}
