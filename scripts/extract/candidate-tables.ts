/**
 * Values of an indicators table found without a concordance entry: a table with a column naming
 * its rows (“Chỉ tiêu”, “Nội dung”) and columns of years or kinds of value (“Kế hoạch năm 2025”,
 * “Ước thực hiện”, “2026”). Each numeric cell is a value, of the kind its column's header says, at
 * the line of its own cell, in the unit of its row's unit column, else of the table (“Đơn vị: triệu đồng”).
 */
import type { BlockNode, TableNode } from "../model/document.ts";
import { collapse, plain } from "../model/text.ts";
import { columnPaths } from "./columns.ts";
import { inferColumnKind } from "./candidate-kinds.ts";
import type { FoundValue } from "./candidate-prose.ts";

const cellText = (s: string) => collapse(plain(s).replace(/<\/?i>|\*+/g, ""));
const LABEL = /chỉ tiêu|nội dung|tên|danh mục|hạng mục/iu;
/** A unit column (“Đơn vị tính”, “ĐVT”), not the body that acts (“Đơn vị thực hiện”). */
const UNIT = /^(?:đơn vị(?: tính)?|đvt)\s*:?$/iu;
const NUMBER = /^(?:s?tt|số tt|số thứ tự)$/iu;
/** A column of values: a year, or a kind of value. */
const VALUE = /(?:19|20)\d{2}|kế hoạch|thực hiện|ước|mục tiêu|dự kiến|dự toán|(?<![\p{L}])(?:KH|TH)(?![\p{L}])/iu;
/** Columns that compare two others or comment on them (“So sánh”, “DT 2026 với UTH 2025 (%)”, “4=3/2”): not values of their own. */
const NOT_VALUE =
  /so sánh|so với|thời gian|thời hạn|tiến độ|(?:19|20)\d{2} với|tỷ lệ.*(?:KH|kế hoạch|cùng kỳ)|tăng\/giảm|tăng, giảm|ghi chú|%\s*(?:so|KH)|\/\s*(?:KH|TH)|chênh lệch|\d\s*=\s*\d/iu;
/** A part of a portal table's header that only numbers the columns (“1”, “A”, “4=3/2” is kept: it says the column is computed). */
const COLUMN_NUMBER = /^(?:[A-ZĐ]|\d{1,2})$/u;
/** A cell of the row numbering a table's columns: a letter, a number, a formula of numbers, or nothing. */
const COLUMN_MARK = /^(?:[A-ZĐ]|\d{1,2}(?:\s*[=+\-*/x]\s*\d{1,2})*)?$/u;
/** A cell stating a number: bound words, a number or a range, a percent sign. */
/** A year or a period (“2026 - 2030”) in a cell is when, not how much. */
const WHEN = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/u;
const NUMERIC = /^(?:[≥≤<>~≈]|trên|dưới|khoảng|tối thiểu|tối đa)?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?$/iu;
/** The unit a table states for all its cells, on a line of its own (“Đơn vị: Triệu đồng.”, “ĐVT: tỷ đồng”). */
const TABLE_UNIT = /(?:^|[\s(*])(?:đơn vị(?: tính)?|đvt)\s*:\s*([^)*.;]+)/iu;
/** A unit the label ends with in brackets (“Tỷ lệ mức dư nợ … (%)”). */
const LABEL_UNIT = /\((%|[^()]{1,20}đồng|[^()]{0,10}USD|người|ha|tấn|lần)\)\s*$/iu;

/** The unit written for a table in its own `unit` field (when the parser reads one) or in a block just before it (a paragraph, a heading, a title block). */
export function tableUnit(blocks: BlockNode[], table: TableNode): string {
  const own = (table as TableNode & { unit?: string }).unit;
  if (own) return own;
  const at = blocks.indexOf(table);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const b = blocks[k]!;
    if (b.type === "table") break;
    const text = b.type === "paragraph" ? b.text : b.type === "heading" ? b.title : b.type === "matter" ? b.lines.join(" ") : "";
    const m = TABLE_UNIT.exec(cellText(text));
    if (m) return collapse(m[1]!).replace(/\.$/, "");
  }
  return "";
}

