/**
 * A cache of rendered preview images, outside dist/ (`.cache/previews/`, not committed): an image
 * is a pure function of its card's SVG, the fonts and the renderer, so it is kept under a hash of
 * those and copied, not drawn again, when a rebuild asks for the same one. The bytes are the same
 * with or without the cache. `BUILD_CACHE=off` turns it off (the benchmark's clean builds).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { cacheEnabled, cacheRoot } from "../cache/dir-cache.ts";

/** Bump when the rendering changes in a way the inputs below do not show. */
const RENDERER = "resvg-png-1";

let inputsHash: string | undefined;

/** What every image depends on besides its SVG: the renderer (its WebAssembly) and the font files. */
function renderInputs(): string {
  if (inputsHash) return inputsHash;
  const h = createHash("sha256").update(RENDERER);
  const require = createRequire(import.meta.url);
  h.update(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
  for (const f of ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"]) h.update(readFileSync(join(import.meta.dirname, "fonts", f)));
  inputsHash = h.digest("hex");
  return inputsHash;
}

/** The cache key of one image. */
export function imageKey(svg: string): string {
  return createHash("sha256").update(renderInputs()).update(svg).digest("hex");
}

export interface ImageCache {
  get(key: string): Uint8Array | undefined;
  set(key: string, png: Uint8Array): void;
}

/** The cache under `root` (`.cache/previews/`), or one that keeps nothing when turned off. */
export function imageCache(root: string, enabled = cacheEnabled()): ImageCache {
  if (!enabled) return { get: () => undefined, set: () => {} };
  const dir = join(cacheRoot(root), "previews");
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.png`);
  return {
    get: (key) => (existsSync(path(key)) ? readFileSync(path(key)) : undefined),
    set: (key, png) => {
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      // Written under another name and renamed, so an interrupted build never leaves half an image.
      const tmp = `${path(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, png);
      renameSync(tmp, path(key));
    },
  };
}
