import { slugify } from "../model/slug.ts";

/** The slug form of a heading's own numbering: `Phần thứ nhất` → `phan-1`, `1.2.` → `1-2`, `a)` → `a`. */
export function numberingSlug(numbering: string, ordinal?: number): string {
  const s = slugify(numbering);
  if (/^phan-thu-/.test(s) && ordinal) return `phan-${ordinal}`;
  return s;
}

/** Hands out unique ids within one scope, adding -2, -3 … to repeats. */
export class IdScope {
  private readonly used = new Map<string, number>();
  take(base: string): string {
    const b = base || "muc";
    const n = (this.used.get(b) ?? 0) + 1;
    this.used.set(b, n);
    return n === 1 ? b : `${b}-${n}`;
  }
}
