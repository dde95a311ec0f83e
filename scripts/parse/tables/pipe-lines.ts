/**
 * Portal tables with every `|` on a line of its own and the cell text on the lines between (a cell
 * may span lines). Two `|` lines in a row are an empty cell or the end of a row followed by the
 * start of the next, so rows are inferred: each row is `columns` cells then one empty slot; the
 * column count is the most common distance between row numbers (`1`, `1.1`, `I`, `A`); a row
 * numbered `A` or `I` followed by its title and the next row number is a merged row.
 * The layout tables of a document's header and signature are not data: see `unboxLayoutTables`.
 */
import type { TableCell, TableRow } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FoundTable } from "./cell-per-line.ts";
import { cellText, isColumnNumbering, isRowMark, padRow, spanFullWidth, spanShortRows } from "./pipe-cells.ts";

const isPipe = (l: Line | undefined): boolean => Boolean(l && l.text.trim() === "|");

/** Does a lone-`|` table start at this line? */
export const startsPipeLineTable = (lines: Line[], i: number): boolean => isPipe(lines[i]) && (i === 0 || !isPipe(lines[i - 1]) || isBlank(lines[i - 1]));

interface Slot extends TableCell {
  /** Index (in the line array) of the `|` that opens the slot. */
  at: number;
}

/** The cells between consecutive `|` lines, up to the `|` followed by a blank line or the end. */
function readSlots(lines: Line[], start: number): { slots: Slot[]; end: number } {
  const slots: Slot[] = [];
  let open = start;
  let text: string[] = [];
  let firstLine = 0;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isPipe(l)) {
      slots.push({ text: cellText(text.join("\n")), line: firstLine || lines[open]!.line, at: open });
      open = i;
      text = [];
      firstLine = 0;
      if (i + 1 >= lines.length || isBlank(lines[i + 1])) {
        i++;
        break;
      }
      continue;
    }
    if (!firstLine && !isBlank(l)) firstLine = l.line;
    text.push(l.text);
  }
  return { slots, end: Math.max(i, open + 1) };
}

const LAYOUT =
  /(CỘNG HÒA XÃ HỘI|Độc lập\s*-\s*Tự do|^Số:|Nơi nhận|^(TM|KT|Q|TL|TUQ)\.|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|BÍ THƯ|XÁC THỰC)/mu;

/** A header (issuer | motto, number | date) or signature (recipients | signer) table: two columns of matter. */
function isLayout(slots: Slot[]): boolean {
  const cells = slots.filter((s) => s.text !== "");
  return cells.length > 0 && cells.length <= 6 && slots.length <= 8 && cells.some((s) => LAYOUT.test(s.text));
}

