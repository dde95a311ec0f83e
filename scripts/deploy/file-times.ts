/**
 * The times of the files of dist/. nginx's ETag is the file's mtime and size, so a file written by
 * every build would change its ETag on every deploy of the same bytes, and every revalidation would
 * download it again. Each file gets the sources' date (`SOURCE_DATE_EPOCH`, else the latest `date`
 * in content/sources/sources.yml) minus a number of seconds read from a hash of its bytes: the same
 * bytes always have the same time, and two files of different bytes almost never share one, so an
 * edit that keeps a file's size still changes its ETag and its Last-Modified.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, utimesSync } from "node:fs";
import { join } from "node:path";

/** Up to about 194 days before the sources' date. */
const SPREAD_SECONDS = 2 ** 24;

/** The sources' time in seconds: `SOURCE_DATE_EPOCH` if set, else the latest of `dates` (YYYY or YYYY-MM-DD, UTC). */
export function sourceEpoch(dates: readonly string[], env: string | undefined = process.env.SOURCE_DATE_EPOCH): number {
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  const times = dates.map((d) => Date.parse(d.length === 4 ? `${d}-01-01T00:00:00Z` : `${d}T00:00:00Z`) / 1000);
  return Math.max(0, ...times.filter((t) => Number.isFinite(t)));
}

/** The time a file of these bytes gets, in seconds. */
export function fileTime(bytes: Uint8Array, epoch: number): number {
  return epoch - (createHash("sha256").update(bytes).digest().readUInt32BE(0) % SPREAD_SECONDS);
}

/** Sets the time of every file under `dir`; returns how many. */
export function setFileTimes(dir: string, epoch: number): number {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const f of files) {
    const path = join(f.parentPath, f.name);
    const t = fileTime(readFileSync(path), epoch);
    utimesSync(path, t, t);
  }
  return files.length;
}
