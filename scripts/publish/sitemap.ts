/**
 * `sitemap.xml` and `robots.txt` for the published pages, with absolute URLs on the site's origin
 * (a local build, without one, has no sitemap, and its robots.txt names none).
 * The share pages (`/l/…`) are left out of the sitemap (each is `noindex`, canonical to its
 * section) but not disallowed: previewers that obey robots.txt must fetch them.
 */
import type { Published } from "./collect.ts";
import { isSharePath } from "../model/share.ts";
import { escapeMarkup as esc } from "../model/text.ts";

export function sitemapXml(published: Published, origin: string): string {
  const urls = [...published.keys()]
    .filter((u) => u.endsWith("/") && !isSharePath(u))
    .map((u) => `<url><loc>${esc(new URL(u, origin).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robotsTxt(origin: string | undefined): string {
  const sitemap = origin ? `\nSitemap: ${new URL("/sitemap.xml", origin).href}\n` : "";
  return `User-agent: *\nAllow: /\nDisallow: /pagefind/\n${sitemap}`;
}
