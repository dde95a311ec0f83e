/**
 * Verdict counts as horizontal stacked bars, drawn at build time. Each bar's line (its unit and
 * counts) is HTML over the bar, laid out by the browser; the bar itself holds no text. Colours are
 * the status tokens of src/styles/global.css (classes, not fills), so the chart follows light and
 * dark; “không đạt” is also outlined, so the three stay apart without colour.
 */
import { scaleLinear } from "d3";
import { metOutOf, type VerdictCount } from "./comparison.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

const SEGMENTS = [
  { key: "vuot", label: "Vượt" },
  { key: "dat", label: "Đạt" },
  { key: "khong-dat", label: "Không đạt" },
] as const;

/** The bars' drawing space: 1000 units across (stretched to the box), one bar high. */
const W = 1000,
  H = 20;

/**
 * One bar: an SVG named by `title`, its segments on a scale of `max`, stretched to the width of
 * its box. It draws no text: the counts are written in HTML beside it (the line over it, or the
 * badges of its card), so nothing in it depends on a font or shrinks on a phone.
 */
function bar(label: string, count: VerdictCount, max: number, title: string, id: string): string {
  const x = scaleLinear().domain([0, max]).range([0, W]);
  const parts: string[] = [];
  let start = 0;
  for (const s of SEGMENTS) {
    const n = count[s.key];
    if (!n) continue;
    const x0 = x(start),
      x1 = x(start + n);
    const name = `<title>${esc(`${label} – ${s.label}: ${n}`)}</title>`;
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="0" width="${(x1 - x0 - 4).toFixed(1)}" height="${H}" class="seg seg-${s.key}" ` +
        `vector-effect="non-scaling-stroke">${name}</rect>`,
    );
    start += n;
  }
  return (
    `<svg class="verdict-bar" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-labelledby="${id}" ` +
    `xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`
  );
}

/**
 * The chart: one bar per row (`key` names its id), each under its line (`labels`, the default) or alone (`labels:
 * false`, for a bar inside a card that already says it, named by `title`).
 */
export function verdictChart(
  rows: { key: string; label: string; count: VerdictCount }[],
  title: string,
  id: string,
  options: { labels?: boolean } = {},
): string {
  const labels = options.labels ?? true;
  const max = Math.max(...rows.map((r) => r.count.total), 1);
  const said = ({ label, count: c }: { label: string; count: VerdictCount }) =>
    `${label}: ${metOutOf(c)} đạt và vượt (${c.vuot} vượt, ${c.dat} đạt, ${c["khong-dat"]} không đạt)`;
  // A row's own bar, named by its line; a single compact bar is named by the chart's title.
  const rowBar = (r: (typeof rows)[number]) => bar(r.label, r.count, max, said(r), `${id}--${r.key}`);
  if (!labels) {
    const bars = rows.length === 1 ? bar(rows[0]!.label, rows[0]!.count, max, title, id) : rows.map(rowBar).join("");
    return `<div class="verdict-chart verdict-chart-compact">${bars}</div>`;
  }
  const lines = rows.map((r) => `<p class="bar-label">${esc(said(r))}</p>${rowBar(r)}`).join("");
  return `<div class="verdict-chart" role="group" aria-labelledby="${id}"><p class="visually-hidden" id="${id}">${esc(title)}</p>${lines}</div>`;
}
