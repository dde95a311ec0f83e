/**
 * No table row passes silently: a line laid out as a row (`| a | b |`, a `|` alone, cells between
 * TABs) that no table rule took is an error at its line, unless content/corrections.yml accepts it.
 */
import type { Diagnostics } from "../../model/diagnostics.ts";
import type { Line } from "../lines.ts";

/** A line laid out as a table row: cells between `|`, a `|` alone, or text on both sides of a TAB. */
export const looksLikeRow = (l: Line): boolean =>
  /^\s*\|/.test(l.text) || /\S[^\S\n]*\|[^\S\n]*\S.*\|/.test(l.text) || /\S\t+\S/.test(l.text);

/** Reports the first line of each run of row-like lines outside the tables found (`taken`: the line indexes they cover). */
export function reportStrayRows(lines: Line[], taken: readonly { start: number; end: number }[], diag: Diagnostics): void {
  const inTable = new Array<boolean>(lines.length).fill(false);
  for (const t of taken) for (let i = t.start; i < t.end; i++) inTable[i] = true;
  // A run of rows goes on over the cell text between them, up to a blank line.
  let inRun = false;
  lines.forEach((l, i) => {
    if (inTable[i] || l.text.trim() === "") {
      inRun = false;
      return;
    }
    const stray = looksLikeRow(l);
    if (stray && !inRun)
      diag.error(
        l.line,
        `a table row that no table rule read: “${l.text.trim().slice(0, 60)}”`,
        "table/stray-row",
        "a table of the layout that `format.tables` names in sources.yml",
      );
    if (stray) inRun = true;
  });
}
