/**
 * `npm run build:search`: Pagefind indexes the pages of dist/ into dist/pagefind/, unless the
 * cache holds the index of exactly these pages (scripts/cache/dir-cache.ts).
 */
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedDir, hashInputs } from "./cache/dir-cache.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
const site = dist.startsWith(`${root}/`) ? dist.slice(root.length + 1) : dist;
// What Pagefind reads: every page, and its own version (the lockfile).
const key = hashInputs(root, [site, "package-lock.json"], [], (f) => f.endsWith(".html") && !f.startsWith(`${site}/pagefind/`));
const started = performance.now();
const cached = await cachedDir(root, "pagefind", key, join(dist, "pagefind"), () => {
  execFileSync("npx", ["pagefind", "--site", dist, "--output-subdir", "pagefind"], { cwd: root, stdio: "inherit" });
});
if (cached) console.log(`dist/pagefind/ from the cache: no page has changed (${Math.round(performance.now() - started)} ms)`);
