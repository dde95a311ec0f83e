/**
 * Portal tables with one row per line, `| a | b | c |`: separator rows `|---|---|`, header rows
 * over two or three lines with the cells of a merged header printed empty, a row numbering the
 * columns `1 … N` (kept as the last header row), and a row whose cell holds a line break, which
 * goes on over the next lines up to the line that closes it with `|` (a `|` alone included).
 */
import type { TableCell, TableNode, TableRow } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FoundTable } from "./cell-per-line.ts";
import type { SkippedTable } from "./pipe-lines.ts";
import { cellText, isColumnNumbering, isRowMark, padRow, spanFullWidth } from "./pipe-cells.ts";
import { dropRepeatedHeaders } from "./repeated-header.ts";

/** Does a `| a | b |` table start at this line? */
export const startsPipeRowTable = (l: Line): boolean => /^\s*\|/.test(l.text) && l.text.trim() !== "|";

const isSeparatorRow = (cells: TableCell[]): boolean => cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c.text));

/** One printed row (maybe over several lines) split into its cells, each with the line it starts on. */
function splitRow(parts: Line[]): TableCell[] {
  const cells: TableCell[] = [];
  let text: string[] = [];
  let line = parts[0]!.line;
  // A row printed without its leading `|` opens its first cell at the line's start.
  let opened = !/^\s*\|/.test(parts[0]!.text);
  for (const part of parts) {
    const pieces = part.text.split("|");
    pieces.forEach((piece, k) => {
      if (k > 0) {
        if (opened) cells.push({ text: cellText(text.join("\n")), line });
        opened = true;
        text = [];
        line = part.line;
      }
      if (piece.trim() !== "") {
        if (text.length === 0) line = part.line;
        text.push(piece);
      }
    });
  }
  return cells;
}

/** Reads the printed rows from `start`: each starts with `|` and ends with a line ending in `|`. */
export function readRows(lines: Line[], start: number): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let i = start;
  // Inside the table a `|` alone is a row the copy emptied (a lost header) or a cell's end.
  // A row whose leading `|` the copy dropped (`- Nông, lâm nghiệp | % | 34,48 |`) goes on the table too.
  const lostLead = (l: Line) => /\S.*\|.*\|\s*$/.test(l.text);
  while (i < lines.length && (startsPipeRowTable(lines[i]!) || (i > start && (lines[i]!.text.trim() === "|" || lostLead(lines[i]!))))) {
    const parts = [lines[i]!];
    i++;
    const closed = () =>
      /\|\s*$/.test(parts[parts.length - 1]!.text) &&
      parts
        .map((p) => p.text)
        .join("")
        .split("|").length > 2;
    while (i < lines.length && !isBlank(lines[i]) && (!closed() || lines[i]!.text.trim() === "|")) {
      parts.push(lines[i]!);
      i++;
    }
    const cells = splitRow(parts);
    if (cells.some((c) => c.text !== "")) rows.push({ cells, line: parts[0]!.line });
  }
  return { rows, end: i };
}

const width = (r: TableRow): number => {
  let n = r.cells.length;
  while (n > 0 && r.cells[n - 1]!.text === "") n--;
  return n;
};

/**
 * A body row `columns` wide: a short row after a row number is a merged row (its title spans the
 * rest); a short row without one has lost its first cells (a span from above, a dropped `|`).
 */
function bodyCells(r: TableRow, columns: number): TableCell[] {
  const cells = r.cells.slice(0, columns);
  if (cells.length >= columns || isRowMark(cells[0]?.text ?? "")) return padRow(cells, columns, r.line);
  return [...Array.from({ length: columns - cells.length }, () => ({ text: "", line: r.line })), ...cells];
}

/** Reads the `| a | b |` table starting at `start`. */
export function parsePipeRowTable(lines: Line[], start: number, diag: Diagnostics): FoundTable | SkippedTable {
  const { rows: printed, end } = readRows(lines, start);
  const separator = printed.findIndex((r) => isSeparatorRow(r.cells));
  const rows = printed.filter((r) => !isSeparatorRow(r.cells));
  if (rows.length === 0) return { skip: "unreadable", start, end };
  const columns = Math.max(1, ...rows.map(width));
  const numbering = rows.findIndex((r) => isColumnNumbering(r.cells.slice(0, width(r))) && width(r) === columns);
  // The body starts after the 1…N row, else at the first numbered row, else under `|---|`, else after one row.
  const marked = rows.findIndex((r) => isRowMark(r.cells[0]?.text ?? ""));
  const first = numbering >= 0 ? numbering + 1 : marked > 0 ? marked : separator > 0 ? separator : 1;
  if (first >= rows.length) {
    diag.error(rows[0]!.line, "a `|` table with a header but no rows", "table/pipe-rows", "at least one row under the header");
    return { skip: "unreadable", start, end };
  }
  const head = rows.slice(0, first).map((r) => padRow(r.cells.slice(0, columns), columns, r.line));
  const numberingRow = numbering >= 0 ? head.pop() : undefined;
  const header: TableRow[] = spanFullWidth(head, columns);
  if (numberingRow) header.push({ cells: numberingRow, line: numberingRow[0]!.line });
  const body = rows.slice(first).map((r) => ({ cells: bodyCells(r, columns), line: r.line }));
  const node: TableNode = { type: "table", header, rows: body, columns, line: lines[start]!.line, endLine: lines[end - 1]!.line };
  dropRepeatedHeaders(node, diag);
  return { node, start, end };
}
