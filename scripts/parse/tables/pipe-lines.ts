/**
 * Portal tables with every `|` on a line of its own and the cell text on the lines between (a cell
 * may span lines). Two `|` lines in a row are an empty cell or the end of a row followed by the
 * start of the next, so rows are inferred: each row is `columns` cells then one empty slot; the
 * column count is the most common distance between row numbers (`1`, `1.1`, `I`, `A`); a row
 * numbered `A` or `I` followed by its title and the next row number is a merged row.
 * The layout tables of a document's header and signature are not data: see `unboxLayoutTables`.
 */
import type { TableCell, TableNode, TableRow } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FoundTable } from "./cell-per-line.ts";
import { readRows, startsPipeRowTable } from "./pipe-rows.ts";
import { spanShortRows } from "./merged-header.ts";
import { dropRepeatedHeaders } from "./repeated-header.ts";
import { cellText, isColumnNumbering, isRowMark, padRow, spanFullWidth } from "./pipe-cells.ts";

const isPipe = (l: Line | undefined): boolean => Boolean(l && l.text.trim() === "|");

/** Does a lone-`|` table start at this line? */
export const startsPipeLineTable = (lines: Line[], i: number): boolean =>
  isPipe(lines[i]) && (i === 0 || !isPipe(lines[i - 1]) || isBlank(lines[i - 1]));

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
  /(CỘNG HÒA XÃ HỘI|Độc lập\s*-\s*Tự do|^Số:|Nơi nhận|^(TM|KT|Q|TL|TUQ)\.|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|BÍ THƯ|XÁC THỰC|ngày[\s.…]*tháng[\s.…]*năm|^NGƯỜI )/mu;

/** A header (issuer | motto, number | date) or signature (recipients | signer) table: two columns of matter. */
function isLayout(slots: Slot[]): boolean {
  const cells = slots.filter((s) => s.text !== "");
  return cells.length > 0 && cells.length <= 6 && slots.length <= 8 && cells.some((s) => LAYOUT.test(s.text));
}

/** Without row numbers: the first row end from which every `n`-th slot after is empty, the last one ending the table. */
function columnsFromPeriod(slots: Slot[], n: number): number | undefined {
  for (let o = 0; o < slots.length; o++) {
    if (o > 0 && slots[o - 1]!.text !== "") continue;
    const rest = slots.length - o;
    if ((rest + 1) % (n + 1) !== 0 || rest < 2 * n + 1) continue;
    let ok = true;
    for (let k = o + n; k < slots.length; k += n + 1) if (slots[k]!.text !== "") ok = false;
    if (ok) return o;
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
  } else
    header = spanFullWidth(
      rows.map((r) => padRow(r, columns, r[0]!.line)),
      columns,
    );
  if (numbering) header.push({ cells: padRow(numbering, columns, numbering[0]!.line), line: numbering[0]!.line });
  return header;
}

interface Body {
  rows: TableRow[];
  /** Rows read at full width. */
  full: number;
  /** Rows read at full width that open with a row number. */
  numbered: number;
}

const isEmpty = (s: Slot | undefined): boolean => !s || s.text === "";

const FIGURE = /^[-+]?\d[\d.,]*%?$/;
const NAME = /\p{L}{3}/u;

/** Does a figure (not the row's number) come before a cell with words in slots `p … p+k-1`? */
function numberBeforeName(slots: Slot[], p: number, k: number): boolean {
  let figure = false;
  for (let j = p; j < p + k; j++) {
    const text = slots[j]!.text;
    if (figure && NAME.test(text)) return true;
    if (FIGURE.test(text) && !(j === p && isRowMark(text))) figure = true;
  }
  return false;
}

/** How well slots `p … p+k-1` read as one row of a `columns`-wide table (higher is better). */
function rowScore(slots: Slot[], p: number, k: number, columns: number): number {
  const mark = isRowMark(slots[p]!.text);
  let score = k + (mark ? 1 : 0);
  // A figure before a row's name: the row was cut out of step (rows of empty cells read alike either way).
  if (numberBeforeName(slots, p, k)) score -= 0.5;
  if (k < columns) {
    score -= mark ? 0.5 : 1.5;
    // A merged row prints no empty cells: one that does was cut short, and the rows after it shift.
    for (let j = p; j < p + k; j++) if (isEmpty(slots[j])) score -= mark ? 1 : 0.25;
    // An empty slot before a row number inside a short row: a row break was missed there.
    for (let j = p + 1; j < p + k; j++) if (isEmpty(slots[j - 1]) && isRowMark(slots[j]!.text)) score -= 1;
  }
  return score;
}

/** A short row: after a row number, a merged row (its title spans the rest); without, the cells a row span from above left out. */
function shortRow(cells: TableCell[], columns: number, line: number): TableCell[] {
  if (isRowMark(cells[0]!.text)) return padRow(cells, columns, line);
  return [...Array.from({ length: columns - cells.length }, () => ({ text: "", line })), ...cells];
}

/**
 * Reads body rows from slot `first`: each row is 1 … `columns` cells followed by one empty slot
 * (the end of the row and the start of the next). The split is the one that reads best
 * (rowScore): full rows, rows opened by a row number, no row number hidden inside a row.
 */
