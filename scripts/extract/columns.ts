/**
 * Names the columns of an indicator table from its header: which one holds the row number, the
 * label, the unit, the verdict, and which kind of value each other column holds (the contract's
 * `kind`: target-2025, result-2025, goal-2030 …).
 */
import type { Diagnostics } from "../model/diagnostics.ts";
import type { TableNode } from "../model/document.ts";
import { isValueKind, type ValueKind } from "../model/indicators.ts";
import { inferColumnKind } from "./candidate-kinds.ts";

/** What a column holds; `other` (notes, comparisons of two columns) gives no value. */
export type ColumnRole = { role: "number" | "label" | "unit" | "status" | "other" } | { role: "value"; kind: ValueKind };

/** The header text above each column, top row first, spans expanded. */
export function columnPaths(t: TableNode): string[][] {
  const grid: string[][] = t.header.map(() => Array<string>(t.columns).fill(""));
  const taken: boolean[][] = t.header.map(() => Array<boolean>(t.columns).fill(false));
  t.header.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < t.columns && taken[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          if (grid[r + dr] && c + dc < t.columns) {
            grid[r + dr]![c + dc] = dr === 0 ? cell.text : grid[r + dr]![c + dc] || "";
            taken[r + dr]![c + dc] = true;
          }
        }
      }
      c += cell.colspan ?? 1;
    }
  });
  return Array.from({ length: t.columns }, (_, c) => {
    const path = grid.map((row) => row[c]!).filter(Boolean);
    return path.filter((p, i) => path.indexOf(p) === i);
  });
}

const RULES: [RegExp, RegExp | null, ColumnRole][] = [
  [/^S?TT$/, null, { role: "number" }],
  [/^Nội dung$/, null, { role: "label" }],
  [/^Đơn vị/, null, { role: "unit" }],
  [/^So với mục tiêu/, null, { role: "status" }],
  [/^Định hướng đến năm 2035$/, null, { role: "value", kind: "orientation-2035" }],
  [/^Mục tiêu đến 2030$/, null, { role: "value", kind: "target-2030-prev" }],
  [/^Mục tiêu (giai đoạn )?2021-2025$/, /^Đến 2025$/, { role: "value", kind: "target-2025" }],
  [/^Mục tiêu (giai đoạn )?2021-2025$/, /^Bình quân 5 năm$/, { role: "value", kind: "target-avg-2021-2025" }],
  [/^(Thực hiện|Kết quả 2021- ?2025)$/, /^Ước 2025$/, { role: "value", kind: "result-2025" }],
  [/^(Thực hiện|Kết quả 2021- ?2025)$/, /^Bình quân 5 năm$/, { role: "value", kind: "result-avg-2021-2025" }],
  [/^Mục tiêu 2026- ?2030$/, /^Đến năm 2030$/, { role: "value", kind: "goal-2030" }],
  [/^Mục tiêu 2026- ?2030$/, /^Bình quân 5 năm$/, { role: "value", kind: "goal-avg-2026-2030" }],
];

/** Columns of any document's table, by the words of their header path. */
const GENERAL: [RegExp, ColumnRole][] = [
  [/^(?:S?TT|Số TT|Số thứ tự)$/iu, { role: "number" }],
  [/^(?:Chỉ tiêu|Tên chỉ tiêu|Nội dung|Danh mục|Hạng mục)$/iu, { role: "label" }],
  [/^(?:Đơn vị(?: tính)?|ĐVT)$/iu, { role: "unit" }],
  [/ghi chú|so sánh|so với|(?:19|20)\d{2} với|tăng\/giảm|chênh lệch|\d\s*=\s*\d/iu, { role: "other" }],
];

/**
 * The role of a column no rule of the five sources names: a row number, label, unit or note column by
 * its words, or a column of values of the kind its header path names (“Năm 2026”, “Kế hoạch năm
 * 2026”, “Ước thực hiện 2025”, “Dự kiến 03 năm kế hoạch › Năm 2027”), read as candidates are.
 */
function generalRole(path: string[], docYear: number): ColumnRole | undefined {
  const words = path.map((p) => p.replace(/\*+/g, "").trim()).filter((p) => p && !/^(?:[A-ZĐ]|\d{1,2})$/u.test(p));
  const rule = GENERAL.find(([re]) => words.some((w) => re.test(w)));
  if (rule) return rule[1];
  const kind = inferColumnKind(words, "", docYear);
  return isValueKind(kind) ? { role: "value", kind } : undefined;
}

/**
 * The role of every column; an unknown column stops the build with the header's line. `docYear`
 * (the year the document was issued) tells a result from a plan in a column that names only its year.
 */
export function columnRoles(t: TableNode, diag: Diagnostics, docYear = 0): ColumnRole[] | null {
  const roles: ColumnRole[] = [];
  for (const path of columnPaths(t)) {
    const [top = "", sub = ""] = path;
    const rule = RULES.find(([a, b]) => a.test(top) && (b ? b.test(sub) : true));
    const general = rule ? undefined : generalRole(path, docYear);
    if (general) {
      roles.push(general);
      continue;
    }
    if (!rule) {
      diag.error(
        t.line,
        `indicator table column “${path.join(" › ")}” is not a known kind of value`,
        "indicators/unknown-column",
        "a column such as “Mục tiêu 2021-2025 › Đến 2025”, “Thực hiện › Ước 2025” or “Kế hoạch năm 2026”",
      );
      return null;
    }
    roles.push(rule[2]);
  }
  return roles;
}
