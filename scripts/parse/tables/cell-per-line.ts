/**
 * Tables of 000 (Phụ lục 1 and 2): flattened one cell per line, each cell starting with a TAB,
 * rows separated by blank lines, but cells may themselves hold line breaks and blank lines.
 * The column count is the most common row width; the header is what comes before row `1`.
 */
import type { TableCell, TableNode } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { collapse } from "../../model/text.ts";
import { matchNumbering } from "../heading.ts";
import { isBlank, type Line } from "../lines.ts";
import { twoLevelHeader } from "./header.ts";

interface RawCell extends TableCell {
  /** A blank line came before this cell: the only place a row may start. */
  afterBlank: boolean;
}

export interface FoundTable {
  node: TableNode;
  /** Index range in the line array that the table replaces (end exclusive). */
  start: number;
  end: number;
}

const isCellLine = (l: Line) => l.text.startsWith("\t");
export const startsCellTable = (l: Line): boolean => /^\t\s*S?TT\s*$/.test(l.text);

function collectCells(lines: Line[], start: number): { cells: RawCell[]; end: number } {
  const cells: RawCell[] = [];
  let blank = true;
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isCellLine(l)) {
      cells.push({ text: l.text.slice(1), line: l.line, afterBlank: blank });
    } else if (isBlank(l)) {
      blank = true;
      continue;
    } else {
      // A line without a TAB after a blank line ends the table when it is a heading or prose.
      if (blank && (matchNumbering(l.text) || l.text.trim().length > 40)) break;
      const last = cells[cells.length - 1]!;
      last.text = `${last.text}\n${l.text}`;
    }
    blank = false;
  }
  while (i > start && isBlank(lines[i - 1]) && !isCellLine(lines[i - 1]!)) i--;
  for (const c of cells) c.text = collapse(c.text.replace(/\n/g, " "));
  return { cells, end: i };
}

export function parseCellTable(lines: Line[], start: number, diag: Diagnostics): FoundTable | null {
  const { cells, end } = collectCells(lines, start);
  const firstRow = cells.findIndex((c, i) => i > 0 && c.afterBlank && /^\d+$/.test(c.text));
  if (firstRow < 0) {
    diag.error(lines[start]!.line, "table has a header but no numbered row", "table/cell-per-line-rows", "a first row numbered 1");
    return null;
  }
  // Row widths between blank-line boundaries; the most common one is the column count.
  const widths = new Map<number, number>();
  let run = 0;
  for (let i = firstRow; i <= cells.length; i++) {
    if (i === cells.length || (cells[i]!.afterBlank && i > firstRow)) {
      widths.set(run, (widths.get(run) ?? 0) + 1);
      run = 0;
    }
    run++;
  }
  const columns = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const headCells = cells.slice(0, firstRow);
  const bottom = headCells.slice(-columns);
  const top = headCells.slice(0, headCells.length - columns);
  const header = top.length === 0 ? [{ cells: bottom, line: bottom[0]!.line }] : twoLevelHeader(top, bottom, columns);
  if (!header) {
    diag.error(
      headCells[0]!.line,
      `table header of ${headCells.length} cells cannot be fitted to ${columns} columns`,
      "table/header",
      "one or two header rows",
    );
    return null;
  }
  const body = cells.slice(firstRow);
  const rows: TableNode["rows"] = [];
  for (let i = 0; i < body.length; i += columns) {
    const rowCells = body.slice(i, i + columns);
    const first = rowCells[0]!;
    if (!first.afterBlank || rowCells.length !== columns) {
      diag.error(
        first.line,
        `table row with ${rowCells.length} cells does not start after a blank line`,
        "table/row-width",
        `${columns} cells per row`,
      );
      return null;
    }
    rows.push({ line: first.line, cells: rowCells.map(({ text, line }) => ({ text, line })) });
  }
  const strip = (r: { cells: RawCell[] | TableCell[]; line: number }) => ({
    line: r.line,
    cells: r.cells.map((c) => {
      const { afterBlank: _, ...rest } = c as RawCell;
      return rest;
    }),
  });
  return {
    node: { type: "table", header: header.map(strip), rows, columns, line: lines[start]!.line, endLine: lines[end - 1]!.line },
    start,
    end,
  };
}
