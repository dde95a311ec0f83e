/**
 * The last stage before the search index: checks what the built site publishes against the
 * committed manifest (content/published.txt) and the declared redirects, then writes the
 * redirect pages, anchor moves, sitemap.xml and robots.txt into dist/. Before the check it draws
 * the preview and chart images and writes the share pages (`/l/<code>/`), which are published
 * too. If the check fails, dist/ is removed, so no half-checked site is left to serve.
 * `--update-manifest` rewrites the manifest with what is published now, keeping every entry it
 * had (so nothing is silently dropped).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { collectPublished, type Published } from "./publish/collect.ts";
import { compareWithManifest, formatManifest, MANIFEST_PATH, parseManifest } from "./publish/manifest.ts";
import { anchorMovesScript, checkRedirects, readRedirects, redirectPage, type Redirects } from "./publish/redirects.ts";
import { addMovedNotes, keepIdInPlace, pageTitle } from "./publish/anchor-moves.ts";
import { robotsTxt, sitemapXml } from "./publish/sitemap.ts";
import { NO_ADDRESS_NOTE, siteOrigin } from "./publish/origin.ts";
import { readText } from "./ingest/read-text.ts";
import { BuildError, type Diagnostic } from "./model/diagnostics.ts";
import { renderChartImages, renderPreviews } from "./previews/index.ts";
import { siteReaderTextProblems } from "./publish/reader-text.ts";
import { imageCache } from "./previews/cache.ts";
import { writeSharePages, type ShareResult } from "./publish/share-pages.ts";

export interface PublishResult {
  pages: number;
  anchors: number;
  redirects: number;
  previews: number;
  /** Preview images drawn in this build (the others came from the cache). */
  drawn: number;
  /** Chart images (PNG beside each chart's SVG), and how many were drawn in this build. */
  charts: number;
  chartsDrawn: number;
  /** The share pages (`/l/<code>/`) written, and their bytes. */
  shares: ShareResult;
  unlisted: string[];
}

/** Applies the redirects to the built site: pages at old addresses, and moved anchors (scripts/publish/anchor-moves.ts). */
function writeRedirects(dist: string, redirects: Redirects): void {
  const crossPage = new Map<string, Record<string, string>>();
  const fileOf = (url: string) => join(dist, url, "index.html");
  for (const r of redirects.values()) {
    const [fromUrl, fromAnchor] = r.from.split("#") as [string, string | undefined];
    const [toUrl, toAnchor] = r.to.split("#") as [string, string | undefined];
    if (!fromAnchor) {
      const file = fileOf(fromUrl);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, redirectPage(r.to));
    } else if (fromUrl === toUrl) {
      writeFileSync(fileOf(toUrl), keepIdInPlace(readFileSync(fileOf(toUrl), "utf8"), fromAnchor, toAnchor));
    } else {
      crossPage.set(fromUrl, { ...crossPage.get(fromUrl), [fromAnchor]: r.to });
    }
  }
  for (const [url, moves] of crossPage) {
    const file = fileOf(url);
    if (!existsSync(file)) continue; // the whole page moved: its redirect page carries the anchor along
    const notes = Object.entries(moves).map(([id, to]) => ({ id, to, title: pageTitle(readFileSync(fileOf(to.split("#")[0]!), "utf8")) }));
    const html = addMovedNotes(readFileSync(file, "utf8"), notes);
    writeFileSync(file, html.replace("</head>", `${anchorMovesScript(moves)}</head>`));
  }
}

export async function publish(root: string, dist: string, options: { updateManifest?: boolean } = {}): Promise<PublishResult> {
  // The content files first, so that a broken one stops this stage before it writes anything.
  const redirects = readRedirects(root);
  const manifestFile = join(root, MANIFEST_PATH);
  // A missing manifest lists nothing: every published URL is then reported as not listed yet.
  const manifest = readText(root, MANIFEST_PATH);
  const { entries, problems } = manifest === undefined ? { entries: [], problems: [] } : parseManifest(manifest);
  const origin = siteOrigin(root);
  // Preview images next: they are published files too.
  const cache = imageCache(root);
  const { previews, drawn } = await renderPreviews(dist, cache);
  const { charts, drawn: chartsDrawn } = await renderChartImages(dist, cache);
  // Then the share pages of the anchors the built pages share, published like every page.
  const { result: shares, problems: shareProblems } = writeSharePages(dist, root, origin);
  if (shareProblems.length) throw new BuildError(shareProblems);
  const published: Published = collectPublished(dist);
  const { missing, unlisted } = compareWithManifest(entries, published, redirects);
  const errors: Diagnostic[] = [...problems, ...missing, ...checkRedirects(redirects, published), ...siteReaderTextProblems(dist, root)];
  if (errors.length) throw new BuildError(errors);
  if (options.updateManifest) writeFileSync(manifestFile, formatManifest(published, entries));
  else if (unlisted.length) {
    throw new BuildError([
      {
        file: MANIFEST_PATH,
        line: 1,
        message: `${unlisted.length} published URLs or anchors are not in the manifest yet (first: ${unlisted.slice(0, 3).join(", ")})`,
        expected: "run `npm run manifest` and commit content/published.txt",
        rule: "published-url",
        fatal: true,
      },
    ]);
  }
  writeRedirects(dist, redirects);
  if (origin) writeFileSync(join(dist, "sitemap.xml"), sitemapXml(published, origin));
  else rmSync(join(dist, "sitemap.xml"), { force: true });
  writeFileSync(join(dist, "robots.txt"), robotsTxt(origin));
  return {
    pages: published.size,
    anchors: [...published.values()].reduce((n, ids) => n + ids.length, 0),
    redirects: redirects.size,
    previews,
    drawn,
    charts,
    chartsDrawn,
    shares,
    unlisted: options.updateManifest ? unlisted : [],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
  try {
    const r = await publish(root, dist, { updateManifest: process.argv.includes("--update-manifest") });
    const added = r.unlisted.length ? `; added ${r.unlisted.length} new entries to the manifest` : "";
    console.log(
      `published ${r.pages} URLs (${r.previews} preview images, ${r.drawn} drawn, the rest from .cache/; ` +
        `${r.charts} chart images, ${r.chartsDrawn} drawn; ${r.shares.pages} share pages, ${Math.round(r.shares.bytes / 1024)} KB) ` +
        `and ${r.anchors} anchors, all in ${MANIFEST_PATH}; ${r.redirects} redirects${added}`,
    );
    if (!siteOrigin(root)) console.log(`note: ${NO_ADDRESS_NOTE}`);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    console.error(e.message);
    rmSync(dist, { recursive: true, force: true });
    console.error(`${dist} removed: the site was not published`);
    process.exit(1);
  }
}
