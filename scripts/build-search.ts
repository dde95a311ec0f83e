/**
 * `npm run build:search`: the pages of dist/ become search records (scripts/search/records.ts:
 * a document's section cut into its passages), which Pagefind indexes into dist/pagefind/ with the
 * vocabulary of `đ` beside them, unless the cache holds the index of exactly these pages and this
 * code (scripts/cache/dir-cache.ts).
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedDir, hashInputs } from "./cache/dir-cache.ts";
import { pageRecords, type SearchRecord } from "./search/records.ts";
import { writeSearchIndex } from "./search/write-index.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
const site = dist.startsWith(`${root}/`) ? dist.slice(root.length + 1) : dist;
const out = join(dist, "pagefind");

/** Every built page's records, in the order of their addresses; two records at one address stop the build. */
export function siteRecords(dir: string): SearchRecord[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "index.html")
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(`${out}/`))
    .sort();
  const records = files.flatMap((f) =>
    pageRecords(readFileSync(f, "utf8"), `/${relative(dir, dirname(f))}/`.replace(/^\/\/$/, "/"), relative(root, f)),
  );
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.url)) throw new Error(`two search records at ${r.url}: expected one anchor per passage`);
    seen.add(r.url);
  }
  return records;
}

// What the index depends on: every page, this code, and Pagefind's version (the lockfile).
const key = hashInputs(
  root,
  [site, "package-lock.json", "scripts/search", "scripts/build-search.ts"],
  [],
  (f) => (f.endsWith(".html") && !f.startsWith(`${site}/pagefind/`)) || !f.startsWith(`${site}/`),
);
const started = performance.now();
const cached = await cachedDir(root, "pagefind", key, out, async () => {
  rmSync(out, { recursive: true, force: true });
  const records = siteRecords(dist);
  const made = await writeSearchIndex(records, out);
  console.log(
    `search: ${made.records} records, ${made.vocabulary} words in the vocabulary of đ (${Math.round(performance.now() - started)} ms)`,
  );
});
if (cached) console.log(`dist/pagefind/ from the cache: no page has changed (${Math.round(performance.now() - started)} ms)`);
