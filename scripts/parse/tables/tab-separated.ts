/**
 * Tables of 004 (Phụ lục 1): TAB-separated rows, split across pages with the two header rows
 * repeated and footnote texts in between; a cell broken over a page shows up as a row holding
 * only its tail (`đồng`, `(GRDP)`) right after the repeated header.
 */
import type { TableCell, TableRow } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { collapse, startsLower } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import { isRowNumber, twoLevelHeader } from "./header.ts";
import type { FoundTable } from "./cell-per-line.ts";

export const startsTabTable = (l: Line): boolean => /^S?TT\t/.test(l.text);

const split = (l: Line): TableCell[] => l.text.split("\t").map((t) => ({ text: collapse(t), line: l.line }));
const sameText = (a: Line, b: Line) => collapse(a.text) === collapse(b.text);

export function parseTabTable(lines: Line[], start: number, diag: Diagnostics): FoundTable | null {
  const headLine = lines[start]!;
  const subLine = lines[start + 1];
  const hasSub = Boolean(subLine && subLine.text.startsWith("\t"));
  const top = split(headLine);
  const bottom = hasSub ? split(subLine!) : [];
  const columns = Math.max(top.length, bottom.length);
  const header = hasSub ? twoLevelHeader(top, bottom, columns) : [{ cells: top, line: headLine.line }];
  if (!header) {
    diag.error(headLine.line, "table header rows cannot be fitted together", "table/header", `${columns} columns`);
    return null;
  }
  const rows: TableRow[] = [];
  let i = start + (hasSub ? 2 : 1);
  let end = i;
  let afterPageBreak = false;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (!l.text.includes("\t")) break;
    if (sameText(l, headLine)) {
      // The header repeated at the top of a new page.
      if (hasSub && lines[i + 1] && sameText(lines[i + 1]!, subLine!)) i++;
      afterPageBreak = true;
      end = i + 1;
      continue;
    }
    let cells = split(l);
    while (cells.length > columns && cells[cells.length - 1]!.text === "") cells = cells.slice(0, -1);
    if (!isRowNumber(cells[0]!.text) && cells[cells.length - 1]?.text === "" && cells.length === columns) {
      // The row lost its leading (empty) STT cell, shifting every cell one column left.
      diag.note(l.line, "row lost its empty first cell; shifted right by one", "table/shifted-row");
      cells = [{ text: "", line: l.line }, ...cells.slice(0, -1)];
    }
    if (cells.length > columns) {
      diag.error(l.line, `table row with ${cells.length} cells`, "table/row-width", `${columns} cells`);
      return null;
    }
    while (cells.length < columns) cells.push({ text: "", line: l.line });
    const filled = cells.map((c, k) => (c.text ? k : -1)).filter((k) => k >= 0);
    const prev = rows[rows.length - 1];
    if (afterPageBreak && prev && filled.length === 1 && filled[0]! > 0) {
      const k = filled[0]!;
      const tail = cells[k]!.text;
      if (startsLower(tail) || tail.startsWith("(")) {
        diag.note(l.line, `cell broken over a page break joined to the row at line ${prev.line}`, "table/broken-cell");
        prev.cells[k]!.text = collapse(`${prev.cells[k]!.text} ${tail}`);
        afterPageBreak = false;
        end = i + 1;
        continue;
      }
    }
    afterPageBreak = false;
    rows.push({ line: l.line, cells });
    end = i + 1;
  }
  if (rows.length === 0) {
    diag.error(headLine.line, "table has a header but no rows", "table/tab-rows", "at least one row");
    return null;
  }
  return { node: { type: "table", header, rows, columns, line: headLine.line, endLine: lines[end - 1]!.line }, start, end };
}
