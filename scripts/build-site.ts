/**
 * `npm run build:site`: Astro builds dist/ from generated/ and src/, unless the cache holds the
 * output for exactly these inputs (scripts/cache/dir-cache.ts): the site's code and the pipeline's
 * modules it imports, public files, generated data, configuration, locked packages, the origin
 * and Node's version.
 */
import { execFileSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedDir, hashInputs } from "./cache/dir-cache.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
// The pages import modules of scripts/ (the model, and what it uses), so all of it counts but the benchmark.
const inputs = ["src", "public", "generated", "scripts", "astro.config.mjs", "tsconfig.json", "package-lock.json", "content/site.yml"];
const key = hashInputs(root, inputs, [process.version, process.env.SITE_URL ?? ""], (f) => !f.startsWith("scripts/bench/"));
const started = performance.now();
const cached = await cachedDir(root, "astro", key, dist, () => {
  execFileSync("npx", ["astro", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
});
if (cached) console.log(`dist/ from the cache: nothing Astro reads has changed (${Math.round(performance.now() - started)} ms)`);
