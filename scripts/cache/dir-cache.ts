/**
 * The build's cache of costly outputs that are pure functions of their inputs (`.cache/`, outside
 * dist/, not committed): a step's output folder is kept under a hash of every input it reads,
 * and copied back instead of made again when the inputs are the same. Copies are byte for byte,
 * so a build is the same with or without the cache; a clean clone has none and builds it all.
 * `BUILD_CACHE=off` turns it off.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const cacheRoot = (root: string): string => join(root, ".cache");
export const cacheEnabled = (): boolean => process.env.BUILD_CACHE !== "off";

/** Every file under `path` (or `path` itself), relative to `root`, sorted by code unit. */
function filesUnder(root: string, path: string, keep: (rel: string) => boolean): string[] {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [path];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter(keep)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A hash of the named files and folders (their paths and bytes) and of `extra` strings. */
export function hashInputs(root: string, paths: string[], extra: string[] = [], keep: (rel: string) => boolean = () => true): string {
  const h = createHash("sha256");
  for (const x of extra) h.update(`extra\0${x}\0`);
  for (const p of paths)
    for (const f of filesUnder(root, p, keep)) {
      h.update(`file\0${f}\0`);
      h.update(readFileSync(join(root, f)));
    }
  return h.digest("hex");
}

/**
 * Makes `outDir` with `make`, unless the cache holds the output of step `name` for `key`: then it
 * is copied there. Keeps one entry per step (the newest). Returns whether it came from the cache.
 */
export async function cachedDir(
  root: string,
  name: string,
  key: string,
  outDir: string,
  make: () => void | Promise<void>,
): Promise<boolean> {
  const dir = join(cacheRoot(root), name);
  const entry = join(dir, key);
  if (cacheEnabled() && existsSync(entry)) {
    rmSync(outDir, { recursive: true, force: true });
    cpSync(entry, outDir, { recursive: true });
    return true;
  }
  await make();
  if (cacheEnabled()) {
    rmSync(dir, { recursive: true, force: true });
    // Copied under another name and renamed, so an interrupted build never leaves half an entry.
    const tmp = join(cacheRoot(root), `${name}.${process.pid}.tmp`);
    rmSync(tmp, { recursive: true, force: true });
    cpSync(outDir, join(tmp, key), { recursive: true });
    renameSync(tmp, dir);
  }
  return false;
}