function readBody(slots: Slot[], first: number, columns: number): Body {
  const n = slots.length;
  const best = new Array<number>(n + 2).fill(-Infinity);
  const take = new Array<number>(n + 2).fill(0);
  best[n] = 0;
  best[n + 1] = 0;
  for (let p = n - 1; p >= first; p--) {
    for (let k = 1; k <= columns && p + k <= n; k++) {
      const next = p + k + 1;
      if (p + k < n && !isEmpty(slots[p + k])) continue;
      const score = rowScore(slots, p, k, columns) + best[Math.min(next, n)]!;
      if (score > best[p]!) {
        best[p] = score;
        take[p] = k;
      }
    }
  }
  const rows: TableRow[] = [];
  let full = 0;
  let numbered = 0;
  for (let p = first; p < n && take[p]! > 0; p += take[p]! + 1) {
    const k = take[p]!;
    const cells = slots.slice(p, p + k).map(strip);
    if (k === columns) full++;
    if (k === columns && isRowMark(cells[0]!.text)) numbered++;
    rows.push({ cells: k === columns ? cells : shortRow(cells, columns, slots[p]!.line), line: slots[p]!.line });
  }
  return { rows, full, numbered };
}

/**
 * The first slot of the body: the slot after the row numbering the columns (`1 … N`, `A B 1 2 …`)
 * and its row break; else the first row number after an empty slot that does not number the
 * columns, or the first row after the header that opens with an empty cell (two empty slots: a row
 * break and the empty cell; a header row never starts empty, its merged cells are not printed), a
 * group row `I. Kinh tế số` or a total `Tổng cộng` with no number.
 */
function firstBodySlot(slots: Slot[], columns: number): number {
  for (let k = 0; k + columns < slots.length; k++) {
    if (k > 0 && slots[k - 1]!.text !== "") continue;
    if (isColumnNumbering(slots.slice(k, k + columns)) && isEmpty(slots[k + columns])) return k + columns + 1;
  }
  let header = false;
  for (let k = 0; k < slots.length; k++) {
    if (k > 0 && isEmpty(slots[k - 1]) && isEmpty(slots[k]) && !isEmpty(slots[k + 1]) && header) return k;
    if (!isEmpty(slots[k])) header = true;
    if ((k > 0 && slots[k - 1]!.text !== "") || !isRowMark(slots[k]!.text)) continue;
    const row = slots.slice(k, k + columns);
    if (row.length === columns && isColumnNumbering(row)) continue;
    // Sub-headings of a merged header cell (`X`, `Y` under “Tọa độ”) are not a numbered row.
    if (/^[A-Z]$/.test(slots[k]!.text) && /^[A-Z]$/.test(slots[k + 1]?.text ?? "")) continue;
    return k;
  }
  return -1;
}

/** Rows read well (full and numbered, or full in a table without numbers) less half the others. */
function value(body: Body): number {
  const good = body.numbered > 0 ? body.numbered : body.full;
  return good - 0.5 * (body.rows.length - good);
}

/**
 * The column count under which the rows read best (`value`): a narrower count reads as many
 * numbered rows, but with the rest of each row as rows of its own; the narrower count wins a tie.
 */
function bestPlan(slots: Slot[]): { columns: number; first: number; body: Body } | undefined {
  let best: { columns: number; first: number; body: Body } | undefined;
  const numbered = numberingWidth(slots);
  for (let n = 2; n <= 16; n++) {
    if (numbered && n !== numbered) continue;
    const marked = firstBodySlot(slots, n);
    const first = marked >= 0 ? marked : (columnsFromPeriod(slots, n) ?? -1);
    if (first < 0 || !fitsHeader(headerRows(slots.slice(0, first)), n)) continue;
    const body = readBody(slots, first, n);
    if (body.full === 0) continue;
    if (!best || value(body) > value(best.body)) best = { columns: n, first, body };
  }
  return best;
}

/**
 * The width of the row that numbers the columns (`1 … 8`, `A B 1 … 6`), a whole printed row in the
 * header, before the first numbered row with words: it says how many columns there are.
 */
function numberingWidth(slots: Slot[]): number | undefined {
  for (let k = 0; k < slots.length; k++) {
    if (k > 0 && !isEmpty(slots[k - 1])) continue;
    let end = k;
    while (end < slots.length && !isEmpty(slots[end])) end++;
    const run = slots.slice(k, end);
    if (run.length >= 2 && isColumnNumbering(run)) return run.length;
    if (run.length >= 2 && isRowMark(run[0]!.text) && /\p{L}{3}/u.test(run[1]!.text)) return undefined;
    k = end;
  }
  return undefined;
}

/** The header bounds the column count: no fewer than its widest row, no more than all its cells (or the 1…N row's N). */
function fitsHeader(rows: TableCell[][], columns: number): boolean {
  if (rows.length === 0) return true;
  const last = rows[rows.length - 1]!;
  if (rows.length > 1 && isColumnNumbering(last)) return last.length === columns;
  const widest = Math.max(...rows.map((r) => r.length));
  const all = rows.reduce((sum, r) => sum + r.length, 0);
  return widest <= columns && columns <= all;
}

