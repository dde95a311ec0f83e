/**
 * The glossary page (/thuat-ngu/): each abbreviation the reports use, its meaning, and the reading
 * pages where it is used, in Vietnamese alphabetical order.
 */
import type { GlossaryTerm } from "../../scripts/model/glossary.ts";
import { slugify } from "../../scripts/model/slug.ts";

/** Matches `abbr` as a word of its own: not inside a longer word or number (“UBND” in “UBND tỉnh”, not in “UBNDX”). */
export const abbreviationPattern = (abbr: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\d])${abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "u");

/** Each term with its anchor id and the reading pages whose text uses it, sorted as Vietnamese sorts (“Đ” after “D”). */
export function glossaryTerms<T extends { body: string }>(
  terms: GlossaryTerm[],
  texts: T[],
): (GlossaryTerm & { id: string; pages: T[] })[] {
  return terms
    .map((t) => {
      const re = abbreviationPattern(t.abbr);
      return { ...t, id: slugify(t.abbr), pages: texts.filter((p) => re.test(p.body)) };
    })
    .sort((a, b) => a.abbr.localeCompare(b.abbr, "vi"));
}

/** The page's description: how many abbreviations. */
export const glossaryDescription = (count: number): string =>
  `${count} chữ viết tắt các báo cáo dùng (UBND, HĐND, KT-XH, GRDP, FDI, NTM…), nghĩa đầy đủ và nơi dùng.`;
