/**
 * Verdict counts as horizontal stacked bars, drawn at build time. Each bar's line (its unit and
 * counts) is HTML over the bar, laid out by the browser; inside a segment only its mark and number
 * are drawn, and only where they fit in any common font (text-room.ts). Colours are the status
 * tokens of src/styles/global.css (classes, not fills), so the chart follows light and dark.
 */
import { scaleLinear } from "d3";
import type { VerdictCount } from "./comparison.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { widthBound } from "./text-room.ts";

const SEGMENTS = [
  { key: "vuot", label: "Vượt", mark: "▲" },
  { key: "dat", label: "Đạt", mark: "✓" },
  { key: "khong-dat", label: "Không đạt", mark: "✕" },
] as const;

/** Size of the text inside the segments, in the bar's units. */
const TEXT = 14;

/**
 * What a segment `width` units wide says: its mark and number (“▲ 4”), else the number alone, else
 * nothing; the words are in the line over the bar and in the badges beside it.
 */
export function segmentText(mark: string, n: number, width: number): string {
  return [`${mark} ${n}`, `${n}`].find((t) => widthBound(t, TEXT, true) + 8 <= width) ?? "";
}

/** One bar: an SVG named by `title`, its segments on a scale of `max`. */
function bar(label: string, count: VerdictCount, max: number, title: string, id: string, W: number, H: number): string {
  const x = scaleLinear().domain([0, max]).range([0, W]);
  const parts: string[] = [];
  let start = 0;
  for (const s of SEGMENTS) {
    const n = count[s.key];
    if (!n) continue;
    const x0 = x(start),
      x1 = x(start + n);
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="0" width="${(x1 - x0 - 2).toFixed(1)}" height="${H}" class="seg seg-${s.key}"><title>${esc(`${label} – ${s.label}: ${n}`)}</title></rect>`,
    );
    const text = segmentText(s.mark, n, x1 - x0 - 2);
    if (text)
      parts.push(
        `<text x="${((x0 + x1 - 2) / 2).toFixed(1)}" y="${H / 2}" dy="0.35em" text-anchor="middle" class="bar-text bar-text-${s.key}">${esc(text)}</text>`,
      );
    start += n;
  }
  return `<svg class="verdict-bar" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
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
  // The compact form sits in a card about 20rem wide on a phone: a narrower drawing keeps its text readable.
  const W = labels ? 480 : 300,
    H = labels ? 30 : 26;
  const max = Math.max(...rows.map((r) => r.count.total), 1);
  const said = (r: { label: string; count: VerdictCount }) =>
    `${r.label}: ${r.count.dat + r.count.vuot}/${r.count.total} đạt và vượt (${r.count.vuot} vượt, ${r.count.dat} đạt, ${r.count["khong-dat"]} không đạt)`;
  if (!labels)
    return `<div class="verdict-chart verdict-chart-compact">${rows.map((r) => (rows.length === 1 ? bar(r.label, r.count, max, title, id, W, H) : bar(r.label, r.count, max, said(r), `${id}--${r.key}`, W, H))).join("")}</div>`;
  return `<div class="verdict-chart" role="group" aria-labelledby="${id}"><p class="visually-hidden" id="${id}">${esc(title)}</p>${rows.map((r) => `<p class="bar-label">${esc(said(r))}</p>${bar(r.label, r.count, max, said(r), `${id}--${r.key}`, W, H)}`).join("")}</div>`;
}
