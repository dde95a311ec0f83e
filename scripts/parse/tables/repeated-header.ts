/**
 * A table's header printed again inside it (at the top of a new page, or over each part of a long
 * table: Đồng Nai's KH 179 prints `| Nội dung | Đơn vị thực hiện | … |` under each heading of its
 * part B) is not a row: it is left out, and a note at its line says so.
 */
import type { Diagnostics } from "../../model/diagnostics.ts";
import type { TableNode } from "../../model/document.ts";
import { collapse } from "../../model/text.ts";
import { isColumnNumbering } from "./pipe-cells.ts";

const key = (text: string): string => collapse(text).toLowerCase();

/** The texts of the header cells over each column. */
function columnTexts(table: TableNode): Set<string>[] {
  const texts = Array.from({ length: table.columns }, () => new Set<string>());
  const taken = new Array<number>(table.columns).fill(0); // header rows a rowspan still covers
  table.header.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (col < table.columns && taken[col]! > r) col++;
      for (let k = col; k < Math.min(table.columns, col + (cell.colspan ?? 1)); k++) {
        if (cell.text) texts[k]!.add(key(cell.text));
        taken[k] = r + (cell.rowspan ?? 1);
      }
      col += cell.colspan ?? 1;
    }
  });
  return texts;
}

/** Takes the header's repetitions out of the table's rows (in place). */
export function dropRepeatedHeaders(table: TableNode, diag: Diagnostics): void {
  if (table.header.length === 0) return;
  const over = columnTexts(table);
  const numbering = table.header.some((r) => r.cells.length === table.columns && isColumnNumbering(r.cells));
  table.rows = table.rows.filter((row) => {
    const filled = row.cells.map((c, k) => ({ text: c.text, k })).filter((c) => c.text !== "");
    const same = filled.filter((c) => over[c.k]!.has(key(c.text))).length;
    const repeated = (filled.length >= 2 && same >= 2 && same * 2 > filled.length) || (numbering && isColumnNumbering(row.cells));
    if (repeated) diag.note(row.line, "the table's header printed again inside the table, left out of its rows", "table/repeated-header");
    return !repeated;
  });
}
