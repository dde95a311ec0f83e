/**
 * The home page's small chart: for each headline goal of the merged city, its 2030 goal beside the
 * 2025 results of the two former units, as horizontal bars on the indicator's own scale (values
 * converted into the indicator's unit), drawn at
 * build time. Each value is written out; the page lists the source line of each under the chart.
 */
import { scaleLinear } from "d3";
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { ends } from "../../scripts/model/units.ts";
import { display, kindNames, regionNames, regionRows } from "./indicators.ts";

export interface GoalBar { region: Region; value: IndicatorValue; label: string }

/** The bars of one indicator: the former units' results, then the merged city's goal; `differs` when documents disagree on one of them. */
export function goalBars(ind: Indicator): { bars: GoalBar[]; differs: boolean } {
  const rows = regionRows(ind);
  const pick: [Region, "result" | "goal"][] = [["hai-phong", "result"], ["hai-duong", "result"], ["hai-phong-moi", "goal"]];
  const bars: GoalBar[] = [];
  let differs = false;
  for (const [region, key] of pick) {
    const cell = rows.find((r) => r.region === region)?.cells[key];
    // A value of another measure than the indicator's (no scale) is not drawn on its scale.
    if (!cell?.value || cell.value.scale === undefined) continue;
    differs ||= cell.others.length > 0;
    bars.push({ region, value: cell.value, label: `${regionNames[region]} · ${kindNames[cell.value.kind].replace(/ \(ước\)$/, ", ước")}` });
  }
  return { bars, differs };
}


export function goalChart(ind: Indicator, bars: GoalBar[], id: string): string {
  // Room after the longest bar for the longest value, at about 7.5 units per character of 13px bold text.
  const valueRoom = 10 + 7.5 * Math.max(...bars.map((b) => display(b.value).length));
  const W = 360, row = 44, top = 4, barH = 14;
  const H = top + bars.length * row;
  const max = Math.max(...bars.map((b) => ends(b.value)?.[1] ?? 0), 0);
  const x = scaleLinear().domain([0, max || 1]).range([0, W - valueRoom]);
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const y = top + i * row;
    const e = ends(b.value);
    parts.push(`<text class="goal-label" x="0" y="${y + 12}">${esc(b.label)}</text>`);
    const by = y + 18;
    let end = 0;
    if (e) {
      const [lo, hi] = e;
      end = x(hi);
      parts.push(`<g class="series-${b.region}"><rect x="0" y="${by}" width="${Math.max(x(lo), 1).toFixed(1)}" height="${barH}" fill="currentColor"/>`
        + (hi > lo ? `<rect x="${x(lo).toFixed(1)}" y="${by}" width="${(x(hi) - x(lo)).toFixed(1)}" height="${barH}" fill="currentColor" fill-opacity="0.45"/>` : "") + `</g>`);
    }
    parts.push(`<text class="goal-value" x="${(end + 6).toFixed(1)}" y="${by + barH / 2}" dy="0.35em">${esc(display(b.value))}</text>`);
  });
  const title = `${ind.name}: ${bars.map((b) => `${b.label}: ${display(b.value)}`).join("; ")}`;
  return `<svg class="chart goal-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
}