/** The roles of a table's columns for candidates: the label, the unit, and the columns of values (right of the label, numeric). */
function columnsOf(t: TableNode): { paths: string[][]; body: TableNode["rows"]; label: number; unit: number; values: number[] } | null {
  const headed = t.header.length > 0;
  const paths = (headed ? columnPaths(t) : (t.rows[0]?.cells.map((c) => [c.text]) ?? [])).map((p) =>
    p.map(cellText).filter((part) => part && !COLUMN_NUMBER.test(part)),
  );
  const body = headed ? t.rows : t.rows.slice(1);
  const joined = paths.map((p) => p.join(" "));
  const cells = (c: number) => body.map((r) => (r.cells[c] ? cellText(r.cells[c].text) : "")).filter(Boolean);
  const wordy = (c: number) => cells(c).filter((s) => /\p{L}{2}/u.test(s)).length;
  let label = joined.findIndex((p) => LABEL.test(p) && !NUMBER.test(p));
  if (label < 0) {
    // No header names it: the column with the most cells in words.
    const counts = paths.map((_, c) => wordy(c));
    label = counts.indexOf(Math.max(0, ...counts));
  }
  const unit = joined.findIndex((p) => UNIT.test(p));
  // The row number (STT, TT, I, 1, a) is left of the label, and a column mostly of words holds no values.
  const values = joined.flatMap((p, c) => {
    if (c <= label || c === unit || NUMBER.test(p) || !VALUE.test(p) || NOT_VALUE.test(p)) return [];
    const stated = cells(c);
    const numeric = stated.filter((s) => NUMERIC.test(s) && !WHEN.test(s)).length;
    return numeric > 0 && numeric * 2 >= stated.length ? [c] : [];
  });
  if (label < 0 || values.length === 0) return null;
  return { paths, body, label, unit, values };
}

/**
 * The values of every indicators table of `tables` (numbered from 1 in the document, `skip` holds
 * those the concordance declares); `unitOf` gives a table's own unit (see `tableUnit`).
 */
export function tableCandidates(
  tables: TableNode[],
  docYear: number,
  title = "",
  skip: Set<number> = new Set(),
  unitOf: (t: TableNode) => string = () => "",
): FoundValue[] {
  const found: FoundValue[] = [];
  tables.forEach((t, i) => {
    if (skip.has(i + 1)) return;
    const columns = columnsOf(t);
    if (!columns) return;
    const { paths, body, label: labelCol, unit: unitCol, values } = columns;
    const tableUnitText = unitOf(t);
    const kinds = paths.map((p) => inferColumnKind(p, title, docYear));
    let parent = "";
    for (const row of body) {
      const text = (c: number) => (c >= 0 && row.cells[c] ? cellText(row.cells[c].text) : "");
      // The row numbering the columns (1, 2, 3 … N, or A, B, 1, 2, 3=1+2) under a portal table's header states nothing.
      if (row.cells.every((cell) => COLUMN_MARK.test(cellText(cell.text)))) continue;
      const name = text(labelCol);
      if (!name) continue;
      const unit = text(unitCol) || LABEL_UNIT.exec(name)?.[1] || tableUnitText;
      const stated = values.filter((c) => NUMERIC.test(text(c)) && !WHEN.test(text(c)));
      if (stated.length === 0) {
        parent = name;
        continue;
      }
      // A part of the row above (“- Công nghiệp” under “Cơ cấu kinh tế”) is named with it.
      const isPart = /^(?:-|–|\+|Trong đó|Tr\. ?đó)/u.test(name);
      if (!isPart) parent = name;
      const label = isPart && parent && parent !== name ? `${parent} › ${name}` : name;
      for (const c of stated) {
        found.push({
          kind: kinds[c]!,
          label,
          unit,
          raw: text(c),
          line: row.cells[c]!.line,
          node: row,
          ref: { row: { table: i + 1, key: `${i + 1}: ${label}` } },
        });
      }
    }
  });
  return found;
}
