/** What both `|` table dialects share: cell text, row numbers, header rows with their spans. */
import type { TableCell, TableRow } from "../../model/document.ts";
import { collapse } from "../../model/text.ts";

/** Cell text: lines joined, `**bold**` and `*italic*` wrapping the whole cell taken off. */
export function cellText(raw: string): string {
  let t = collapse(raw.replace(/\n/g, " ")).replace(/\*\*/g, "");
  t = collapse(t);
  if (/^\*[^*]+\*$/.test(t)) t = t.slice(1, -1).trim();
  return t === "*" ? "" : t;
}

/** A value that numbers a row: `1`, `1.1`, `I`, `A`, `(1)`, `a)`, with or without a final dot. */
export const isRowMark = (s: string): boolean =>
  /^(\d{1,2}(\.\d{1,3}){0,3}\.?|[IVXLC]{1,6}\.?|[A-ZĐ]\.?|\(\d{1,3}\)|[a-zđ]\))$/u.test(s.trim());

/**
 * A row that numbers the columns `1 2 … N`, `(1) (2) …`, `A B C …`, or letters then numbers
 * (`A B 1 2 3 4=3/2 5 6`, a budget form's: a number may carry the formula of its column).
 */
export function isColumnNumbering(cells: readonly TableCell[]): boolean {
  const texts = cells.map((c) => c.text.trim());
  if (texts.length < 2) return false;
  let k = 0;
  while (k < texts.length && /^\(?([A-Z])\)?$/.exec(texts[k]!)?.[1]?.charCodeAt(0) === 65 + k) k++;
  if (k === texts.length) return true;
  const numbers = texts.slice(k).map((t) => /^\(?(\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x%., ]+)?$/.exec(t)?.[1]);
  if (numbers.every((n, j) => n !== undefined && Number(n) === Number(numbers[0]) + j)) return true;
  // `(1) … (5) (ổ)`: one number misread in a run of at least four, all in brackets.
  const misread = numbers.filter((n, j) => n === undefined || Number(n) !== j + 1).length;
  return k === 0 && texts.length >= 4 && misread === 1 && texts.every((t) => /^\(.{1,2}\)$/u.test(t));
}

const filled = (c: TableCell | undefined): boolean => Boolean(c && c.text !== "");

/**
 * Header rows printed full width, a merged cell printed as empty cells (`| a | b |` rows): a
 * cell over an empty cell spans down to it; a cell over filled cells spans across the empty
 * cells beside it. What no cell covers stays an empty cell.
 */
export function spanFullWidth(rows: readonly TableCell[][], columns: number): TableRow[] {
  const covered = rows.map(() => new Array<boolean>(columns).fill(false));
  return rows.map((row, r) => {
    const out: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      if (covered[r]![c]) continue;
      const cell = row[c] ?? { text: "", line: row[0]?.line ?? 0 };
      covered[r]![c] = true;
      if (!filled(cell)) {
        out.push({ text: "", line: cell.line });
        continue;
      }
      let down = 1;
      while (r + down < rows.length && !filled(rows[r + down]![c]) && !covered[r + down]![c]) down++;
      if (down > 1) {
        for (let k = 1; k < down; k++) covered[r + k]![c] = true;
        out.push({ ...cell, rowspan: down });
        continue;
      }
      let across = 1;
      const below = rows[r + 1];
      while (c + across < columns && !filled(row[c + across]) && below && filled(below[c + across])) across++;
      for (let k = 1; k < across; k++) covered[r]![c + k] = true;
      out.push(across > 1 ? { ...cell, colspan: across } : cell);
    }
    return { cells: out, line: row[0]?.line ?? 0 };
  });
}

/** Pads a row with empty cells to `columns`. */
export function padRow(cells: TableCell[], columns: number, line: number): TableCell[] {
  const out = [...cells];
  while (out.length < columns) out.push({ text: "", line: out[out.length - 1]?.line ?? line });
  return out;
}
