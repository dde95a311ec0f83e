/**
 * `npm run build:site`: Astro builds dist/ from generated/ and src/, unless the cache holds the
 * output for exactly these inputs (scripts/cache/dir-cache.ts): the site's code and the pipeline's
 * modules it imports, public files, generated data, configuration, locked packages, the origin
 * and Node's version. When only generated/ changed, Astro renders again only the pages whose
 * files of generated/ changed (scripts/cache/page-inputs.ts) and copies the others from its cache.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheEnabled, cacheRoot, cachedDir, hashInputs } from "./cache/dir-cache.ts";
import { inputsFile, inputsLog, mergeInputs, pageKey, readInputsLog, readPageInputs, type PageInputs } from "./cache/page-inputs.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
// The pages import modules of scripts/ (the model, and what it uses), so all of it counts but the benchmark.
const code = ["src", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package-lock.json", "content/site.yml"];
const notBench = (f: string) => !f.startsWith("scripts/bench/");
const extra = [process.version, process.env.SITE_URL ?? ""];
const key = hashInputs(root, [...code, "generated"], extra, notBench);
// What every page depends on but generated/: the code, and the one file of generated/ Vite bundles (the regions' colours).
const codeKey = hashInputs(root, [...code, "generated/regions.css"], extra, notBench);
const pagesCache = join(cacheRoot(root), "astro-pages");

/** Astro's record of the pages it may skip next time (experimental.incrementalBuild), as far as it is read here. */
interface AstroManifest {
  routes: Record<string, { paths: Record<string, { cacheKey?: string | number }> }>;
}

/**
 * After Astro: keeps what each page read, and gives every page Astro recorded the key it will
 * have next time if its inputs stay the same (a page rendered for the first time was keyed `new`).
 */
function keepPageInputs(): void {
  const inputs: PageInputs = mergeInputs(readPageInputs(pagesCache), codeKey, readInputsLog(pagesCache));
  writeFileSync(inputsFile(pagesCache), `${JSON.stringify(inputs)}\n`);
  const manifestFile = join(pagesCache, "incremental-build.json");
  if (!existsSync(manifestFile)) return;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as AstroManifest;
  const trim = (p: string) => p.replace(/\/$/, "");
  const byPath = new Map(Object.values(inputs.pages).map((p) => [trim(p.pathname), p]));
  const generated = join(root, "generated");
  for (const route of Object.values(manifest.routes))
    for (const [pathname, entry] of Object.entries(route.paths)) {
      const read = byPath.get(trim(pathname));
      // A page whose reads are unknown keeps a key no page is given, so it is rendered next time.
      entry.cacheKey = read ? pageKey(generated, codeKey, inputs.global, read.inputs, read.derived) : "unknown";
    }
  writeFileSync(manifestFile, JSON.stringify(manifest, null, "\t"));
}

const started = performance.now();
const cached = await cachedDir(root, "astro", key, dist, () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  if (cacheEnabled()) {
    mkdirSync(pagesCache, { recursive: true });
    rmSync(inputsLog(pagesCache), { force: true });
    Object.assign(env, { PAGE_INPUTS_DIR: pagesCache, PAGE_INPUTS_CODE: codeKey });
  }
  execFileSync("npx", ["astro", "build"], { cwd: root, stdio: "inherit", env });
  if (cacheEnabled()) keepPageInputs();
});
if (cached) console.log(`dist/ from the cache: nothing Astro reads has changed (${Math.round(performance.now() - started)} ms)`);
