/**
 * How the built site is served: the one source of truth for the nginx configuration and for the
 * `_headers` / `_redirects` files of static hosts (scripts/deploy/nginx.ts, static-host.ts). Every
 * rule is by path, first match wins, so each file of dist/ gets exactly one value of each header.
 */
import { SHARE_PREFIX } from "../model/share.ts";

/** A path rule: the path starts with `prefix`, or ends with `suffix`. */
export interface PathMatch {
  prefix?: string;
  suffix?: string;
}

export interface PathRule<T> {
  match: PathMatch;
  value: T;
  /** Why, written into the generated files beside the rule. */
  why: string;
}

/** Embed pages (`/nhung/chi-tieu/<indicator>/`, PRODUCT.md): the only pages another site may frame. */
export const EMBED_PREFIX = "/nhung/";

const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, no-cache";

/** Cache-Control by kind of file: what is named by its content is kept a year, the rest revalidates. */
export const CACHE_RULES: PathRule<string>[] = [
  { match: { prefix: "/_astro/" }, value: YEAR, why: "Astro's scripts, named by a hash of their content" },
  { match: { prefix: "/pagefind/fragment/" }, value: YEAR, why: "Pagefind's index files, named by a hash of their content" },
  { match: { prefix: "/pagefind/index/" }, value: YEAR, why: "Pagefind's index files, named by a hash of their content" },
  { match: { prefix: "/pagefind/filter/" }, value: YEAR, why: "Pagefind's index files, named by a hash of their content" },
  { match: { suffix: ".pf_meta" }, value: YEAR, why: "Pagefind's index files, named by a hash of their content" },
];
/** Everything else (HTML, data, pagefind.js and its entry file, images): cached, but revalidated (ETag) on every use. */
export const CACHE_DEFAULT = REVALIDATE;

/** Content types by extension (nginx `types`); the `; charset=utf-8` is added for CHARSET_TYPES. */
export const CONTENT_TYPES: Record<string, string> = {
  html: "text/html",
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  csv: "text/csv",
  txt: "text/plain",
  xml: "application/xml",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  webmanifest: "application/manifest+json",
  wasm: "application/wasm",
  // Pagefind's index, and its WebAssembly (wasm.<lang>.pagefind): gzip streams that pagefind.js
  // inflates itself, so they are bytes to the browser and are never compressed again.
  pf_meta: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_fragment: "application/octet-stream",
  pf_filter: "application/octet-stream",
  pagefind: "application/octet-stream",
};
export const DEFAULT_CONTENT_TYPE = "application/octet-stream";
/** Text types, served with `; charset=utf-8` (every text file of the site is UTF-8). */
export const CHARSET_TYPES = [
  "text/html",
  "text/css",
  "text/javascript",
  "application/json",
  "text/csv",
  "text/plain",
  "application/xml",
  "image/svg+xml",
  "application/manifest+json",
];

/** Extensions compressed at build time (a `.gz` beside the file, for nginx's gzip_static). */
export const COMPRESSED_EXTENSIONS = ["html", "css", "js", "mjs", "json", "csv", "txt", "xml", "svg", "webmanifest", "wasm"];
/** Files smaller than this are sent as they are: gzip would save less than a packet's headers. */
export const COMPRESS_MIN_BYTES = 256;
/**
 * Folders whose files get no `.gz`: the share pages (`/l/<code>/`, about 1.5 KB, one for each
 * paragraph, row and chart), whose copies would add a file per share page, a third of the site's
 * files, to save about a kilobyte each; nginx compresses them as it sends them (`gzip on`) and
 * static hosts compress by themselves (README, "How many files").
 */
export const UNCOMPRESSED_FOLDERS = [SHARE_PREFIX];
/** Whether a file of dist/ (its path from dist/, with a leading `/`) is left without a `.gz`. */
export const isUncompressed = (path: string): boolean => UNCOMPRESSED_FOLDERS.some((p) => path.startsWith(p));

/** Headers every response carries, whatever its kind. */
export const COMMON_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** The header policy of a page: its meta policy (Astro's, with the hashes) plus who may frame it. */
export function headerPolicy(metaPolicy: string, path: string): string {
  const base = metaPolicy.trim().replace(/;\s*$/, "");
  return `${base}; frame-ancestors ${isEmbed(path) ? "*" : "'none'"}`;
}

/** X-Frame-Options for browsers without frame-ancestors: none on embed pages. */
export const frameOptions = (path: string): string | undefined => (isEmbed(path) ? undefined : "DENY");

export const isEmbed = (path: string): boolean => path.startsWith(EMBED_PREFIX);

export function matches(m: PathMatch, path: string): boolean {
  return (m.prefix === undefined || path.startsWith(m.prefix)) && (m.suffix === undefined || path.endsWith(m.suffix));
}

/** The value of the first rule that matches `path`, else `fallback`. */
export function ruleFor<T>(rules: PathRule<T>[], path: string, fallback: T): T {
  return rules.find((r) => matches(r.match, path))?.value ?? fallback;
}

export const extensionOf = (path: string): string => /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";

/** The Content-Type a file is served with. */
export function contentType(path: string): string {
  const type = CONTENT_TYPES[extensionOf(path)] ?? DEFAULT_CONTENT_TYPE;
  return CHARSET_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}
