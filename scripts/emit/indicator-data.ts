/** Makes the indicator data downloads besides the JSON itself (the contract, scripts/model/indicators.ts): its JSON Schema, and CSV. */
import { z } from "zod";
import type { IndicatorJsonSchema } from "../model/generated.ts";
import { CSV_COLUMNS, indicatorDataSchema, indicatorSchema, valueSchema, type IndicatorData } from "../model/indicators.ts";
import type { RegionInfo } from "../model/regions.ts";
import { inertCell } from "../model/spreadsheet-cell.ts";
import { plain } from "../model/text.ts";

/**
 * The JSON Schema of /du-lieu/chi-tieu.json, generated from the same zod schema the build validates
 * with; a value's region is one of the ids of content/regions.yml, listed as an enum.
 */
export function indicatorJsonSchema(regions: readonly RegionInfo[], places: readonly string[]): IndicatorJsonSchema {
  const ids = regions.map((r) => r.id) as [string, ...string[]];
  const withRegions = indicatorDataSchema.extend({
    indicators: z.array(indicatorSchema.extend({ values: z.array(valueSchema.extend({ region: z.enum(ids) })).min(1) })),
  });
  const schema = z.toJSONSchema(withRegions, { target: "draft-2020-12" });
  // Checked against indicatorJsonSchemaSchema when written ($schema and type come from zod).
  return {
    $id: "/du-lieu/chi-tieu.schema.json",
    title: `Chỉ tiêu — dữ liệu các báo cáo ${places.join(", ")}`,
    ...schema,
  } as IndicatorJsonSchema;
}

const cell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * One row per value, the same fields flattened (the three added since the first release at the end,
 * so that columns keep their places), matched values first, then the targets not yet matched
 * (`matched` = `no`, indicator columns empty); UTF-8 with a byte-order mark so that spreadsheets read
 * Vietnamese.
 */
export function indicatorCsv(data: IndicatorData): string {
  type Value = Omit<IndicatorData["candidates"][number], "matched" | "kind"> & { kind: string; scale?: number };
  const row = (ind: IndicatorData["indicators"][number] | undefined, v: Value): string =>
    [
      ind?.id,
      ind?.name,
      ind?.domain,
      ind?.url,
      v.region,
      v.kind,
      v.label,
      v.unit,
      v.raw,
      v.value,
      v.min,
      v.max,
      v.bound,
      v.source.doc,
      v.source.line,
      v.source.url,
      ind?.unit,
      ind ? v.scale : undefined,
      ind ? "yes" : "no",
    ]
      .map(cell)
      .join(",");
  const lines = [CSV_COLUMNS.join(",")];
  for (const ind of data.indicators) for (const v of ind.values) lines.push(row(ind, v));
  // The targets not yet matched to an indicator: no indicator columns, `matched` says no.
  for (const v of data.candidates) lines.push(row(undefined, v));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A table of a document as CSV: one header line (header cells joined with ›), then its rows as printed, no cell a formula. */
export function tableCsv(t: import("../model/document.ts").TableNode, columnPaths: string[][]): string {
  const clean = (s: string) =>
    plain(s)
      .replace(/<\/?i>/g, "")
      .trim();
  // A table is opened in a spreadsheet: no cell may start a formula ("- Dịch vụ" would).
  const lines = [columnPaths.map((p) => cell(inertCell(p.map(clean).join(" › ")))).join(",")];
  for (const r of t.rows) lines.push(r.cells.map((c) => cell(inertCell(clean(c.text)))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
