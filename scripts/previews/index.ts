/**
 * Draws the preview image of every page that asks for one (meta `bc-preview-label`), from the
 * page's own label, title and description, as `xem-truoc.png` beside its index.html.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cardSvg, type CardText } from "./card.ts";
import { renderPng } from "./render.ts";

export const PREVIEW_FILE = "xem-truoc.png";

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

/** The card's words from a page's HTML, or nothing when the page has no preview. */
export function cardOf(html: string): CardText | undefined {
  const meta = (name: string) => {
    const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
    return m ? decode(m[1]!) : undefined;
  };
  const label = meta("bc-preview-label");
  if (label === undefined) return undefined;
  return { label, title: meta("bc-preview-title") ?? "", description: meta("description") ?? "" };
}

export async function renderPreviews(dist: string): Promise<number> {
  const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .sort();
  let n = 0;
  for (const rel of pages) {
    const card = cardOf(readFileSync(join(dist, rel), "utf8"));
    if (!card) continue;
    writeFileSync(join(dist, dirname(rel), PREVIEW_FILE), await renderPng(cardSvg(card)));
    n++;
  }
  return n;
}
