/**
 * An indicator's chart as an image to take away (/chi-tieu/<id>/bieu-do.svg, and the PNG drawn
 * from it, bieu-do.png): the same bars as the page's chart, with the title, the unit line, every
 * bar's kind and value, the sources with their lines and the page's address written into the
 * image. Unlike the page's chart, its text is laid out here, with the advances of the Noto Sans
 * files kept in the repo (scripts/previews/fonts/, the font the PNG is drawn with), and wrapped
 * with room to spare, so a viewer that shows the SVG in a somewhat wider font keeps it inside too.
 */
import type { Indicator } from "../../scripts/model/indicators.ts";
import { wrapMeasured, type Measure } from "../../scripts/model/font-metrics.ts";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { barShape, chartDomain, chartKey, chartUnitLine, valueText, type ChartBar, type IndicatorChart } from "./chart.ts";
import { kindName, regionName, sourcesByDocument } from "./indicators.ts";
import { siteName } from "./scope.ts";

/** The image files of an indicator's chart, beside its page. */
export const chartImageUrls = (ind: Indicator): { svg: string; png: string } => ({
  svg: `/chi-tieu/${ind.id}/bieu-do.svg`,
  png: `/chi-tieu/${ind.id}/bieu-do.png`,
});

export interface ChartImageInput {
  ind: Indicator;
  chart: IndicatorChart;
  /** A document's short title, by its id. */
  docTitle: (id: string) => string;
  /** The site's origin (Astro.site), for the address written under the chart; none in a local build. */
  site: URL | undefined;
  /** Noto Sans Regular and Bold. */
  fonts: { regular: Measure; bold: Measure };
  /** The light theme's design tokens (src/lib/tokens.ts). */
  colours: Record<string, string>;
}

/** The image's width; the PNG is drawn at this size. */
export const IMAGE_WIDTH = 1200;
const X = 64,
  WIDTH = IMAGE_WIDTH - 2 * X,
  /** Lines are wrapped to this share of the room, for fonts a little wider than Noto Sans. */
  SLACK = 0.9,
  GROUP_INDENT = 20,
  BAR_H = 20;

/** A text element as laid out: where it starts (or ends, `anchor: "end"`), its size and weight. */
interface Placed {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  anchor?: "end";
}

/** The sources line of the chart's caption: “Nguồn: <document>, dòng 12, 34; <document>, dòng 56.” */
export function chartSourceLine(chart: IndicatorChart, docTitle: (id: string) => string): string {
  const parts = sourcesByDocument(chart.drawn).map(([id, vs]) => `${docTitle(id)}, dòng ${vs.map((v) => v.source.line).join(", ")}`);
  return `Nguồn: ${parts.join("; ")}.`;
}

/** The chart image as a self-contained SVG, `IMAGE_WIDTH` wide and as tall as its content. */
export function chartImageSvg({ ind, chart, docTitle, site, fonts, colours: c }: ChartImageInput): string {
  const measure = (p: { size: number; bold: boolean }) => (s: string) => (p.bold ? fonts.bold : fonts.regular)(s, p.size);
  const texts: Placed[] = [];
  const shapes: string[] = [];
  let y = 0;
  /** Wrapped lines of one paragraph from `x`, each `step` below the last; `y` moves past them. */
  const paragraph = (text: string, size: number, bold: boolean, fill: string, step: number, x = X, width = WIDTH) => {
    for (const line of wrapMeasured(text, measure({ size, bold }), width * SLACK)) {
      y += step;
      texts.push({ x, y, text: line, size, bold, fill });
    }
  };

  paragraph(site ? `${siteName()} · ${site.host}` : siteName(), 20, false, c.muted!, 56);
  y += 12;
  paragraph(ind.name, 36, true, c.text!, 46);
  y += 10;
  paragraph(chartUnitLine(chart), 22, false, c.muted!, 30);
  y += 18;

  const [d0, d1] = chartDomain(chart.groups);
  const left = X + GROUP_INDENT,
    room = WIDTH - GROUP_INDENT;
  const at = (n: number) => left + ((n - d0) / (d1 - d0)) * room;
  for (const g of chart.groups) {
    const colour = c[`region-${g.region}`]!;
    const top = y + 8;
    y += 8;
    paragraph(regionName(g.region), 26, true, colour, 34, left, room);
    for (const b of g.bars) {
      y += 10;
      const value = valueText(b.value, ind.unit);
      const valueWidth = measure({ size: 22, bold: true })(value);
      const labelRoom = room * SLACK - valueWidth - 24;
      const label = kindName(b.value.kind);
      const ownLine = labelRoom < room * 0.4;
      const labelTop = y;
      paragraph(label, 22, false, c.muted!, 30, left, ownLine ? room : labelRoom / SLACK);
      if (ownLine) y += 30;
      else y = Math.max(y, labelTop + 30);
      texts.push({ x: left + room, y, text: value, size: 22, bold: true, fill: c.text!, anchor: "end" });
      y += 8;
      shapes.push(barShapes(b, at, y, colour));
      y += BAR_H;
    }
    shapes.push(`<rect x="${X}" y="${top}" width="4" height="${y - top}" fill="${colour}"/>`);
    y += 18;
  }

  paragraph(chartKey(chart), 20, false, c.muted!, 28);
  y += 8;
  paragraph(chartSourceLine(chart, docTitle), 20, false, c.text!, 28);
  y += 8;
  if (site) paragraph(`Xem trang chỉ tiêu: ${new URL(ind.url, site).href}`, 20, false, c.link!, 28);
  const height = Math.ceil(y + 40);

  const text = (t: Placed) =>
    `<text x="${t.x.toFixed(1)}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ""} fill="${t.fill}"` +
    `${t.anchor ? ` text-anchor="${t.anchor}"` : ""}>${esc(t.text)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" ` +
    `font-family="Noto Sans">` +
    `<title>${esc(`Biểu đồ: ${ind.name}`)}</title>` +
    `<rect width="${IMAGE_WIDTH}" height="${height}" fill="${c.bg}"/>` +
    `<rect width="12" height="${height}" fill="${c.accent}"/>` +
    shapes.join("") +
    texts.map(text).join("") +
    `</svg>\n`
  );
}

/** One bar, as on the page (src/lib/chart.ts): solid, a range's lighter rest, an open end, or an outline for “at most”. */
function barShapes(bar: ChartBar, at: (n: number) => number, top: number, colour: string): string {
  const zero = at(0);
  const from = (n: number) => Math.min(zero, at(n)).toFixed(1);
  const w = (a: number, b: number) => Math.max(Math.abs(at(b) - at(a)), 1).toFixed(1);
  const shape = barShape(bar.value);
  if (shape === "upto")
    return (
      `<rect x="${from(bar.hi)}" y="${top + 1}" width="${w(0, bar.hi)}" height="${BAR_H - 2}" ` +
      `fill="none" stroke="${colour}" stroke-width="2"/>`
    );
  let s = `<rect x="${from(bar.lo)}" y="${top}" width="${w(0, bar.lo)}" height="${BAR_H}" fill="${colour}"/>`;
  if (shape === "range")
    s += `<rect x="${at(bar.lo).toFixed(1)}" y="${top}" width="${w(bar.lo, bar.hi)}" height="${BAR_H}" fill="${colour}" fill-opacity="0.45"/>`;
  if (shape === "open")
    s += `<path d="M${at(bar.lo).toFixed(1)},${top}h40l24,${BAR_H / 2}l-24,${BAR_H / 2}h-40z" ` + `fill="${colour}" fill-opacity="0.3"/>`;
  return s;
}
