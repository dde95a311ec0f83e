/**
 * The indicator chart, drawn at build time as SVG with d3's scales and shapes: for each region,
 * the target for 2025, the 2025 result, the 2030 goal and the 2035 orientation on one scale,
 * joined so that the way from the result to the goal shows. Ranges are drawn as bars. Values are
 * drawn in the indicator's unit, converted by their scale; a value of another measure is left out
 * and named under the chart.
 */
import { scaleLinear, scalePoint, line } from "d3";
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { converted, display, formatNumber, keyColumns, regionNames, regionRows } from "./indicators.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { ends, isOtherMeasure } from "../../scripts/model/units.ts";
import { widthBound } from "./text-room.ts";

const STEPS = keyColumns.filter((c) => c.key !== "status");
/** Each region's marker shape; its colour is the region token of the stylesheet (class series-<region>). */
const SHAPES: Record<Region, string> = { "hai-duong": "circle", "hai-phong": "square", "hai-phong-moi": "diamond" };
const colour = "currentColor";

/**
 * The chart (`svg`), its legend as HTML (`legend`, laid out by the browser under the drawing), and
 * what it leaves out: key values with a number that measure something else than the indicator.
 */
export interface IndicatorChart {
  svg: string;
  legend: string;
  unit: string;
  drawn: IndicatorValue[];
  left: IndicatorValue[];
}

/** Size of the chart's text, in its units (global.css: .chart). */
const TEXT = 14;

/**
 * A step's label in lines: the words before its year, then the year (“Mục tiêu” / “2025”), or
 * one word a line where the words would not fit in `room` in a wide font.
 */
export function stepLines(title: string, room: number): string[] {
  const [words, year] = title.split(/ (?=\d{4}$)/) as [string, string | undefined];
  const lines = widthBound(words, TEXT) <= room ? [words] : words.split(" ");
  return year ? [...lines, year] : lines;
}

function marker(shape: string, x: number, y: number): string {
  if (shape === "square") return `<rect x="${(x - 5).toFixed(1)}" y="${(y - 5).toFixed(1)}" width="10" height="10" fill="${colour}"/>`;
  if (shape === "diamond") return `<path d="M${x.toFixed(1)},${(y - 7).toFixed(1)}l7,7l-7,7l-7,-7z" fill="${colour}"/>`;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5.5" fill="${colour}"/>`;
}

/** The chart, or null when fewer than two key values are numbers in the indicator's unit. */
export function indicatorChart(ind: Indicator): IndicatorChart | null {
  const rows = regionRows(ind);
  const series = rows
    .map((r) => ({
      region: r.region,
      points: STEPS.flatMap((s) => {
        const v = r.cells[s.key].value;
        const e = v && ends(v);
        return v && e ? [{ step: s.title, v, lo: e[0], hi: e[1] }] : [];
      }),
    }))
    .filter((s) => s.points.length > 0);
  const left = rows.flatMap((r) => STEPS.flatMap((s) => r.cells[s.key].value ?? [])).filter(isOtherMeasure);
  if (series.reduce((n, s) => n + s.points.length, 0) < 2) return null;
  const unit = ind.unit;
  const all = series.flatMap((s) => s.points.flatMap((p) => [p.lo, p.hi]));
  const [min, max] = [Math.min(0, ...all), Math.max(...all)];
  const W = 480,
    M = { top: 20, right: 16, bottom: 0, left: 0 };
  const domain = [min, max === min ? min + 1 : max];
  const ticks = scaleLinear().domain(domain).nice().ticks(5);
  // Room on the left for the longest tick label (“2.500.000”) in a wide font.
  M.left = 8 + Math.ceil(Math.max(...ticks.map((t) => widthBound(formatNumber(t), TEXT))));
  const room = (W - M.left - M.right) / STEPS.length - 6;
  const steps = STEPS.map((s) => ({ title: s.title, lines: stepLines(s.title, room) }));
  M.bottom = 14 + Math.max(...steps.map((s) => s.lines.length)) * 17;
  const H = 256 + M.top + M.bottom;
  const y = scaleLinear()
    .domain(domain)
    .nice()
    .range([H - M.bottom, M.top]);
  const x = scalePoint<string>()
    .domain(STEPS.map((s) => s.title))
    .range([M.left, W - M.right])
    .padding(0.5);
  const parts: string[] = [];
  for (const t of y.ticks(5)) {
    parts.push(
      `<g class="tick"><line x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/><text x="${M.left - 8}" y="${y(t).toFixed(1)}" dy="0.32em" text-anchor="end">${esc(formatNumber(t))}</text></g>`,
    );
  }
  for (const s of steps) {
    const cx = x(s.title)!.toFixed(1);
    parts.push(
      `<text class="step" x="${cx}" y="${H - M.bottom + 18}" text-anchor="middle">${s.lines.map((l, i) => `<tspan x="${cx}"${i ? ' dy="1.2em"' : ""}>${esc(l)}</tspan>`).join("")}</text>`,
    );
  }
  series.forEach((s, i) => {
    const shape = SHAPES[s.region];
    const offset = (i - (series.length - 1) / 2) * 10;
    const path = line<{ step: string; lo: number; hi: number }>()
      .x((p) => x(p.step)! + offset)
      .y((p) => y((p.lo + p.hi) / 2))(s.points);
    parts.push(
      `<g class="series series-${s.region}" aria-label="${esc(regionNames[s.region])}"><path d="${path}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${s.region === "hai-phong" ? "6 4" : "none"}"/>`,
    );
    for (const p of s.points) {
      const cx = x(p.step)! + offset;
      if (p.hi !== p.lo)
        parts.push(
          `<line x1="${cx}" x2="${cx}" y1="${y(p.lo).toFixed(1)}" y2="${y(p.hi).toFixed(1)}" stroke="${colour}" stroke-width="6" stroke-opacity="0.45"/>`,
        );
      parts.push(
        `${marker(shape, cx, y((p.lo + p.hi) / 2))}<title>${esc(`${regionNames[s.region]} – ${p.step}: ${display(p.v)}${p.v.scale === 1 ? "" : ` (${converted(p.v)} ${unit})`}`)}</title>`,
      );
    }
    parts.push("</g>");
  });
  const legend = `<ul class="chart-legend">${series.map((s) => `<li><svg class="series-${s.region}" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false">${marker(SHAPES[s.region], 0, 0)}</svg>${esc(regionNames[s.region])}</li>`).join("")}</ul>`;
  const title = `${ind.name}: mục tiêu, kết quả 2025, mục tiêu 2030 (đơn vị: ${unit || "không ghi"})`;
  return {
    unit,
    left,
    legend,
    drawn: series.flatMap((s) => s.points.map((p) => p.v)),
    svg: `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="bieu-do-tieu-de" xmlns="http://www.w3.org/2000/svg"><title id="bieu-do-tieu-de">${esc(title)}</title>${parts.join("")}</svg>`,
  };
}
