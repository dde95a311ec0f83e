/**
 * Names the columns of an indicator table from its header: which one holds the row number, the
 * label, the unit, the verdict, and which kind of value each other column holds (the contract's
 * `kind`: target-2025, result-2025, goal-2030 …).
 */
import type { Diagnostics } from "../model/diagnostics.ts";
import type { TableNode } from "../model/document.ts";
import type { ValueKind } from "../model/indicators.ts";

export type ColumnRole = { role: "number" | "label" | "unit" | "status" } | { role: "value"; kind: ValueKind };

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

/** The role of every column; an unknown column stops the build with the header's line. */
export function columnRoles(t: TableNode, diag: Diagnostics): ColumnRole[] | null {
  const roles: ColumnRole[] = [];
  for (const path of columnPaths(t)) {
    const [top = "", sub = ""] = path;
    const rule = RULES.find(([a, b]) => a.test(top) && (b ? b.test(sub) : true));
    if (!rule) {
      diag.error(
        t.line,
        `indicator table column “${path.join(" › ")}” is not a known kind of value`,
        "indicators/unknown-column",
        "a column such as “Mục tiêu 2021-2025 › Đến 2025” or “Thực hiện › Ước 2025”",
      );
      return null;
    }
    roles.push(rule[2]);
  }
  return roles;
}
