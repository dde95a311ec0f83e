/**
 * The unit of a whole table, printed just above it (`*Đơn vị: Triệu đồng.*`, maybe over two lines,
 * maybe the last line of the block above) or as a row of its own at its top (`| ĐVT: tỷ đồng |`).
 * It is carried on the table (`unit`, `unitLine`) for the extract stage and shown with the table;
 * a row that only held it is taken out of the table.
 */
import type { TableNode } from "../../model/document.ts";
import { collapse } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";

const UNIT = /^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(.+?)\s*\.?\s*\)?$/iu;

/** The unit named by a text (`Đơn vị tính: Triệu đồng.` → `Triệu đồng`), emphasis left out. */
export function unitOf(text: string): string | undefined {
  const m = UNIT.exec(collapse(text.replace(/[*_]/g, " ").replace(/\n/g, " ")));
  const unit = m?.[1]?.replace(/[.)]+$/, "").trim();
  return unit && unit.length <= 40 && !/^[.…]+$/.test(unit) ? unit : undefined;
}

/** The unit printed in the last lines (up to three) of the block just above line index `start`. */
function unitAbove(lines: Line[], start: number): { unit: string; line: number } | undefined {
  let i = start - 1;
  while (i >= 0 && isBlank(lines[i])) i--;
  for (let from = i; from >= Math.max(0, i - 2) && !isBlank(lines[from]) && !/^\s*\|/.test(lines[from]!.text); from--) {
    const unit = unitOf(
      lines
        .slice(from, i + 1)
        .map((l) => l.text)
        .join(" "),
    );
    if (unit) return { unit, line: lines[from]!.line };
  }
  return undefined;
}

/** Sets the table's unit from the lines above it or from a first row that holds only it (taken out). */
export function readTableUnit(table: TableNode, lines: Line[], start: number): void {
  const above = unitAbove(lines, start);
  if (above) {
    table.unit = above.unit;
    table.unitLine = above.line;
    return;
  }
  const only = (cells: { text: string }[]) => cells.filter((c) => c.text !== "");
  const inHeader =
    table.header.length > 1 && only(table.header[0]!.cells).length === 1 ? unitOf(only(table.header[0]!.cells)[0]!.text) : undefined;
  if (inHeader) {
    table.unit = inHeader;
    table.unitLine = table.header[0]!.line;
    table.header = table.header.slice(1);
    return;
  }
  const first = table.rows[0];
  const inRow = first && table.rows.length > 1 && only(first.cells).length === 1 ? unitOf(only(first.cells)[0]!.text) : undefined;
  if (inRow) {
    table.unit = inRow;
    table.unitLine = first!.line;
    table.rows = table.rows.slice(1);
  }
}
