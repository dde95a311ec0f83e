/**
 * An indicator's chart to embed in another site: its address (/nhung/chi-tieu/<id>/, a page of
 * its own that other sites may frame, see scripts/deploy/policy.ts) and the <iframe> snippet its
 * page offers to copy.
 */
import type { Indicator } from "../../scripts/model/indicators.ts";
import type { IndicatorChart } from "./chart.ts";
import { escapeMarkup } from "../../scripts/model/text.ts";

export const embedUrl = (ind: Indicator): string => `/nhung/chi-tieu/${ind.id}/`;

/**
 * A frame tall enough for the chart on a phone without scrolling: the title, unit, key and source
 * lines, and a row per bar with its group's heading. The frame is as wide as the column it is put in.
 */
export function embedHeight(chart: IndicatorChart): number {
  const bars = chart.groups.reduce((n, g) => n + g.bars.length, 0);
  return 260 + 44 * bars + 36 * chart.groups.length;
}

export function embedCode(ind: Indicator, chart: IndicatorChart | null, site: URL | undefined): { url: string; snippet: string } {
  const url = embedUrl(ind);
  // Another site needs the absolute address: a local build, without one, offers no code.
  if (!chart || !site) return { url, snippet: "" };
  const src = new URL(url, site).href;
  return {
    url,
    snippet:
      `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(`Biểu đồ: ${ind.name}`)}" ` +
      `width="100%" height="${embedHeight(chart)}" style="border:0;max-width:760px" loading="lazy"></iframe>`,
  };
}
