/**
 * Reads the rows of an indicator table as indicator rows: the label as printed, the row it is a
 * part of (`- Nông, lâm, thủy sản` under `Tỷ trọng trong GRDP`), the unit, the verdict and every
 * value with its kind and the line of its own cell.
 */
import type { Diagnostics } from "../model/diagnostics.ts";
import type { TableNode, TableRow } from "../model/document.ts";
import type { ValueKind } from "../model/indicators.ts";
import { plain } from "../model/text.ts";
import { columnRoles } from "./columns.ts";

export interface RowValue {
  kind: ValueKind;
  raw: string;
  line: number;
}

export interface IndicatorRow {
  /** `<table number>: <parent> › <label>`, unique in its document; what the concordance names. */
  key: string;
  table: number;
  line: number;
  number: string;
  label: string;
  parent?: string;
  /** The group the table puts the row in (`A. Chỉ tiêu kinh tế`), if any. */
  group?: string;
  unit: string;
  values: RowValue[];
  row: TableRow;
}

const cellText = (s: string) =>
  plain(s)
    .replace(/<\/?i>/g, "")
    .replace(/\s+/g, " ")
    .trim();
const isPart = (label: string) => /^(-|–|Tr\. ?đó|Trong đó)/u.test(label);

export function tableRows(t: TableNode, tableNumber: number, diag: Diagnostics, docYear = 0): IndicatorRow[] {
  const roles = columnRoles(t, diag, docYear);
  if (!roles) return [];
  const col = (role: string) => roles.findIndex((r) => r.role === role);
  const [cNum, cLabel, cUnit] = [col("number"), col("label"), col("unit")];
  const rows: IndicatorRow[] = [];
  let main: IndicatorRow | undefined;
  let group: string | undefined;
  const keys = new Set<string>();
  for (const row of t.rows) {
    const text = (i: number) => (i >= 0 ? cellText(row.cells[i]!.text) : "");
    const values: RowValue[] = [];
    roles.forEach((r, i) => {
      const raw = text(i);
      if (raw && (r.role === "value" || r.role === "status"))
        values.push({ kind: r.role === "value" ? r.kind : "status", raw, line: row.cells[i]!.line });
    });
    const number = text(cNum);
    let label = text(cLabel);
    const unit = text(cUnit);
    if (values.length === 0) {
      // A group heading row (A. Chỉ tiêu kinh tế) or an empty parent row without a verdict.
      if (/^[A-Z]$/.test(number)) group = label;
      else if (label)
        main = { key: label, table: tableNumber, line: row.line, number, label, unit, values: [], row, ...(group ? { group } : {}) };
      continue;
    }
    let parent: string | undefined;
    if (!label && main) {
      // The same indicator in another unit (GRDP per head in USD after million đồng).
      label = main.label;
      parent = main.parent;
    } else if (isPart(label) && main) {
      parent = main.parent ?? main.label;
    }
    let key = `${tableNumber}: ${parent ? `${parent} › ` : ""}${label}`;
    if (keys.has(key)) key = `${key} (${unit})`;
    keys.add(key);
    const r: IndicatorRow = {
      key,
      table: tableNumber,
      line: row.line,
      number,
      label,
      unit,
      values,
      row,
      ...(parent ? { parent } : {}),
      ...(group ? { group } : {}),
    };
    rows.push(r);
    if (!isPart(label)) main = r;
  }
  return rows;
}
