/**
 * The home page's small chart: for each headline goal of the merged city, its 2030 goal beside the
 * 2025 results of the two former units, as horizontal bars on the indicator's own scale (values
 * converted into the indicator's unit), drawn at
 * build time. Each value is written out; the page lists the source line of each under the chart.
 */
import { scaleLinear } from "d3";
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { keepTogether } from "./keep-together.ts";
import { formerRegionIds } from "./merger.ts";
import { mergedRegions } from "./scope.ts";
import { stretchedSvg } from "./svg.ts";
import { ends } from "../../scripts/model/units.ts";
import { display, kindName, regionName, regionRows } from "./indicators.ts";

export interface GoalBar {
  region: Region;
  value: IndicatorValue;
  label: string;
}

/** The bars of one indicator: the former units' results, then the merged city's goal; `differs` when documents disagree on one of them. */
export function goalBars(ind: Indicator): { bars: GoalBar[]; differs: boolean } {
  const rows = regionRows(ind);
  const pick: [Region, "result" | "goal"][] = [
    ...formerRegionIds().map((r): [Region, "result"] => [r, "result"]),
    ...mergedRegions().map((r): [Region, "goal"] => [r.id, "goal"]),
  ];
  const bars: GoalBar[] = [];
  let differs = false;
  for (const [region, key] of pick) {
    const cell = rows.find((r) => r.region === region)?.cells[key];
    // A value of another measure than the indicator's (no scale) is not drawn on its scale.
    if (!cell?.value || cell.value.scale === undefined) continue;
    differs ||= cell.others.length > 0;
    bars.push({ region, value: cell.value, label: `${regionName(region)} · ${kindName(cell.value.kind).replace(/ \(ước\)$/, ", ước")}` });
  }
  return { bars, differs };
}

/** The bars' drawing space: 1000 units across (stretched to the panel's width), one bar high. */
const BAR_W = 1000,
  BAR_H = 14;

/**
 * The panel's bars as HTML: each a line with its label and its value (laid out by the browser, so
 * they wrap in any font and never clip), over a bar on the indicator's scale drawn as an SVG
 * that stretches to the panel's width. A range is a solid part to its lower end and a lighter rest.
 */
export function goalChart(ind: Indicator, bars: GoalBar[], id: string): string {
  const max = Math.max(...bars.map((b) => ends(b.value)?.[1] ?? 0), 0);
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, BAR_W]);
  const rows = bars.map((b) => {
    const e = ends(b.value);
    let bar = "";
    if (e) {
      const [lo, hi] = e;
      const solid = `<rect x="0" y="0" width="${Math.max(x(lo), 1).toFixed(1)}" height="${BAR_H}" fill="currentColor"/>`;
      const rest = `<rect x="${x(lo).toFixed(1)}" y="0" width="${(x(hi) - x(lo)).toFixed(1)}" height="${BAR_H}" fill="currentColor" fill-opacity="0.45"/>`;
      bar = stretchedSvg("goal-bar", BAR_W, BAR_H, solid + (hi > lo ? rest : ""));
    }
    const label = `<span class="goal-label">${keepTogether(b.label)}</span>`;
    return `<li class="series-${b.region}">${label} <strong class="goal-value">${esc(display(b.value))}</strong>${bar}</li>`;
  });
  return `<ul class="goal-chart" id="${id}">${rows.join("")}</ul>`;
}
