/**
 * `npm run check:deploy`, without an origin: checks the addresses in the built dist/ against the
 * site's address (scripts/deploy/addresses.ts): none invented without one, the address everywhere
 * an absolute one is needed with one.
 * `npm run check:deploy -- <origin>`: checks a deployed copy of the site from its origin. Fetches
 * one address of each page type (taken from the dist/ that was deployed) and prints, per address,
 * the status, Content-Type, Cache-Control, Content-Encoding, the CSP and its frame-ancestors, and
 * for pages the Open Graph tags of the preview; each is held against what the generated
 * configuration says (scripts/deploy/). Exits 1 when one of them is not what it should be.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPRESSED_EXTENSIONS, contentType, extensionOf, isEmbed } from "./policy.ts";
import { headersFor, readSite, type SiteModel } from "./site.ts";
import { readRedirects } from "../publish/redirects.ts";
import { siteOrigin } from "../publish/origin.ts";
import { addressProblems } from "./addresses.ts";

export interface Probe {
  name: string;
  path: string;
  /** The file that answers (for a 404: the 404 page). */
  file: string;
  status: number;
  /** For a redirect: where it must send. */
  location?: string;
}

export interface Row {
  probe: Probe;
  status: string;
  type: string;
  cache: string;
  encoding: string;
  csp: string;
  frameAncestors: string;
  og: { title: boolean; description: boolean; image: string | undefined; addressed: boolean } | undefined;
  problems: string[];
}

const firstDir = (dist: string, dir: string) =>
  readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0]!;
const firstFile = (dist: string, dir: string, ext: string) =>
  readdirSync(join(dist, dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0]!;

/** The first script of Astro's the home page loads. */
const homeScript = (dist: string) => /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))?.[1];

/** One address of each page type of the built site. */
export function probes(dist: string, site: SiteModel): Probe[] {
  const doc = firstDir(dist, "tai-lieu");
  const section = firstDir(dist, `tai-lieu/${doc}`);
  const page = (name: string, path: string): Probe => ({ name, path, file: `${path}index.html`, status: 200 });
  const file = (name: string, path: string): Probe => ({ name, path, file: path, status: 200 });
  const moved = site.redirects[0];
  return [
    page("home", "/"),
    page("document section", `/tai-lieu/${doc}/${section}/`),
    page("indicator", `/chi-tieu/${firstDir(dist, "chi-tieu")}/`),
    ...(existsSync(join(dist, "nhung/chi-tieu")) ? [page("embed", `/nhung/chi-tieu/${firstDir(dist, "nhung/chi-tieu")}/`)] : []),
    page("comparison", "/so-sanh/"),
    page("topic", `/chu-de/${firstDir(dist, "chu-de")}/`),
    page("search", "/tim-kiem/"),
    file("indicator data", "/du-lieu/chi-tieu.json"),
    file("hashed asset", homeScript(dist) ?? `/_astro/${firstFile(dist, "_astro", ".js")}`),
    file("search index", `/pagefind/fragment/${firstFile(dist, "pagefind/fragment", ".pf_fragment")}`),
    { name: "missing page", path: "/khong-co-trang-nay/", file: "/404.html", status: 404 },
    moved
      ? { name: "moved page", path: moved.from, file: `${moved.from}index.html`, status: 301, location: moved.to }
      : { name: "folder without /", path: "/so-sanh", file: "/so-sanh/index.html", status: 301, location: "/so-sanh/" },
  ];
}

const og = (html: string, property: string) => new RegExp(`<meta property="og:${property}" content="([^"]*)"`).exec(html)?.[1];

