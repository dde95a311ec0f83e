/**
 * Footnotes of Markdown copied from a legal portal: `[1]` after a word, number or punctuation is
 * the reference; a line that starts with `[1]` (then a space or nothing) starts the note, which
 * goes on to the next note, to a blank line when the body goes on after it (a note at a page's
 * bottom), or to the end. A document may number its notes afresh (an appendix, a consolidated
 * text): the k-th mark `[n]` goes with the k-th note `[n]`, labelled `n` the first time, `n-k` after.
 */
import type { Footnote } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { collapse, footnoteRef } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FootnoteResult } from "./types.ts";

const NOTE_START = /^\s*\[(\d{1,3})\](?=\s|$)\s*(.*)$/;
const MARK = /\[(\d{1,3})\](?!\()/g;
const ENDS_NOTES = /^\s*(#|\|\s*$)/;

const label = (n: string, k: number): string => (k === 1 ? n : `${n}-${k}`);

export function extractBracketedFootnotes(input: Line[], diag: Diagnostics): FootnoteResult {
  const lines = input.map((l) => ({ ...l }));
  const starts = lines.map((l, i) => (NOTE_START.test(l.text) ? i : -1)).filter((i) => i >= 0);
  const lastMarkAt = lines.reduce((last, l, i) => (!NOTE_START.test(l.text) && /\[\d{1,3}\](?!\()/.test(l.text) ? i : last), -1);
  const notes: (Footnote & { n: string })[] = [];
  const seenNotes = new Map<string, number>();
  for (const [j, s] of starts.entries()) {
    const m = NOTE_START.exec(lines[s]!.text)!;
    const n = String(Number(m[1]));
    const k = (seenNotes.get(n) ?? 0) + 1;
    seenNotes.set(n, k);
    const parts = [m[2]!];
    let endLine = lines[s]!.line;
    lines[s]!.text = "";
    const stop = starts[j + 1] ?? lines.length;
    // Notes before the body's last mark sit at a page's bottom: they end at the first blank line.
    const atPageBottom = s < lastMarkAt;
    for (let i = s + 1; i < stop; i++) {
      const l = lines[i]!;
      if (ENDS_NOTES.test(l.text) || (atPageBottom && isBlank(l))) break;
      if (!isBlank(l)) {
        parts.push(l.text);
        endLine = l.line;
      }
      l.text = "";
    }
    notes.push({ n, label: label(n, k), text: collapse(parts.join(" ")), line: input[s]!.line, endLine });
  }
  const noted = new Set(notes.map((f) => f.label));
  const seenMarks = new Map<string, number>();
  const marks: { n: string; k: number; line: number }[] = [];
  for (const l of lines) {
    l.text = l.text.replace(MARK, (whole, digits: string) => {
      const n = String(Number(digits));
      const k = (seenMarks.get(n) ?? 0) + 1;
      seenMarks.set(n, k);
      marks.push({ n, k, line: l.line });
      // A mark without its note stays as printed (an error, unless content/corrections.yml accepts it).
      return noted.has(label(n, k)) ? footnoteRef(label(n, k)) : whole;
    });
  }
  const marked = new Set(marks.map((m) => label(m.n, m.k)));
  for (const m of marks) {
    if (!noted.has(label(m.n, m.k)))
      diag.error(
        m.line,
        `footnote mark [${m.n}] (the ${ordinal(m.k)} [${m.n}]) has no note`,
        "footnotes/bracketed-orphan-mark",
        `a line starting “[${m.n}]” with its text`,
      );
  }
  for (const f of notes) {
    if (!marked.has(f.label))
      diag.error(
        f.line,
        `footnote note [${f.n}] has no mark in the text`,
        "footnotes/bracketed-orphan-note",
        `a mark “[${f.n}]” in the text`,
      );
  }
  return { lines, footnotes: notes.map(({ n: _n, ...f }) => f) };
}

const ordinal = (k: number): string => (k === 1 ? "first" : k === 2 ? "second" : k === 3 ? "third" : `${k}th`);
