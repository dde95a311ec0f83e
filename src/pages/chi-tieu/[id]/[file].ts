import type { APIContext } from "astro";
import { documents, indicatorData } from "../../../lib/site.ts";
import { indicatorJson, sheetCsv } from "../../../lib/downloads.ts";
import { withCacheKeys } from "../../../lib/page-inputs.ts";

/** Each indicator's values to take away: /chi-tieu/<id>/<id>.csv (a spreadsheet, headed in Vietnamese) and <id>.json. */
export function getStaticPaths() {
  return withCacheKeys(
    "/chi-tieu/[id]/[file]",
    indicatorData().indicators.flatMap((ind) => ["csv", "json"].map((ext) => ({ params: { id: ind.id, file: `${ind.id}.${ext}` } }))),
  );
}

export function GET({ params, site }: APIContext): Response {
  const data = indicatorData();
  const ind = data.indicators.find((i) => i.id === params.id)!;
  if (params.file!.endsWith(".json"))
    return new Response(`${JSON.stringify(indicatorJson(data, ind), null, 2)}\n`, {
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  const title = (id: string) => documents().find((d) => d.meta.id === id)!.meta.shortTitle;
  return new Response(sheetCsv([ind], title, site?.href), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
