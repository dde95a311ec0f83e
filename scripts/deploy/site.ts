/**
 * What the server configuration is generated from: the files of the built site, the
 * Content-Security-Policy its pages carry in their <meta> (Astro's, with the hashes of the inlined
 * styles and scripts) and the declared page redirects. Read from dist/, so the configuration cannot
 * disagree with the site it serves.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { COMMON_HEADERS, contentType, extensionOf, CACHE_DEFAULT, CACHE_RULES, frameOptions, headerPolicy, ruleFor } from "./policy.ts";

/** Files the build writes for the server, not pages of the site. */
export const CONFIG_FILES = ["/_headers", "/_redirects"];

export interface SiteModel {
  /** Every file of the site as its URL path (`/index.html`, `/_astro/x.js`), sorted; no `.gz` copies. */
  files: string[];
  /** The policy most pages carry (every page, today). */
  policy: string;
  /** Pages whose policy differs from `policy`, by file path. */
  pagePolicies: Map<string, string>;
  /** Moved pages (not anchors: a server never sees an anchor): the old path and where it went. */
  redirects: { from: string; to: string }[];
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The site's files (URL paths), without precompressed copies and the host's own files. */
export function siteFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .filter((f) => !f.endsWith(".gz") && !CONFIG_FILES.includes(f))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads the built site; `redirects` are the declared ones (scripts/publish/redirects.ts). */
export function readSite(dist: string, redirects: { from: string; to: string }[]): SiteModel {
  const files = siteFiles(dist);
  const policies = new Map<string, string>();
  for (const f of files.filter((f) => f.endsWith(".html"))) {
    const m = META_CSP.exec(readFileSync(join(dist, f), "utf8"));
    if (m) policies.set(f, decode(m[1]!));
  }
  const counts = new Map<string, number>();
  for (const p of policies.values()) counts.set(p, (counts.get(p) ?? 0) + 1);
  const policy = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (policy === undefined) throw new Error(`${dist}: no page carries a Content-Security-Policy <meta>; is this the built site?`);
  const pagePolicies = new Map([...policies].filter(([, p]) => p !== policy));
  const pageRedirects = redirects.filter((r) => !r.from.includes("#")).map(({ from, to }) => ({ from, to }));
  return { files, policy, pagePolicies, redirects: pageRedirects };
}

/**
 * The headers a file is served with (besides Content-Type, ETag and Vary): the same function for
 * nginx and static hosts, and what the tests expect. `path` is the file's path (`/x/index.html`).
 */
export function headersFor(site: SiteModel, path: string): Record<string, string> {
  const out: Record<string, string> = {
    "Cache-Control": ruleFor(CACHE_RULES, path, CACHE_DEFAULT),
    "Content-Security-Policy": headerPolicy(site.pagePolicies.get(path) ?? site.policy, path),
    ...COMMON_HEADERS,
  };
  const frame = frameOptions(path);
  if (frame) out["X-Frame-Options"] = frame;
  return out;
}

/** A static host knows the usual extensions; Pagefind's are named for it. */
export const hostContentType = (path: string): string | undefined =>
  /^(pf_\w+|pagefind)$/.test(extensionOf(path)) ? contentType(path) : undefined;
