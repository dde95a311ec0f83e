import { lowerLetters } from "../../src/lib/vietnamese.ts";

/** Marks a footnote reference inside model text; the emitter turns it into `[^label]`. */
export const footnoteRef = (label: string): string => `\uE000${label}\uE001`;

/** Matches footnote reference marks in model text; group 1 is the label. */
export const FOOTNOTE_REF_RE = /\uE000([^\uE001]+)\uE001/g;

/** Collapses runs of spaces and tabs and trims. */
export const collapse = (s: string): string => s.replace(/[ \t\u00a0]+/g, " ").trim();

/**
 * Joins two pieces of text that a line break (or a page break) split. A hyphen that ends the first,
 * right after a letter or digit, with a letter or digit next, is inside a word or a range: the two
 * join without a space (“1,5-” + “2,1%/năm” → “1,5-2,1%/năm”, “cung-” + “cầu” → “cung-cầu”). Any
 * other break is one space.
 */
export function joinBroken(first: string, second: string): string {
  const a = first.replace(/[ \t\u00a0]+$/, "");
  const b = second.replace(/^[ \t\u00a0]+/, "");
  return HYPHEN_AT_END.test(a) && /^[\p{L}\d]/u.test(b) ? a + b : `${a} ${b}`;
}

const HYPHEN_AT_END = /[\p{L}\d]-$/u;

/** Marks a link inside model text: the emitter writes `[text](url)`. */
export const linkMark = (url: string, text: string, title?: string): string =>
  `\uE002${url}${title ? `\uE005${title.replace(/["\uE002-\uE005]/g, "")}` : ""}\uE003${text}\uE004`;

/** Matches link marks in model text; group 1 is the URL, group 2 the linked text, group 3 the title (a tooltip), if any. */
export const LINK_RE = /\uE002([^\uE003\uE005]*)(?:\uE005([^\uE003]*))?\uE003([^\uE004]*)\uE004/g;

/** Escapes text for HTML, SVG or XML, both in element content and in double-quoted attributes. */
export const escapeMarkup = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** HTML's character references decoded: the text a reader sees in a piece of HTML without its tags. */
export const decodeEntities = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");

/** Text of about `max` characters (160: a page description): cut at a word and marked “…” when cut, whole when it is not much longer. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max + 10) return t;
  return `${t
    .slice(0, max)
    .replace(/\s+\S*$/, "")
    .replace(/[\s.,;:]+$/, "")}…`;
}

/** The text without footnote marks and with links as their text, for checks and search. */
export const plain = (s: string): string => s.replace(FOOTNOTE_REF_RE, "").replace(LINK_RE, "$3");

/**
 * The words a reader sees where the text is not rendered as Markdown (titles, contents, page
 * descriptions, snippets): `plain`, and the source's own emphasis (`*…*`, `**…**`, `<i>…</i>`)
 * as its words.
 */
export const readerWords = (s: string): string =>
  plain(s)
    .replace(/<\/?i>/gi, "")
    .replace(/(\*{1,2})(?=\S)([^*]*?\S)\1/g, "$2");

/** The lower-case letters of Vietnamese for a character class (`src/lib/vietnamese.ts`); upper case likewise. */
const LOWER = lowerLetters();
const UPPER = LOWER.toUpperCase();

/** A Vietnamese lower-case letter at the start (after optional spaces). */
const STARTS_LOWER = new RegExp(`^\\s*[${LOWER}]`);
const STARTS_UPPER = new RegExp(`^\\s*[${UPPER}]`);
const NOT_LETTER = new RegExp(`[^${LOWER}${UPPER}]`, "g");
const A_LOWER = new RegExp(`[${LOWER}]`);
export const startsLower = (s: string): boolean => STARTS_LOWER.test(s);
export const startsUpper = (s: string): boolean => STARTS_UPPER.test(s);
export const LOWER_CLASS = LOWER;
export const UPPER_CLASS = UPPER;

/** True when a line has letters and none of them is lower case (a title in capitals). */
export function isAllCaps(s: string): boolean {
  const letters = plain(s).replace(/\*/g, "").replace(NOT_LETTER, "");
  return letters.length >= 2 && !A_LOWER.test(letters);
}

/** Ends like a finished sentence or clause (so the next line is not its continuation). */
export function endsSentence(s: string): boolean {
  const t = plain(s).replace(/\*+$/, "").trimEnd();
  return /[.!?:;…]["”’)\]]*$/.test(t) || /\.\/\.$/.test(t);
}
