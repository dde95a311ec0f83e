/**
 * `npm run build:deploy`, the last step of the build: what the server needs beside the site.
 * Compresses the text files (file.gz), writes `_headers` and `_redirects` into dist/ (static
 * hosts read them there) and the nginx configuration into deploy/nginx.conf, all from the built
 * site and scripts/deploy/policy.ts. The origin's host is the nginx server_name.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compressSite, gzipStore } from "./deploy/compress.ts";
import { nginxSite } from "./deploy/nginx.ts";
import { readSite } from "./deploy/site.ts";
import { headersFile, redirectsFile } from "./deploy/static-host.ts";
import { siteOrigin } from "./publish/origin.ts";
import { readRedirects } from "./publish/redirects.ts";

/** Where the site is copied on the server, in the generated configuration. */
export const SERVER_ROOT = "/var/www/bao-cao";
export const deployDir = (root: string): string => join(root, "deploy");

/** The nginx configuration for the server (`deploy/nginx.conf`). */
export function serverConfig(root: string, dist: string): string {
  const site = readSite(dist, [...readRedirects(root).values()]);
  return nginxSite(site, { listen: "80", root: SERVER_ROOT, serverName: new URL(siteOrigin(root)).hostname });
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
  mkdirSync(deployDir(root), { recursive: true });
  writeFileSync(join(deployDir(root), "nginx.conf"), serverConfig(root, dist));
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(
    `deploy: ${c.files} files compressed (${mb(c.bytes)} MB → ${mb(c.gzipBytes)} MB gzip; ${c.fromCache} copies from .cache/), dist/_headers, dist/_redirects ` +
      `(${site.redirects.length} moved pages), deploy/nginx.conf (${Math.round(performance.now() - started)} ms)`,
  );
}
