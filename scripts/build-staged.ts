/**
 * The four steps of `npm run build` that write the site (build:site, build:publish, build:search,
 * build:deploy), run into a staging folder beside dist/ (`dist.staging/`); dist/ is replaced by it
 * only when every step has passed. A failed step leaves the last good dist/ whole, and no server
 * ever reads a half-built one. Each step stays its own npm script, which can still be run alone on
 * dist/ (README, "The stages").
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The npm scripts run in the staging folder, in order. */
export const STAGED_STEPS = ["build:site", "build:publish", "build:search", "build:deploy"];

/** The staging folder of `dist`, and the name the old one has for a moment while they are swapped. */
export const stagingOf = (dist: string) => ({ staging: `${dist}.staging`, old: `${dist}.old` });

/** Puts `staging` in the place of `dist` (two renames), then removes the old dist/. */
export function promote(dist: string): void {
  const { staging, old } = stagingOf(dist);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
}

/** Runs `steps` (npm scripts) with SITE_OUT_DIR set to the staging folder; promotes it only when all pass. */
export function buildStaged(root: string, dist: string, steps = STAGED_STEPS): { failed?: string } {
  const { staging } = stagingOf(dist);
  rmSync(staging, { recursive: true, force: true });
  for (const step of steps) {
    const r = spawnSync("npm", ["run", "--silent", step], { cwd: root, stdio: "inherit", env: { ...process.env, SITE_OUT_DIR: staging } });
    if (r.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      return { failed: step };
    }
  }
  promote(dist);
  return {};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
  const { failed } = buildStaged(root, dist);
  if (failed) {
    console.error(`build: ${failed} failed; ${dist} is left as it was (the last good build, if any)`);
    process.exit(1);
  }
  console.log(`build: every step passed; ${dist} replaced`);
}
