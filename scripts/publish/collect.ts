/**
 * What the built site publishes: every page URL in `dist/` and the ids of the elements inside its
 * <main> (headings, paragraphs, table rows, indicators, charts). Page chrome (header, footer) is
 * left out, as are generated redirect pages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type Published = Map<string, string[]>;

/** Marks a redirect page written by this stage, so a later collection skips it. */
export const REDIRECT_MARK = '<meta name="bc-redirect" content="1">';

/**
 * Files this stage writes itself, the server's files (scripts/deploy.ts: `_headers`, `_redirects`,
 * and the `.gz` copy beside a file), and folders of hashed build assets are not part of the contract.
 */
const OWN = new Set(["sitemap.xml", "robots.txt", "_headers", "_redirects"]);

/** The files of the built site that are published (not pagefind/ or _astro/, not the files this stage or the server's writes). */
export function siteFiles(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return top && (e.name === "pagefind" || e.name === "_astro") ? [] : siteFiles(path, false);
    return (top && OWN.has(e.name)) || e.name.endsWith(".gz") ? [] : [path];
  });
}

/** The URL a file of the built site is served at (`a/b/index.html` → `/a/b/`). */
export function urlOfFile(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join("/");
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The ids inside <main> of one page's HTML, in document order. */
export function mainIds(html: string): string[] {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < start) return [];
  return [...html.slice(start, end).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Every page of `dist/` (but 404.html and redirect pages) with the ids inside its <main>, and
 * every other file published (data downloads, icons), without anchors.
 */
export function collectPublished(dist: string): Published {
  const out: Published = new Map();
  for (const file of siteFiles(dist).sort()) {
    const url = urlOfFile(dist, file);
    if (url === "/404.html") continue;
    if (!file.endsWith(".html")) {
      out.set(url, []);
      continue;
    }
    const html = readFileSync(file, "utf8");
    if (html.includes(REDIRECT_MARK)) continue;
    out.set(url, mainIds(html));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
