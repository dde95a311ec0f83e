/** Verdict counts as horizontal stacked bars, drawn at build time; every segment carries its word and number. */
import { scaleLinear } from "d3";
import type { VerdictCount } from "./comparison.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

const SEGMENTS = [
  { key: "vuot", label: "Vượt", mark: "▲", fill: "#0b57a4" },
  { key: "dat", label: "Đạt", mark: "✓", fill: "#1d6b32" },
  { key: "khong-dat", label: "Không đạt", mark: "✕", fill: "#9b1c1c" },
] as const;


export function verdictChart(rows: { label: string; count: VerdictCount }[], title: string, id: string): string {
  const W = 480, bar = 30, gap = 34, left = 8, labelH = 18;
  const H = rows.length * (bar + gap + labelH);
  const max = Math.max(...rows.map((r) => r.count.total), 1);
  const x = scaleLinear().domain([0, max]).range([left, W - 8]);
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y0 = i * (bar + gap + labelH);
    parts.push(`<text x="${left}" y="${y0 + 13}" class="bar-label">${esc(`${r.label}: ${r.count.dat + r.count.vuot}/${r.count.total} đạt và vượt (${r.count.vuot} vượt, ${r.count.dat} đạt, ${r.count["khong-dat"]} không đạt)`)}</text>`);
    let start = 0;
    for (const s of SEGMENTS) {
      const n = r.count[s.key];
      if (!n) continue;
      const x0 = x(start), x1 = x(start + n);
      parts.push(`<rect x="${x0.toFixed(1)}" y="${y0 + labelH}" width="${(x1 - x0 - 2).toFixed(1)}" height="${bar}" fill="${s.fill}"><title>${esc(`${r.label} – ${s.label}: ${n}`)}</title></rect>`);
      const text = x1 - x0 > 110 ? `${s.mark} ${n} ${s.label}` : x1 - x0 > 34 ? `${s.mark} ${n}` : "";
      if (text) parts.push(`<text x="${((x0 + x1) / 2).toFixed(1)}" y="${y0 + labelH + bar / 2}" dy="0.35em" text-anchor="middle" class="bar-text">${esc(text)}</text>`);
      start += n;
    }
  });
  return `<svg class="chart verdict-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
}
