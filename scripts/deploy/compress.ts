/**
 * Build-time compression: a `.gz` beside every text file worth compressing, which nginx sends as
 * it is (gzip_static) instead of compressing each response. gzip at level 9 with no name and no
 * time in the header, so two builds write the same bytes. No brotli: Debian's nginx needs a module
 * for it, static hosts compress with brotli themselves, and it saves ~15% over gzip (README).
 * A rebuild takes the copies of unchanged files from `.cache/gzip/` (kept under a hash of the
 * file's bytes), so it compresses only what changed: the bytes are the same either way.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { cacheEnabled, cacheRoot } from "../cache/dir-cache.ts";
import { COMPRESS_MIN_BYTES, COMPRESSED_EXTENSIONS, extensionOf, isUncompressed } from "./policy.ts";
import { siteFiles } from "./site.ts";

export interface Compressed {
  files: number;
  bytes: number;
  gzipBytes: number;
  /** Copies taken from the cache instead of compressed again. */
  fromCache: number;
}

/** The gzip bytes of `data`, the same on every run (Node's gzip writes no name and mtime 0). */
export const gzip = (data: Buffer): Buffer => gzipSync(data, { level: constants.Z_BEST_COMPRESSION });

/** Bump when `gzip` above changes how it compresses. */
const GZIP_VERSION = "gzip-9-1";

/** Gzip copies kept under the hash of what they compress. */
export interface GzipStore {
  get(key: string): Buffer | undefined;
  set(key: string, gz: Buffer): void;
  /** Removes every copy not asked for since the store was opened (the site no longer has those files). */
  prune(): void;
}

/** The key of a file's gzip copy: its bytes, this Node's zlib and the level. */
export const gzipKey = (data: Buffer): string =>
  createHash("sha256").update(`${GZIP_VERSION}\0${process.versions.zlib}\0`).update(data).digest("hex");

/** The store under `root` (`.cache/gzip/`), or one that keeps nothing when the cache is off. */
export function gzipStore(root: string, enabled = cacheEnabled()): GzipStore {
  if (!enabled) return { get: () => undefined, set: () => {}, prune: () => {} };
  const dir = join(cacheRoot(root), "gzip");
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.gz`);
  const used = new Set<string>();
  return {
    get: (key) => {
      used.add(key);
      return existsSync(path(key)) ? readFileSync(path(key)) : undefined;
    },
    set: (key, gz) => {
      used.add(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      // Written under another name and renamed, so an interrupted build never leaves half a copy.
      const tmp = `${path(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, gz);
      renameSync(tmp, path(key));
    },
    prune: () => {
      if (!existsSync(dir)) return;
      for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
        if (e.isFile() && !used.has(e.name.replace(/\.gz$/, ""))) rmSync(join(e.parentPath, e.name));
    },
  };
}

const noStore: GzipStore = { get: () => undefined, set: () => {}, prune: () => {} };

/**
 * Writes `file.gz` beside each compressible file of dist/ (removing those of a previous build
 * first); with `write` false only removes them (`DEPLOY_GZIP=off`, for a static host).
 */
export function compressSite(dist: string, store: GzipStore = noStore, write = true): Compressed {
  const all = siteFiles(dist);
  const out: Compressed = { files: 0, bytes: 0, gzipBytes: 0, fromCache: 0 };
  // The site makes no .gz of its own: every one is a copy from a previous build.
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true }))
    if (e.isFile() && e.name.endsWith(".gz")) rmSync(join(e.parentPath, e.name));
  if (!write) return out;
  for (const f of all) {
    if (!COMPRESSED_EXTENSIONS.includes(extensionOf(f)) || isUncompressed(f) || statSync(join(dist, f)).size < COMPRESS_MIN_BYTES) continue;
    const data = readFileSync(join(dist, f));
    const key = gzipKey(data);
    const kept = store.get(key);
    const packed = kept ?? gzip(data);
    if (kept) out.fromCache++;
    else store.set(key, packed);
    if (packed.length >= data.length) continue;
    writeFileSync(join(dist, `${f}.gz`), packed);
    out.files++;
    out.bytes += data.length;
    out.gzipBytes += packed.length;
  }
  store.prune();
  return out;
}
