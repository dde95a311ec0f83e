import type { APIContext } from "astro";
import { documents, indicatorData } from "../../lib/site.ts";
import { sheetCsv } from "../../lib/downloads.ts";

/** /du-lieu/chi-tieu-bang-tinh.csv: every value, for a spreadsheet in a Vietnamese locale (see src/lib/downloads.ts). */
export function GET({ site }: APIContext): Response {
  const title = (id: string) => documents().find((d) => d.meta.id === id)!.meta.shortTitle;
  return new Response(sheetCsv(indicatorData().indicators, title, site?.href), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
