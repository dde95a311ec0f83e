/**
 * `npm run build:deploy`, the last step of the build: what the server needs beside the site.
 * Compresses the text files (file.gz), writes `_headers` and `_redirects` into dist/ (static
 * hosts read them there) and the nginx configuration into deploy/nginx.conf, all from the built
 * site and scripts/deploy/policy.ts. The origin's host is the nginx server_name. Last, each
 * file's time is set from its bytes and the sources' date (scripts/deploy/file-times.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compressSite, gzipStore } from "./deploy/compress.ts";
import { setFileTimes, sourceEpoch } from "./deploy/file-times.ts";
import { readMetadata } from "./ingest/read-sources.ts";
import { nginxSite } from "./deploy/nginx.ts";
import { readSite } from "./deploy/site.ts";
import { headersFile, redirectsFile } from "./deploy/static-host.ts";
import { siteOrigin } from "./publish/origin.ts";
import { readRedirects } from "./publish/redirects.ts";

/** Where the site is copied on the server, in the generated configuration. */
export const SERVER_ROOT = "/var/www/bao-cao";
export const deployDir = (root: string): string => join(root, "deploy");

/** nginx's server_name: the origin's host, or `_` (any) for a local build without an address. */
const serverName = (origin: string | undefined): string => (origin ? new URL(origin).hostname : "_");

/** The nginx configuration for the server (`deploy/nginx.conf`). */
export function serverConfig(root: string, dist: string): string {
  const site = readSite(dist, [...readRedirects(root).values()]);
  return nginxSite(site, { listen: "80", root: SERVER_ROOT, serverName: serverName(siteOrigin(root)) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
  const started = performance.now();
  const site = readSite(dist, [...readRedirects(root).values()]);
  writeFileSync(join(dist, "_headers"), headersFile(site));
  writeFileSync(join(dist, "_redirects"), redirectsFile(site));
  // A static host compresses by itself and never reads the .gz: DEPLOY_GZIP=off leaves them out (README, "How many files").
  const c = compressSite(dist, gzipStore(root), process.env.DEPLOY_GZIP !== "off");
  // Last, when every file is written: times from the bytes and the sources, never the clock.
  const epoch = sourceEpoch(readMetadata(root).map((m) => m.date));
  const timed = setFileTimes(dist, epoch);
  mkdirSync(deployDir(root), { recursive: true });
  writeFileSync(join(deployDir(root), "nginx.conf"), serverConfig(root, dist));
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(
    `deploy: ${c.files} files compressed (${mb(c.bytes)} MB → ${mb(c.gzipBytes)} MB gzip; ${c.fromCache} copies from .cache/), dist/_headers, dist/_redirects ` +
      `(${site.redirects.length} moved pages), deploy/nginx.conf; ${timed} file times from their bytes and ${new Date(epoch * 1000).toISOString().slice(0, 10)} (${Math.round(performance.now() - started)} ms)`,
  );
}
