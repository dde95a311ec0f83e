/**
 * Footnotes of 001 and 003: at each page bottom, lines `N- text` (001) or `N text` (003), often in
 * the middle of a paragraph; the body resumes on a line starting with a space. The reference is
 * the number glued to the word before it (`kế hoạch1`, `8,16%3`, a year `2030` + `1`).
 */
import type { Footnote } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { footnoteRef } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FootnoteResult } from "./types.ts";

const START = /^(\d{1,3})(?:- | )(\S.*)$/;

function startNumber(l: Line | undefined): number | null {
  const m = l ? START.exec(l.text) : null;
  return m ? Number(m[1]) : null;
}

/** Finds the reference `n` glued to the text, searching lines backwards from `from` down to `floor`. */
function findReference(lines: Line[], from: number, floor: number, label: string): { index: number; at: number; length: number } | null {
  const glued = new RegExp(`(?<=[\\p{L}%)”"])${label}(?=[\\s.,;:)]|$)`, "gu");
  const afterYear = new RegExp(`(?<=(?:^|\\D)(?:19|20)\\d\\d)${label}(?=[\\s.,;:)]|$)`, "gu");
  for (let i = from; i >= floor; i--) {
    const text = lines[i]!.text;
    for (const re of [glued, afterYear]) {
      const hits = [...text.matchAll(re)].filter((m) => !/(?:^|[^\p{L}])k?m$/u.test(text.slice(0, m.index)));
      const last = hits[hits.length - 1];
      if (last && last.index !== undefined) return { index: i, at: last.index, length: label.length };
    }
  }
  return null;
}

/** `first` is the number of the first footnote expected (1 for a whole document). */
export function extractPageFootnotes(input: Line[], diag: Diagnostics, first = 1): FootnoteResult {
  const lines = input.map((l) => ({ ...l }));
  const footnotes: Footnote[] = [];
  const blockStarts: number[] = [];
  let expected = first;
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const n = startNumber(l);
    const prevBlankOrBlock = isBlank(lines[i - 1]) || inBlock;
    if (n === expected && prevBlankOrBlock) {
      const m = START.exec(l.text)!;
      footnotes.push({ label: String(n), text: m[2]!.trim(), line: l.line, endLine: l.line });
      blockStarts[n] = blockStarts[n] ?? i;
      expected++;
      inBlock = true;
      l.text = "";
      continue;
    }
    if (inBlock && !isBlank(l) && !/^[ \t]/.test(l.text)) {
      const last = footnotes[footnotes.length - 1]!;
      last.text = `${last.text} ${l.text.trim()}`;
      last.endLine = l.line;
      l.text = "";
      continue;
    }
    inBlock = false;
    // A page whose footnote area opens with the rest of the previous page's last footnote.
    if (isBlank(l) && footnotes.length > 0) {
      let j = i + 1;
      while (j < lines.length && !isBlank(lines[j]) && !/^[ \t]/.test(lines[j]!.text) && startNumber(lines[j]) !== expected) j++;
      if (j > i + 1 && j < lines.length && startNumber(lines[j]) === expected) {
        const last = footnotes[footnotes.length - 1]!;
        for (let k = i + 1; k < j; k++) {
          last.text = `${last.text} ${lines[k]!.text.trim()}`;
          last.endLine = lines[k]!.line;
          lines[k]!.text = "";
        }
        i = j - 1;
        inBlock = true;
      }
    }
  }

  // References: each is searched backwards from its own block, never before the previous one.
  let floor = 0;
  let floorAt = 0;
  for (const fn of footnotes) {
    const from = blockStarts[Number(fn.label)]!;
    const hit = findReference(lines, from - 1, floor, fn.label);
    if (!hit || (hit.index === floor && hit.at < floorAt)) {
      diag.error(
        fn.line,
        `no reference mark "${fn.label}" found before footnote ${fn.label}`,
        "footnotes/page-reference",
        "a number glued to the preceding word",
      );
      continue;
    }
    const l = lines[hit.index]!;
    const mark = footnoteRef(fn.label);
    l.text = l.text.slice(0, hit.at) + mark + l.text.slice(hit.at + hit.length);
    floor = hit.index;
    floorAt = hit.at + mark.length;
  }
  return { lines, footnotes };
}