/** What a `|` block that is not a data table, or could not be read, covers. */
export interface SkippedTable {
  skip: "layout" | "unreadable";
  start: number;
  end: number;
}

/** Reads the table opened by the `|` at `start`; a layout table, or one that cannot be read (an error), is skipped. */
export function parsePipeLineTable(lines: Line[], start: number, diag: Diagnostics): FoundTable | SkippedTable {
  const { slots, end } = readSlots(lines, start);
  if (isLayout(slots)) return { skip: "layout", start, end };
  const endLine = lines[end - 1]!.line;
  const plan = bestPlan(slots);
  const printed = headerRows(slots);
  if (!plan && printed.length > 0 && printed.length <= 4) {
    // A small table with no row numbers and no regular width (a formula laid out as a table): rows as printed.
    const columns = Math.max(...printed.map((r) => r.length));
    diag.note(
      lines[start]!.line,
      `a small \`|\` table read as printed, ${printed.length} rows of up to ${columns} cells`,
      "table/pipe-as-printed",
    );
    const rows = printed.map((r) => ({ cells: padRow(r, columns, r[0]!.line), line: r[0]!.line }));
    return { node: { type: "table", header: [], rows, columns, line: lines[start]!.line, endLine }, start, end };
  }
  if (!plan) {
    diag.error(
      lines[start]!.line,
      "a `|` table whose rows cannot be told apart",
      "table/pipe-rows",
      "rows numbered 1, 2 … (or A, I, 1.1) or rows of one width",
    );
    return { skip: "unreadable", start, end };
  }
  const header = plan.first > 0 ? buildHeader(headerRows(slots.slice(0, plan.first)), plan.columns) : [];
  const node: TableNode = { type: "table", header, rows: plan.body.rows, columns: plan.columns, line: lines[start]!.line, endLine };
  dropRepeatedHeaders(node, diag);
  return { node, start, end };
}

/** Decoration inside a layout table: rules under the issuer and motto, empty emphasis. */
const DECORATION = /^\s*(-{3,}|_{3,}|\*+|\*\*\s+\*\*|\*\s+\*)\s*$/;

/**
 * A layout table printed as `| a | b |` rows (at most three rows of three cells): each line
 * becomes its cells' text, joined by “ – ”, so that it reads as a line of matter. Returns the end.
 */
function unboxLayoutRows(lines: Line[], start: number): number {
  const { rows, end } = readRows(lines, start);
  const cells = rows.flatMap((r) => r.cells).filter((c) => c.text !== "" && !/^:?-{2,}:?$/.test(c.text));
  const layout = rows.length <= 4 && rows.every((r) => r.cells.length <= 3) && cells.some((c) => LAYOUT.test(c.text));
  if (!layout) return end;
  for (let k = start; k < end; k++) {
    const pieces = lines[k]!.text.split("|")
      .map(cellText)
      .filter((t) => t !== "" && !/^:?-{2,}:?$/.test(t));
    lines[k]!.text = pieces.join(" – ");
  }
  return end;
}

/** The header table (issuer | motto, number | place and date), as against the signature's. */
const HEADER_TABLE = /CỘNG HÒA XÃ HỘI|^Số:/mu;
/** The motto's second line stays a line of its own. */
const MOTTO = /^\**\s*Độc lập\s*-/u;

/**
 * Takes the `|` lines (and their rules and empty emphasis) out of the layout tables of the header
 * and signature, so that their lines read as front and back matter, not as a table or paragraphs.
 * In the header each cell's lines are joined on its first line (`Thanh Hóa, ngày` | `18 tháng 11
 * năm 2025` is one date), the motto's second line apart; the signature's lines stay as they are.
 */
export function unboxLayoutTables(input: Line[]): Line[] {
  const lines = input.map((l) => ({ ...l }));
  for (let i = 0; i < lines.length; i++) {
    if (startsPipeRowTable(lines[i]!) && (i === 0 || !startsPipeRowTable(lines[i - 1]!))) {
      i = unboxLayoutRows(lines, i) - 1;
      continue;
    }
    if (!startsPipeLineTable(lines, i)) continue;
    const { slots, end } = readSlots(lines, i);
    if (isLayout(slots)) {
      const header = slots.some((c) => HEADER_TABLE.test(c.text));
      let group: Line[] = [];
      const flush = () => {
        if (group.length > 1) {
          group[0]!.text = cellText(group.map((l) => l.text).join("\n"));
          for (const l of group.slice(1)) l.text = "";
        }
        group = [];
      };
      for (let k = i; k < end; k++) {
        const l = lines[k]!;
        if (isPipe(l) || DECORATION.test(l.text)) {
          if (isPipe(l)) flush();
          l.text = "";
          continue;
        }
        if (!header || isBlank(l)) continue;
        if (MOTTO.test(l.text)) flush();
        group.push(l);
      }
      flush();
    }
    i = end - 1;
  }
  return lines;
}
