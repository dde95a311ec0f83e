/**
 * The indicator chart: for each region, its target for 2025, its 2025 result, its 2030 goal and
 * its 2035 orientation, each a bar on one scale from zero (values converted into the indicator's
 * unit by their scale). These are different kinds of figure, not a time series, so nothing joins
 * them. A range is a solid bar to its lower end and a lighter rest; a bound (“trên 9%”, “tối
 * thiểu 12%”) a bar with an open end pointing the way it goes; “tối đa” an outlined bar. Every
 * label and value is HTML, laid out by the browser in the reader's font; the bars are SVG
 * stretched to the row's width, so nothing is drawn for one font's widths. A value of another
 * measure is left out and named under the chart.
 */
import { scaleLinear } from "d3";
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { converted, display, startsOf, keyColumns, kindName, regionName, regionRows, withUnit } from "./indicators.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { ends, isOtherMeasure } from "../../scripts/model/units.ts";
import { keepTogether } from "./keep-together.ts";
import { stretchedSvg } from "./svg.ts";

const STEPS = keyColumns.filter((c) => c.key !== "status");

/** One bar: a key value of a region, its ends in the indicator's unit. */
export interface ChartBar {
  value: IndicatorValue;
  lo: number;
  hi: number;
}

export interface ChartGroup {
  region: Region;
  bars: ChartBar[];
}

/** The chart as HTML (`html`), its groups, and the values drawn and left out (another measure). */
export interface IndicatorChart {
  html: string;
  groups: ChartGroup[];
  unit: string;
  drawn: IndicatorValue[];
  left: IndicatorValue[];
}

/** The bars' drawing space: 1000 units across (stretched to the row's width), one bar high. */
const BAR_W = 1000,
  BAR_H = 14;

/** What the bar of a value looks like: solid, a range, an open end (above, at least), up to (below, at most). */
export function barShape(v: IndicatorValue): "solid" | "range" | "open" | "upto" {
  if (v.bound === "above" || v.bound === "at-least") return "open";
  if (v.bound === "below" || v.bound === "at-most") return "upto";
  const e = ends(v);
  return e && e[1] > e[0] ? "range" : "solid";
}

function barSvg(bar: ChartBar, x: (n: number) => number): string {
  const shape = barShape(bar.value);
  const zero = x(0);
  const w = (a: number, b: number) => Math.max(Math.abs(x(b) - x(a)), 1).toFixed(1);
  const from = (n: number) => Math.min(zero, x(n)).toFixed(1);
  const parts: string[] = [];
  if (shape === "upto") {
    parts.push(
      `<rect class="bar-upto" x="${from(bar.hi)}" y="1" width="${w(0, bar.hi)}" height="${BAR_H - 2}" ` +
        `fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke"/>`,
    );
  } else {
    parts.push(`<rect x="${from(bar.lo)}" y="0" width="${w(0, bar.lo)}" height="${BAR_H}" fill="currentColor"/>`);
    if (shape === "range")
      parts.push(
        `<rect x="${x(bar.lo).toFixed(1)}" y="0" width="${w(bar.lo, bar.hi)}" height="${BAR_H}" fill="currentColor" fill-opacity="0.45"/>`,
      );
    if (shape === "open") {
      const end = x(bar.lo);
      parts.push(`<path d="M${end.toFixed(1)},0h40l24,${BAR_H / 2}l-24,${BAR_H / 2}h-40z" fill="currentColor" fill-opacity="0.3"/>`);
    }
  }
  return stretchedSvg("ichart-bar", BAR_W, BAR_H, parts.join(""));
}

/** The value as the row writes it: as printed, and in the indicator's unit when it was converted. */
export const valueText = (v: IndicatorValue, unit: string) =>
  `${display(v)}${v.scale !== undefined && v.scale !== 1 ? ` (${withUnit(converted(v) ?? "", unit)})` : ""}`;

/** A region's 2020 level, where the documents state it. */
const startOf = (ind: Indicator, region: Region): IndicatorValue | undefined => startsOf(ind, region, true)[0];

/** The scale's ends: from zero (or the lowest value below it) to the highest, with room at the right for the open end of a bound. */
export function chartDomain(groups: ChartGroup[]): [number, number] {
  const bars = groups.flatMap((g) => g.bars);
  const all = bars.flatMap((b) => [b.lo, b.hi]);
  const max = Math.max(...all, 0) * (bars.some((b) => barShape(b.value) === "open") ? 1.08 : 1);
  return [Math.min(0, ...all), max || 1];
}

/** The chart, or null when fewer than two key values are numbers in the indicator's unit. */
export function indicatorChart(ind: Indicator): IndicatorChart | null {
  const rows = regionRows(ind);
  const groups: ChartGroup[] = rows
    .map((r) => ({
      region: r.region,
      // Where the term started (a 2020 level), then the key values.
      bars: [startOf(ind, r.region), ...STEPS.map((s) => r.cells[s.key].value)].flatMap((v) => {
        const e = v && ends(v);
        return v && e ? [{ value: v, lo: e[0], hi: e[1] }] : [];
      }),
    }))
    .filter((g) => g.bars.length > 0);
  const left = rows
    .flatMap((r) => [startOf(ind, r.region), ...STEPS.map((s) => r.cells[s.key].value)].flatMap((v) => v ?? []))
    .filter(isOtherMeasure);
  const drawn = groups.flatMap((g) => g.bars.map((b) => b.value));
  if (drawn.length < 2) return null;
  const x = scaleLinear().domain(chartDomain(groups)).range([0, BAR_W]);
  const html = groups
    .map(
      (g) =>
        `<li class="ichart-group series-${g.region}"><p class="ichart-region">${keepTogether(regionName(g.region))}</p><ul>` +
        g.bars
          .map(
            (b) =>
              `<li><span class="ichart-step">${keepTogether(kindName(b.value.kind))}</span> ` +
              `<strong class="ichart-value">${esc(valueText(b.value, ind.unit))}</strong>${barSvg(b, x)}</li>`,
          )
          .join("") +
        `</ul></li>`,
    )
    .join("");
  return { html: `<ul class="ichart">${html}</ul>`, groups, unit: ind.unit, drawn, left };
}

/** The chart's unit line: the unit, and that every bar starts at zero on one scale. */
export function chartUnitLine(chart: IndicatorChart): string {
  return `${chart.unit ? `Đơn vị: ${chart.unit}` : "Chỉ số, không có đơn vị"}; mọi thanh cùng một thang, tính từ 0.`;
}

/** How to read the bars, for the shapes this chart has. */
export function chartKey(chart: IndicatorChart): string {
  const shapes = new Set(chart.drawn.map(barShape));
  const said = [
    shapes.has("range") && "một khoảng có phần đậm đến số nhỏ, phần nhạt đến số lớn",
    shapes.has("open") && "“trên”, “tối thiểu” có thanh để ngỏ phía phải",
    shapes.has("upto") && "“dưới”, “tối đa” có thanh rỗng",
  ].filter((x): x is string => typeof x === "string");
  return (
    "Mỗi nhóm là một địa bàn; các thanh là các loại số liệu khác nhau (mục tiêu, kết quả), không phải một chuỗi theo năm." +
    (said.length ? ` Cách đọc: ${said.join("; ")}.` : "")
  );
}
