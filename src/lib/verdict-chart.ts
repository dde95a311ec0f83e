/**
 * Verdict counts as horizontal stacked bars, drawn at build time; every segment carries its mark,
 * word and number. Colours are the status tokens of src/styles/global.css (classes, not fills), so
 * the chart follows light and dark.
 */
import { scaleLinear } from "d3";
import type { VerdictCount } from "./comparison.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

const SEGMENTS = [
  { key: "vuot", label: "Vượt", mark: "▲" },
  { key: "dat", label: "Đạt", mark: "✓" },
  { key: "khong-dat", label: "Không đạt", mark: "✕" },
] as const;


/** `labels: false` leaves out the line above each bar (for a bar inside a card that already says it). */
export function verdictChart(rows: { label: string; count: VerdictCount }[], title: string, id: string, options: { labels?: boolean } = {}): string {
  const labels = options.labels ?? true;
  // The compact form sits in a card about 20rem wide on a phone: a narrower drawing keeps its text readable.
  const W = labels ? 480 : 300, bar = labels ? 30 : 26, left = labels ? 8 : 0;
  const gap = labels ? 34 : 0, labelH = labels ? 18 : 0;
  const H = rows.length * (bar + gap + labelH) - gap;
  const max = Math.max(...rows.map((r) => r.count.total), 1);
  const x = scaleLinear().domain([0, max]).range([left, W - left]);
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y0 = i * (bar + gap + labelH);
    if (labels) parts.push(`<text x="${left}" y="${y0 + 13}" class="bar-label">${esc(`${r.label}: ${r.count.dat + r.count.vuot}/${r.count.total} đạt và vượt (${r.count.vuot} vượt, ${r.count.dat} đạt, ${r.count["khong-dat"]} không đạt)`)}</text>`);
    let start = 0;
    for (const s of SEGMENTS) {
      const n = r.count[s.key];
      if (!n) continue;
      const x0 = x(start), x1 = x(start + n);
      parts.push(`<rect x="${x0.toFixed(1)}" y="${y0 + labelH}" width="${(x1 - x0 - 2).toFixed(1)}" height="${bar}" class="seg seg-${s.key}"><title>${esc(`${r.label} – ${s.label}: ${n}`)}</title></rect>`);
      const text = x1 - x0 > 110 ? `${s.mark} ${n} ${s.label}` : x1 - x0 > 28 ? `${s.mark} ${n}` : "";
      if (text) parts.push(`<text x="${((x0 + x1) / 2).toFixed(1)}" y="${y0 + labelH + bar / 2}" dy="0.35em" text-anchor="middle" class="bar-text bar-text-${s.key}">${esc(text)}</text>`);
      start += n;
    }
  });
  return `<svg class="chart verdict-chart${labels ? "" : " verdict-chart-compact"}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
}