/** Fetches one probe from `origin` and holds what comes back against the configuration. */
export async function checkProbe(origin: string, site: SiteModel, probe: Probe): Promise<Row> {
  const res = await fetch(origin + probe.path, { redirect: "manual", headers: { "accept-encoding": "gzip, br" } });
  const h = (k: string) => res.headers.get(k) ?? "";
  const problems: string[] = [];
  const expect = (what: string, got: string, want: string) => {
    if (got !== want) problems.push(`${what} ${got || "(none)"}, expected ${want}`);
  };
  expect("status", String(res.status), String(probe.status));
  if (probe.location !== undefined) {
    const location = h("location") ? new URL(h("location"), origin + probe.path) : undefined;
    expect("Location", location ? location.pathname + location.hash : "", probe.location);
  }
  const want = headersFor(site, probe.file);
  const csp = h("content-security-policy");
  const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1] ?? "";
  if (probe.status !== 301) {
    expect("Content-Type", h("content-type"), contentType(probe.file));
    expect("Cache-Control", h("cache-control"), want["Cache-Control"]!);
    const compressible = COMPRESSED_EXTENSIONS.includes(extensionOf(probe.file));
    const encoding = h("content-encoding");
    if (compressible && !["gzip", "br"].includes(encoding)) problems.push(`Content-Encoding ${encoding || "(none)"}, expected gzip or br`);
    if (!compressible && encoding) problems.push(`Content-Encoding ${encoding}, expected none (the file is compressed already)`);
    expect("CSP", csp, want["Content-Security-Policy"]!);
    expect("frame-ancestors", ancestors, isEmbed(probe.file) ? "*" : "'none'");
  }
  const body = probe.status === 301 ? "" : await res.text();
  const isPage = probe.file.endsWith(".html") && probe.status === 200;
  const tags = isPage
    ? { title: !!og(body, "title"), description: !!og(body, "description"), image: og(body, "image"), addressed: !!og(body, "url") }
    : undefined;
  // og:image needs an absolute address: a page built without one (no og:url) leaves it out on purpose.
  if (tags && !(tags.title && tags.description && (tags.image || !tags.addressed)))
    problems.push("a preview tag (og:title, og:description, og:image) is missing");
  return {
    probe,
    status: `${res.status}${probe.location !== undefined ? ` → ${h("location")}` : ""}`,
    type: h("content-type"),
    cache: h("cache-control"),
    encoding: h("content-encoding"),
    csp: csp ? "yes" : "no",
    frameAncestors: ancestors,
    og: tags,
    problems,
  };
}

export async function checkDeployment(origin: string, dist: string, site: SiteModel): Promise<Row[]> {
  const rows: Row[] = [];
  for (const p of probes(dist, site)) rows.push(await checkProbe(origin.replace(/\/$/, ""), site, p));
  return rows;
}

/** The rows as a Markdown table, then the problems, one a line. */
export function formatRows(rows: Row[]): string {
  const mark = (b: boolean) => (b ? "✓" : "✗");
  const cells = rows.map((r) => [
    r.probe.name,
    `\`${r.probe.path.length > 48 ? `${r.probe.path.slice(0, 45)}…` : r.probe.path}\``,
    r.status,
    r.type,
    r.cache,
    r.encoding || "–",
    r.csp,
    r.frameAncestors || "–",
    r.og ? `${mark(r.og.title)} ${mark(r.og.description)} ${r.og.image || r.og.addressed ? mark(!!r.og.image) : "–"}` : "–",
    r.problems.length ? "FAIL" : "ok",
  ]);
  const head = [
    "page",
    "path",
    "status",
    "content-type",
    "cache-control",
    "encoding",
    "CSP",
    "frame-ancestors",
    "og: title desc image",
    "",
  ];
  const line = (c: string[]) => `| ${c.join(" | ")} |`;
  const problems = rows.flatMap((r) => r.problems.map((p) => `${r.probe.name} (${r.probe.path}): ${p}`));
  return [
    line(head),
    line(head.map(() => "---")),
    ...cells.map(line),
    "",
    ...(problems.length ? problems : ["every address is served as configured"]),
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const origin = process.argv[2];
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
  if (!origin) {
    const own = siteOrigin(root);
    const problems = existsSync(join(dist, "index.html")) ? addressProblems(dist, own) : ["dist/ is not built (npm run build)"];
    console.log(
      problems.length
        ? problems.join("\n")
        : own
          ? `every absolute address is on ${own}`
          : "no address: no file names an invented host, nor any absolute address of its own",
    );
    process.exit(problems.length ? 1 : 0);
  }
  if (!/^https?:\/\/[^/]+\/?$/.test(origin)) {
    console.error("usage: npm run check:deploy -- https://host (the origin the site is deployed at)");
    process.exit(2);
  }
  if (!existsSync(join(dist, "index.html"))) {
    console.error("dist/ is not built: the check takes its addresses and expected headers from the deployed build (npm run build)");
    process.exit(2);
  }
  const site = readSite(dist, [...readRedirects(root).values()]);
  const rows = await checkDeployment(origin, dist, site);
  console.log(formatRows(rows));
  const image = rows.find((r) => r.og?.image)?.og?.image;
  if (image && !image.startsWith(origin.replace(/\/$/, "")))
    console.log(`note: previews name ${new URL(image).origin}, not ${origin}: build with SITE_URL=${origin} for this origin`);
  process.exit(rows.some((r) => r.problems.length) ? 1 : 0);
}