/** The most common distance between row numbers that follow an empty slot, less one: the column count. */
function columnsFromRowMarks(slots: Slot[]): number | undefined {
  const marks = slots.map((s, k) => (k > 0 && slots[k - 1]!.text === "" && isRowMark(s.text) ? k : -1)).filter((k) => k >= 0);
  const counts = new Map<number, number>();
  for (let k = 1; k < marks.length; k++) {
    const d = marks[k]! - marks[k - 1]! - 1;
    if (d >= 2) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best && best[1] >= 1 ? best[0] : undefined;
}

/** Without row numbers: the smallest width whose row ends all fall on empty slots, from a row end on. */
function columnsFromPeriod(slots: Slot[]): { columns: number; first: number } | undefined {
  for (let n = 2; n <= 12; n++) {
    for (let o = 0; o < slots.length; o++) {
      if (o > 0 && slots[o - 1]!.text !== "") continue;
      const rest = slots.length - o;
      if ((rest + 1) % (n + 1) !== 0 || rest < 2 * n + 1) continue;
      let ok = true;
      for (let k = o + n; k < slots.length; k += n + 1) if (slots[k]!.text !== "") ok = false;
      if (ok) return { columns: n, first: o };
    }
  }
  return undefined;
}

const strip = (s: Slot): TableCell => ({ text: s.text, line: s.line });

/** Splits header slots into rows at empty slots (a row ends, the next starts). */
function headerRows(slots: Slot[]): TableCell[][] {
  const rows: TableCell[][] = [[]];
  for (const s of slots) {
    if (s.text === "") rows.push([]);
    else rows[rows.length - 1]!.push(strip(s));
  }
  return rows.filter((r) => r.length > 0);
}

function buildHeader(rows: TableCell[][], columns: number): TableRow[] {
  const numbering = rows.length > 1 && isColumnNumbering(rows[rows.length - 1]!) ? rows.pop()! : undefined;
  let header: TableRow[];
  if (rows.length === 2 && rows[0]!.length < columns) {
    header = spanShortRows(rows[0]!, rows[1]!, columns) ?? rows.map((r) => ({ cells: padRow(r, columns, r[0]!.line), line: r[0]!.line }));
  } else if (rows.length === 1 && rows[0]!.length < columns) {
    header = [{ cells: padRow(rows[0]!, columns, rows[0]![0]!.line), line: rows[0]![0]!.line }];
  } else header = spanFullWidth(rows.map((r) => padRow(r, columns, r[0]!.line)), columns);
  if (numbering) header.push({ cells: padRow(numbering, columns, numbering[0]!.line), line: numbering[0]!.line });
  return header;
}

/** Reads the table opened by the `|` at `start`; null (with the end) for a layout table. */
export function parsePipeLineTable(lines: Line[], start: number, diag: Diagnostics): FoundTable | { layout: true; start: number; end: number } | null {
  const { slots, end } = readSlots(lines, start);
  if (isLayout(slots)) return { layout: true, start, end };
  const endLine = lines[end - 1]!.line;
  const byMarks = columnsFromRowMarks(slots);
  const period = byMarks === undefined ? columnsFromPeriod(slots) : undefined;
  const columns = byMarks ?? period?.columns;
  if (columns === undefined) {
    diag.error(lines[start]!.line, "a `|` table whose rows cannot be told apart", "table/pipe-rows", "rows numbered 1, 2 … or of one width");
    return null;
  }
  // The first body row: a row number after an empty slot that opens a full or merged row (not the 1…N row).
  let first = period?.first ?? -1;
  if (byMarks !== undefined) {
    for (let k = 0; k < slots.length; k++) {
      if (k > 0 && slots[k - 1]!.text !== "") continue;
      if (!isRowMark(slots[k]!.text)) continue;
      const row = slots.slice(k, k + columns);
      if (row.length === columns && isColumnNumbering(row)) continue;
      first = k;
      break;
    }
  }
  if (first < 0) first = 0;
  const header = first > 0 ? buildHeader(headerRows(slots.slice(0, first)), columns) : [];
  const rows: TableRow[] = [];
  const marked = byMarks !== undefined;
  const opensRow = (k: number) => k >= slots.length || !marked || isRowMark(slots[k]!.text);
  for (let p = first; p < slots.length; ) {
    if (p + columns >= slots.length || (slots[p + columns]!.text === "" && opensRow(p + columns + 1))) {
      const cells = slots.slice(p, p + columns).map(strip);
      rows.push({ cells: padRow(cells, columns, slots[p]!.line), line: slots[p]!.line });
      p += columns + 1;
      continue;
    }
    let k = 1;
    while (k < columns && !(slots[p + k]?.text === "" && opensRow(p + k + 1))) k++;
    if (k >= columns || slots.slice(p, p + k).some((s) => s.text === "")) {
      diag.error(slots[p]!.line, `a \`|\` table row that does not fit the table's ${columns} columns`, "table/pipe-row-width", `${columns} cells, or a row number and its title`);
      return null;
    }
    rows.push({ cells: padRow(slots.slice(p, p + k).map(strip), columns, slots[p]!.line), line: slots[p]!.line });
    p += k + 1;
  }
  if (rows.length === 0) {
    diag.error(lines[start]!.line, "a `|` table with a header but no rows", "table/pipe-rows", "at least one row");
    return null;
  }
  return { node: { type: "table", header, rows, columns, line: lines[start]!.line, endLine }, start, end };
}

/** Decoration inside a layout table: rules under the issuer and motto, empty emphasis. */
const DECORATION = /^\s*(-{3,}|_{3,}|\*+|\*\*\s+\*\*|\*\s+\*)\s*$/;

/**
 * Takes the `|` lines (and their rules and empty emphasis) out of the layout tables of the header
 * and signature, so that their lines read as front and back matter, not as a table or paragraphs.
 */
export function unboxLayoutTables(input: Line[]): Line[] {
  const lines = input.map((l) => ({ ...l }));
  for (let i = 0; i < lines.length; i++) {
    if (!startsPipeLineTable(lines, i)) continue;
    const { slots, end } = readSlots(lines, i);
    if (isLayout(slots)) {
      for (let k = i; k < end; k++) if (isPipe(lines[k]) || DECORATION.test(lines[k]!.text)) lines[k]!.text = "";
    }
    i = end - 1;
  }
  return lines;
}
