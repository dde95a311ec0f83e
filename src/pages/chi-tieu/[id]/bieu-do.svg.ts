import type { APIContext } from "astro";
import { documents, indicatorData } from "../../../lib/site.ts";
import { indicatorChart } from "../../../lib/chart.ts";
import { chartImageSvg } from "../../../lib/chart-image.ts";
import { imageFonts } from "../../../lib/image-fonts.ts";
import { designTokens } from "../../../lib/tokens.ts";
import { withCacheKeys } from "../../../lib/page-inputs.ts";

/** Each charted indicator's chart as an image: /chi-tieu/<id>/bieu-do.svg (build:publish draws bieu-do.png from it). */
export function getStaticPaths() {
  return withCacheKeys(
    "/chi-tieu/[id]/bieu-do.svg",
    indicatorData()
      .indicators.filter((ind) => indicatorChart(ind) !== null)
      .map((ind) => ({ params: { id: ind.id } })),
  );
}

export function GET({ params, site }: APIContext): Response {
  const ind = indicatorData().indicators.find((i) => i.id === params.id)!;
  const svg = chartImageSvg({
    ind,
    chart: indicatorChart(ind)!,
    docTitle: (id) => documents().find((d) => d.meta.id === id)!.meta.shortTitle,
    site,
    fonts: imageFonts(),
    colours: designTokens().light,
  });
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
