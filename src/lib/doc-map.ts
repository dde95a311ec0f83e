/**
 * The map of one document, drawn at build time with d3's scales and link shapes: the other four
 * documents on the left (joined by their relation, if the metadata states one), the documents it
 * cites on the right (the most cited first), the document itself in the middle.
 */
import { linkHorizontal, scalePoint } from "d3";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

export interface MapNode { label: string; url: string; edge?: string }

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Breaks a label into at most two lines of about n characters, at spaces; clips only what is left. */
export function wrapLabel(s: string, n: number): string[] {
  if (s.length <= n) return [s];
  const cut = s.lastIndexOf(" ", n);
  if (cut <= 0) return [clip(s, n)];
  return [s.slice(0, cut), clip(s.slice(cut + 1), n)];
}

/** A label as SVG text: one or two lines centred on y, with the whole label as its tooltip. */
function label(x: number, y: number, text: string, cls: string, anchor: "start" | "middle" | "end", n: number): string {
  const lines = wrapLabel(text, n);
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? (lines.length === 1 ? "0.35em" : "-0.25em") : "1.2em"}">${esc(l)}</tspan>`).join("");
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" class="${cls}"><title>${esc(text)}</title>${spans}</text>`;
}

export function documentMap(current: string, others: MapNode[], cited: MapNode[], id: string): string {
  const rows = Math.max(others.length, cited.length, 3);
  const W = 760, rowH = 44, H = rows * rowH + 40;
  const left = scalePoint<number>().domain(others.map((_, i) => i)).range([30, H - 30]).padding(0.5);
  const right = scalePoint<number>().domain(cited.map((_, i) => i)).range([30, H - 30]).padding(0.5);
  const cx = 380, cy = H / 2, half = 100;
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const parts: string[] = [];
  others.forEach((o, i) => {
    const y = left(i)!;
    parts.push(`<path d="${link({ source: [cx - half, cy], target: [235, y] })}" class="${o.edge ? "map-line" : "map-line map-line-weak"}"/>`);
    parts.push(`<a href="${esc(o.url)}">${label(230, y, o.label, "map-doc", "end", 28)}</a>`);
    if (o.edge) parts.push(`<text x="${(cx - half + 235) / 2}" y="${(cy + y) / 2 - 6}" text-anchor="middle" class="map-edge">${esc(clip(o.edge, 22))}</text>`);
  });
  cited.forEach((c, i) => {
    const y = right(i)!;
    parts.push(`<path d="${link({ source: [cx + half, cy], target: [530, y] })}" class="${c.edge ? "map-line" : "map-line map-line-weak map-line-solid"}"/>`);
    parts.push(`<a href="${esc(c.url)}">${label(535, y, c.label, "map-cited", "start", 28)}</a>`);
  });
  parts.push(`<rect x="${cx - half}" y="${cy - 24}" width="${2 * half}" height="48" rx="6" class="map-self"/>${label(cx, cy, current, "map-self-label", "middle", 22)}`);
  return `<svg class="chart doc-map" viewBox="0 0 ${W} ${H}" role="group" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(`Quan hệ của ${current} với các tài liệu khác và các văn bản nó trích dẫn`)}</title>${parts.join("")}</svg>`;
}
