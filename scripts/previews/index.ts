/**
 * Draws the preview image of every page that asks for one (meta `bc-preview-label`), from the
 * page's own label, title and description, as `xem-truoc.png` beside its index.html; and the PNG
 * of every chart image, `bieu-do.png` beside its `bieu-do.svg`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { imageKey, type ImageCache } from "./cache.ts";
import { cardSvg, type CardText } from "./card.ts";
import { renderAll } from "./pool.ts";
import { decodeEntities } from "../model/text.ts";

export const PREVIEW_FILE = "xem-truoc.png";

/** The card's words from a page's HTML, or nothing when the page has no preview. */
export function cardOf(html: string): CardText | undefined {
  const meta = (name: string) => {
    const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
    return m ? decodeEntities(m[1]!) : undefined;
  };
  const label = meta("bc-preview-label");
  if (label === undefined) return undefined;
  const site = /<meta property="og:site_name" content="([^"]*)"/.exec(html)?.[1];
  return { site: site ? decodeEntities(site) : "", label, title: meta("bc-preview-title") ?? "", description: meta("description") ?? "" };
}

/** An image to write: its file, the SVG it is drawn from, and its cache key. */
interface Wanted {
  file: string;
  svg: string;
  key: string;
}

/** Writes each image: those the cache holds are copied, the rest drawn on all cores and added to it. Returns how many were drawn. */
async function drawAll(wanted: Wanted[], cache: ImageCache): Promise<number> {
  const missing: Wanted[] = [];
  for (const w of wanted) {
    const hit = cache.get(w.key);
    if (hit) writeFileSync(w.file, hit);
    else missing.push(w);
  }
  const drawn = await renderAll(missing.map((m) => m.svg));
  missing.forEach((m, i) => {
    writeFileSync(m.file, drawn[i]!);
    cache.set(m.key, drawn[i]!);
  });
  return missing.length;
}

/** Writes the preview of every page that asks for one. Returns how many pages have one and how many were drawn. */
export async function renderPreviews(dist: string, cache: ImageCache): Promise<{ previews: number; drawn: number }> {
  const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .sort();
  const wanted = pages.flatMap((rel) => {
    const card = cardOf(readFileSync(join(dist, rel), "utf8"));
    if (!card) return [];
    const svg = cardSvg(card);
    return [{ file: join(dist, dirname(rel), PREVIEW_FILE), svg, key: imageKey(svg) }];
  });
  return { previews: wanted.length, drawn: await drawAll(wanted, cache) };
}

export const CHART_SVG = "bieu-do.svg";
export const CHART_PNG = "bieu-do.png";

/**
 * Draws the PNG of every chart image Astro wrote (/chi-tieu/<id>/bieu-do.svg, src/lib/chart-image.ts)
 * beside it, from that very SVG, with the preview cache. Returns how many there are and how many were drawn.
 */
export async function renderChartImages(dist: string, cache: ImageCache): Promise<{ charts: number; drawn: number }> {
  const svgs = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => basename(f) === CHART_SVG)
    .sort();
  const wanted = svgs.map((rel) => {
    const svg = readFileSync(join(dist, rel), "utf8");
    return { file: join(dist, dirname(rel), CHART_PNG), svg, key: imageKey(svg) };
  });
  return { charts: wanted.length, drawn: await drawAll(wanted, cache) };
}
