import type { TableCell, TableRow } from "../../model/document.ts";

/**
 * Builds a two-level header from its two printed rows. `top` may be shorter than `columns`
 * (000: merged cells simply absent) or full width with empty cells after a merged one (004).
 * A top cell over an empty lower cell spans both rows; a top cell over filled lower cells spans them.
 */
export function twoLevelHeader(top: TableCell[], bottom: TableCell[], columns: number): TableRow[] | null {
  const filled = (c: TableCell | undefined) => Boolean(c && c.text !== "");
  const upper: TableCell[] = [];
  const lower: TableCell[] = [];
  if (top.length === columns) {
    for (let pos = 0; pos < columns;) {
      const cell = top[pos]!;
      if (!filled(bottom[pos])) {
        upper.push({ ...cell, rowspan: 2 });
        pos++;
        continue;
      }
      let span = 1;
      while (pos + span < columns && !filled(top[pos + span]) && filled(bottom[pos + span])) span++;
      upper.push(span > 1 ? { ...cell, colspan: span } : cell);
      for (let k = pos; k < pos + span; k++) lower.push(bottom[k]!);
      pos += span;
    }
    return [
      { cells: upper, line: top[0]!.line },
      { cells: lower, line: bottom[0]?.line ?? top[0]!.line },
    ];
  }
  // Segments of the lower row: each empty position needs its own top cell; each run of filled ones shares the rest.
  const segments: { start: number; length: number; run: boolean }[] = [];
  for (let pos = 0; pos < columns; pos++) {
    const run = filled(bottom[pos]);
    const last = segments[segments.length - 1];
    if (run && last?.run && last.start + last.length === pos) last.length++;
    else segments.push({ start: pos, length: 1, run });
  }
  const runs = segments.filter((s) => s.run);
  const spare = top.length - segments.length;
  if (runs.length === 0 || spare < 0 || spare % runs.length !== 0) return null;
  const perRun = 1 + spare / runs.length;
  let t = 0;
  for (const s of segments) {
    if (!s.run) {
      upper.push({ ...top[t++]!, rowspan: 2 });
      continue;
    }
    if (s.length % perRun !== 0) return null;
    const width = s.length / perRun;
    for (let k = 0; k < perRun; k++) upper.push(width > 1 ? { ...top[t++]!, colspan: width } : top[t++]!);
    for (let k = s.start; k < s.start + s.length; k++) lower.push(bottom[k]!);
  }
  return [
    { cells: upper, line: top[0]!.line },
    { cells: lower, line: bottom[0]!.line },
  ];
}

/** A value that can stand in the STT (row number) column. */
export const isRowNumber = (s: string): boolean => /^(\d{1,3}|[A-Z]|[IVX]+|-|\(\d{1,2}\))?$/.test(s.trim());
