/**
 * The share pages (`/l/<code>/`, scripts/model/share.ts): for every anchor a built page shares
 * (scripts/publish/share-targets.ts), a tiny page whose preview quotes that paragraph, row or chart
 * and which sends a person on to it.
 *
 * Why the page is made this way. Link previews (Facebook's facebookexternalhit, Zalo, Telegram,
 * X) fetch an address without its `#…` and run no JavaScript, so a paragraph's anchor previews as
 * its section; hence an address of its own, whose <head> has its own tags:
 * - `og:url` is the share address itself. Facebook takes `og:url` as the object's canonical
 *   address and, when it differs from the page fetched, fetches that one and shows its tags
 *   (developers.facebook.com/docs/sharing/webmasters/getting-started/versioned-link): pointing it
 *   at the section would bring the section's preview back.
 * - `<link rel="canonical">` names the section, for search engines, and `noindex` keeps the
 *   thousands of share pages out of their results (Facebook's debugger only notes that canonical
 *   and og:url differ). robots.txt still allows them: a crawler that obeys it must reach them.
 * - A person goes on with `<meta http-equiv="refresh" content="0; url=<section>#<anchor>">`: it
 *   works with JavaScript on and off and needs no script for the CSP to allow. Crawlers differ on
 *   it: Facebook keeps the tags of the page it fetched when that page has its own, and does not
 *   follow the refresh (measured in snowadays.jp/2013/10/2217); some follow it (Telegram's, which is
 *   why yinebebt/deeplink#8 moved to a script). One that follows it drops the `#…` and shows the
 *   section's own preview: less precise, still right. A script instead would strand readers
 *   without JavaScript on this page, so the refresh stays, after every tag, and a plain link is
 *   shown for a browser that has refreshing turned off.
 * - The tags come first and the page is small (no style, script, font or image of its own; an
 *   empty icon, so that a browser does not ask for /favicon.ico on the way): some previewers read
 *   only the first kilobytes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../model/diagnostics.ts";
import { previewTags, previewTagsHtml } from "../model/preview-tags.ts";
import { isSharePath, SHARE_PREFIX, sharePath } from "../model/share.ts";
import { escapeMarkup as esc } from "../model/text.ts";
import { siteFiles, urlOfFile } from "./collect.ts";
import { readShareTargets, type SharedPage, type ShareTarget } from "./share-targets.ts";

/** What the link on the page says, by what is shared. */
const WHAT: Record<ShareTarget["kind"], string> = {
  paragraph: "Đọc đoạn này",
  item: "Đọc ý này",
  row: "Xem dòng này của bảng",
  chart: "Xem biểu đồ",
  heading: "Đọc phần này",
  part: "Đọc phần này",
};

/** The share page of one anchor; `origin` makes the preview's addresses absolute (a local build has none, and no absolute tags). */
export function sharePageHtml(target: ShareTarget, page: SharedPage, origin: string | undefined): string {
  const to = `${page.url}#${encodeURIComponent(target.id)}`;
  const tags = previewTags({
    siteName: page.siteName,
    title: page.title,
    description: target.quote,
    url: origin && `${origin}${sharePath(page.url, target.id)}`,
    type: "article",
    image: page.image,
    imageAlt: page.imageAlt,
  });
  const head =
    `<meta charset="utf-8"><title>${esc(page.title)}</title>${previewTagsHtml(tags)}` +
    (origin ? `<link rel="canonical" href="${esc(origin + page.url)}">` : "") +
    `<meta name="robots" content="noindex">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">` +
    `<meta http-equiv="refresh" content="0; url=${esc(to)}">`;
  const body = `<p><a href="${esc(to)}">${WHAT[target.kind]} trong “${esc(page.title)}”</a></p>`;
  return `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>\n`;
}

export interface ShareResult {
  pages: number;
  bytes: number;
}

/**
 * Writes the share page of every anchor the built site shares into `dist/l/` (emptied first: the
 * folder is this stage's alone). Two anchors with one code stop it, naming both.
 */
export function writeSharePages(dist: string, root: string, origin: string | undefined): { result: ShareResult; problems: Diagnostic[] } {
  rmSync(join(dist, SHARE_PREFIX), { recursive: true, force: true });
  const problems: Diagnostic[] = [];
  const pages = new Map<string, string>();
  const owner = new Map<string, { key: string; file: string; line: number }>();
  for (const file of siteFiles(dist)
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    if (isSharePath(urlOfFile(dist, file))) continue;
    const name = relative(root, file);
    const read = readShareTargets(readFileSync(file, "utf8"), name, urlOfFile(dist, file));
    problems.push(...read.problems);
    if (!read.page) continue;
    for (const t of read.targets) {
      const path = sharePath(read.page.url, t.id);
      const key = `${read.page.url}#${t.id}`;
      const first = owner.get(path);
      if (first && first.key !== key) {
        problems.push({
          file: name,
          line: t.line,
          message: `${key} has the share address ${path}, which ${first.file}:${first.line} (${first.key}) has already`,
          expected: "one code per anchor (a 40-bit hash: rename one of the two anchors)",
          rule: "publish/share-pages",
          fatal: true,
        });
        continue;
      }
      owner.set(path, { key, file: name, line: t.line });
      pages.set(path, sharePageHtml(t, read.page, origin));
    }
  }
  let bytes = 0;
  if (!problems.length)
    for (const [path, html] of pages) {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, "index.html"), html);
      bytes += Buffer.byteLength(html);
    }
  return { result: { pages: pages.size, bytes }, problems };
}
