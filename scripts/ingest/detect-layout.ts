/**
 * Tells a document's layout from its text (the `format` of `content/sources/sources.yml`): how its
 * paragraphs are laid out, which footnote style it uses, how its tables are written. Each answer
 * comes with the figures it was read from, so the report can say why.
 */
import type { SourceMeta } from "../model/schema.ts";

export type Format = SourceMeta["format"];

/** The figures the layout was read from (shares are of the non-blank lines). */
export interface LayoutEvidence {
  lines: number;
  /** Share of lines followed by a blank line. */
  blankAfter: number;
  /** Share of lines whose next line goes on in lower case (a line break inside a sentence). */
  continued: number;
  /** Median line length over the 90th percentile: near 1 when lines are cut at one width. */
  evenWidth: number;
  pipeLines: number;
  tabStart: number;
  tabInside: number;
  replacementNotes: number;
  superscripts: number;
  bracketNotes: number;
  bracketMarks: number;
  pageNotes: number;
}

/** A footnote at a page bottom: `1- text` (001), or `1 Text` after a blank line (003). */
const PAGE_NOTE = /^(\d{1,3})- \S/;
const PAGE_NOTE_AFTER_BREAK = /^(\d{1,3}) \p{Lu}/u;
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const BRACKET_NOTE = /^\[(\d{1,3})\]/;
const BRACKET_MARK = /\S\[\d{1,3}\]/;

/** The figures of `lines` that tell the layouts apart. */
export function layoutEvidence(lines: string[]): LayoutEvidence {
  const text = lines.map((l) => l.replace(/\r$/, ""));
  const filled = text.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== "");
  const n = Math.max(1, filled.length);
  let blankAfter = 0;
  let continued = 0;
  const lengths: number[] = [];
  const e = { pipeLines: 0, tabStart: 0, tabInside: 0, replacementNotes: 0, superscripts: 0, bracketNotes: 0, bracketMarks: 0 };
  const pageNumbers: number[] = [];
  for (const { l, i } of filled) {
    const next = text[i + 1];
    if (next === undefined || next.trim() === "") blankAfter++;
    else if (/^\s*[\p{Ll}]/u.test(next)) continued++;
    lengths.push(l.trim().length);
    if (/^\s*\|/.test(l)) e.pipeLines++;
    if (l.startsWith("\t")) e.tabStart++;
    if (/\S\t+\S/.test(l)) e.tabInside++;
    if (l.startsWith("\uFFFD")) e.replacementNotes++;
    if (SUPERSCRIPT.test(l)) e.superscripts++;
    if (BRACKET_NOTE.test(l)) e.bracketNotes++;
    if (BRACKET_MARK.test(l)) e.bracketMarks++;
    const page = PAGE_NOTE.exec(l) ?? (i > 0 && text[i - 1]!.trim() === "" ? PAGE_NOTE_AFTER_BREAK.exec(l) : null);
    if (page) pageNumbers.push(Number(page[1]));
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // Page-bottom notes count only as a run numbered from 1 upwards, not as any line starting `3- `.
  let pageNotes = 0;
  for (const k of pageNumbers) if (k === pageNotes + 1) pageNotes++;
  const share = (k: number) => Math.round((k / n) * 100) / 100;
  return {
    lines: filled.length,
    blankAfter: share(blankAfter),
    continued: share(continued),
    evenWidth: p90 ? Math.round((median / p90) * 100) / 100 : 0,
    ...e,
    pageNotes,
  };
}

/** How paragraphs are laid out: by the file's kind (portal Markdown) and the shape of its lines. */
function paragraphs(e: LayoutEvidence, markdown: boolean): Format["paragraphs"] {
  if (markdown) return "blank-line";
  // One paragraph per line with blank lines between (002, 004).
  if (e.blankAfter >= 0.75 && e.continued < 0.1) return "blank-separated";
  if (e.continued >= 0.2) {
    // Cut at one width (001, 003: median near the longest lines) or kept as the portal broke them.
    return e.evenWidth >= 0.75 ? "wrapped" : "blank-line";
  }
  return "line";
}

function footnotes(e: LayoutEvidence, markdown: boolean): Format["footnotes"] {
  if (e.replacementNotes >= 1) return "end-replacement-char";
  if (e.bracketNotes >= 1 && e.bracketMarks >= 1) return "bracketed";
  if (e.superscripts >= 2) return "superscript";
  // A portal page has no page bottoms: its lines `1- …` are list items.
  if (e.pageNotes >= 2 && !markdown) return "page-bottom";
  return "none";
}

function tables(e: LayoutEvidence): Format["tables"] {
  if (e.pipeLines >= 2) return "pipe";
  // 000's cells each start a line with a TAB; 004's rows hold TABs between cells.
  if (e.tabStart >= 10 && e.tabStart > 2 * e.tabInside) return "cell-per-line";
  if (e.tabInside >= 5) return "tab-separated";
  return "none";
}

/** The `format` of a document: `markdown` when it was copied from a portal as Markdown (a `.md` file). */
export function detectLayout(lines: string[], markdown: boolean): { format: Format; evidence: LayoutEvidence } {
  const evidence = layoutEvidence(lines);
  return {
    format: { paragraphs: paragraphs(evidence, markdown), footnotes: footnotes(evidence, markdown), tables: tables(evidence) },
    evidence,
  };
}
