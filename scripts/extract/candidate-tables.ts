/**
 * Values of an indicators table found without a concordance entry: a table with a column naming
 * its rows (“Chỉ tiêu”, “Nội dung”) and columns of years or kinds of value (“Kế hoạch năm 2025”,
 * “Ước thực hiện”, “2026”). Each numeric cell is a value, of the kind its column's header says, at
 * the line of its own cell.
 */
import type { TableNode } from "../model/document.ts";
import { collapse, plain } from "../model/text.ts";
import { columnPaths } from "./columns.ts";
import { inferKind } from "./candidate-kinds.ts";
import type { FoundValue } from "./candidate-prose.ts";

const cellText = (s: string) => collapse(plain(s).replace(/<\/?i>|\*+/g, ""));
const LABEL = /chỉ tiêu|nội dung|tên|danh mục|hạng mục/iu;
const UNIT = /^(?:đơn vị|đvt)/iu;
const NUMBER = /^(?:s?tt|số tt|số thứ tự)$/iu;
/** A column of values: a year, or a kind of value. */
const VALUE = /(?:19|20)\d{2}|kế hoạch|thực hiện|ước|mục tiêu|dự kiến|dự toán|(?<![\p{L}])(?:KH|TH)(?![\p{L}])/iu;
/** Columns that compare two others or comment on them: not values of their own. */
const NOT_VALUE = /so sánh|so với|tỷ lệ.*(?:KH|kế hoạch|cùng kỳ)|tăng\/giảm|tăng, giảm|ghi chú|%\s*(?:so|KH)|\/\s*(?:KH|TH)|chênh lệch/iu;

/** The values of every indicators table of `tables` (numbered from 1 in the document, `skip` holds those the concordance declares). */
export function tableCandidates(tables: TableNode[], docYear: number, title = "", skip: Set<number> = new Set()): FoundValue[] {
  const found: FoundValue[] = [];
  tables.forEach((t, i) => {
    if (skip.has(i + 1)) return;
    const headed = t.header.length > 0;
    const paths = headed ? columnPaths(t).map((p) => cellText(p.join(" "))) : (t.rows[0]?.cells.map((c) => cellText(c.text)) ?? []);
    const body = headed ? t.rows : t.rows.slice(1);
    const label = paths.findIndex((p) => LABEL.test(p));
    const labelCol = label >= 0 ? label : paths.findIndex((p) => !NUMBER.test(p) && !VALUE.test(p) && !UNIT.test(p));
    const unitCol = paths.findIndex((p) => UNIT.test(p));
    const values = paths.flatMap((p, c) => (c !== labelCol && c !== unitCol && VALUE.test(p) && !NOT_VALUE.test(p) ? [c] : []));
    if (labelCol < 0 || values.length === 0) return;
    let parent = "";
    for (const row of body) {
      const text = (c: number) => (c >= 0 && row.cells[c] ? cellText(row.cells[c].text) : "");
      // The row numbering the columns (1, 2, 3 … N) under a portal table's header states nothing.
      if (row.cells.every((cell, k) => cellText(cell.text) === String(k + 1))) continue;
      const name = text(labelCol);
      if (!name) continue;
      const unit = text(unitCol);
      const stated = values.filter((c) => /\d/.test(text(c)));
      if (stated.length === 0) {
        parent = name;
        continue;
      }
      // A part of the row above (“- Công nghiệp” under “Cơ cấu kinh tế”) is named with it.
      const isPart = /^(?:-|–|\+|Trong đó|Tr\. ?đó)/u.test(name);
      if (!isPart) parent = name;
      for (const c of stated) {
        found.push({
          kind: inferKind(paths[c]!, title, docYear),
          label: isPart && parent && parent !== name ? `${parent} › ${name}` : name,
          unit,
          raw: text(c),
          line: row.cells[c]!.line,
          node: row,
          ref: { row: { table: i + 1, key: `${i + 1}: ${isPart && parent && parent !== name ? `${parent} › ${name}` : name}` } },
        });
      }
    }
  });
  return found;
}
