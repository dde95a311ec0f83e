import type { NumberingStyle } from "../model/document.ts";

/** The usual nesting of the styles, outermost first; used when a style appears for the first time. */
export const RANK: Record<NumberingStyle, number> = {
  part: 0,
  appendix: 0,
  attached: 0,
  chapter: 0,
  section: 0,
  article: 0,
  "upper-letter": 1,
  roman: 2,
  "decimal-1": 3,
  "decimal-2": 4,
  "decimal-3": 5,
  "lower-letter": 6,
  "paren-number": 7,
  unnumbered: 8,
};

/** What the start of a line says about numbering: the style, the printed numbering and the rest. */
export interface Numbering {
  style: NumberingStyle;
  numbering: string;
  /** The number as an integer, for checking that siblings count up (1, 2, 3 …). */
  ordinal: number;
  rest: string;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const romanValue = (s: string): number => {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
};
/** Điểm are lettered in the Vietnamese alphabet: đ after d, no f or j. */
const VIETNAMESE_LETTERS = "abcdđeghiklmn";
const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5 };

/** The ordered rules: the first that matches decides. Each returns null when it does not apply. */
const rules: ((s: string) => Numbering | null)[] = [
  (s) => {
    const m = /^(phần thứ (nhất|hai|ba|tư|năm))\s*[:.]?\s*(.*)$/iu.exec(s);
    return m ? { style: "part", numbering: m[1]!, ordinal: ORDINAL_WORDS[m[2]!.toLowerCase()] ?? 0, rest: m[3]! } : null;
  },
  (s) => {
    const m = /^(phụ lục(?: số)?\s*(\d+|[IVX]+))\s*[:.]?\s*(.*)$/iu.exec(s);
    if (!m) return null;
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : romanValue(m[2]!);
    return { style: "appendix", numbering: m[1]!, ordinal: n, rest: m[3]! };
  },
  (s) => {
    const m = /^(Điều (\d+)\.)\s*(.*)$/u.exec(s);
    return m ? { style: "article", numbering: m[1]!, ordinal: Number(m[2]), rest: m[3]! } : null;
  },
  (s) => {
    const m = /^(([IVX]+)\.)\s+(\S.*)$/u.exec(s);
    return m ? { style: "roman", numbering: m[1]!, ordinal: romanValue(m[2]!), rest: m[3]! } : null;
  },
  (s) => {
    const m = /^(([A-HĐ])\.)\s+(\S.*)$/u.exec(s);
    return m ? { style: "upper-letter", numbering: m[1]!, ordinal: m[2]!.charCodeAt(0) - 64, rest: m[3]! } : null;
  },
  (s) => {
    const m = /^((\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.)\s+(\S.*)$/u.exec(s);
    if (!m) return null;
    const parts = [m[2], m[3], m[4]].filter((p) => p !== undefined);
    const style = (["decimal-1", "decimal-2", "decimal-3"] as const)[parts.length - 1]!;
    return { style, numbering: m[1]!, ordinal: Number(parts[parts.length - 1]), rest: m[5]! };
  },
  (s) => {
    const m = /^(([a-eđg-iklmn])\))\s+(\S.*)$/u.exec(s);
    return m ? { style: "lower-letter", numbering: m[1]!, ordinal: VIETNAMESE_LETTERS.indexOf(m[2]!) + 1, rest: m[3]! } : null;
  },
];

/** Recognises the document's own numbering at the start of a line (leading spaces and tabs ignored). */
export function matchNumbering(text: string): Numbering | null {
  const s = text.replace(/^[\s*]+/, "").replace(/\*\*$/, "");
  for (const rule of rules) {
    const m = rule(s);
    if (m) return { ...m, numbering: m.numbering.replace(/\s+/g, " "), rest: m.rest.trim() };
  }
  return null;
}

/** A list marker at the start of a line: `-`, `+`, `(1)`, `(01)`, `(i)`. */
export function matchListMarker(text: string): { marker: string; ordered: boolean; rest: string } | null {
  const s = text.replace(/^\s+/, "");
  let m = /^([-+–•])\s+(\S.*)$/u.exec(s);
  if (m) return { marker: m[1]!, ordered: false, rest: m[2]! };
  m = /^(\((\d{1,2}|[ivx]+)\))\s*(\S.*)$/u.exec(s);
  if (m) return { marker: m[1]!, ordered: true, rest: m[3]! };
  return null;
}
