/**
 * Draws the preview image of every page that asks for one (meta `bc-preview-label`), from the
 * page's own label, title and description, as `xem-truoc.png` beside its index.html.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
  return { label, title: meta("bc-preview-title") ?? "", description: meta("description") ?? "" };
}

/**
 * Writes the preview of every page that asks for one; images the cache holds are copied, the rest
 * drawn on all cores and added to it. Returns how many pages have one and how many were drawn.
 */
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
  const missing: typeof wanted = [];
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
  return { previews: wanted.length, drawn: missing.length };
}
