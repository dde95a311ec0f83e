/**
 * `npm run bench`: builds the site from a clean state several times (BENCH_RUNS, default 3) and
 * reports the median time of each stage, the size of the site, what a first visit to each page
 * type downloads (raw and gzip, by kind), the JavaScript a reading page runs, and a first search
 * query in Chromium, the growth from the real corpus to one ten times larger (BENCH_GROWTH=0
 * skips it), and Lighthouse (mobile) scores with Core Web Vitals for each page type. Writes
 * bench/report.json and bench/summary.md; `npm run bench:check` holds the report against
 * scripts/bench/budgets.json.
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildData } from "../build.ts";
import { serveDist } from "../../tests/e2e/serve.ts";
import { benchBrowser } from "./chromium.ts";
import { measureSearch, searchTable, type SearchRow } from "./search.ts";
import baseline from "./search-baseline.json" with { type: "json" };

const searchBaseline = baseline as { commit: string; firstQuery: Omit<SearchRow, "ms">[] };
import { measureLighthouse } from "./lighthouse.ts";
import { growth as measureGrowth } from "./growth.ts";
import { SHARE_PREFIX } from "../model/share.ts";
import { childrenCpuMs } from "./measure.ts";
import { snapshot } from "./rebuild.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const round = (n: number) => Math.round(n);

/**
 * The key of a build's CPU time (ms) in what `buildOnce` returns, not a stage of `total`: this
 * process's and the steps' it waits for, which leaves out Pagefind's and esbuild's services (the
 * steps do not wait for them; scripts/bench/growth.ts), so it is a floor, steady under load.
 */
const CPU = "CPU time (without Pagefind and esbuild)";

/**
 * One build, timed stage by stage (wall ms), through the same scripts as `npm run build`, with
 * the CPU time of all its steps under CPU; `clean` first removes generated/, dist/ and the build
 * cache (.cache/), as in a fresh clone.
 */
function buildOnce(clean: boolean): Record<string, number> {
  if (clean) for (const d of ["generated", "dist", ".cache"]) rmSync(join(ROOT, d), { recursive: true, force: true });
  const timed = (cmd: string, args: string[]) => {
    const t = performance.now();
    execFileSync(cmd, args, { cwd: ROOT, stdio: "pipe", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    return performance.now() - t;
  };
  const cpu = process.cpuUsage();
  const childrenCpu = childrenCpuMs();
  const t = performance.now();
  const data = buildData(ROOT);
  const dataMs = performance.now() - t;
  const stages = { ...Object.fromEntries(Object.entries(data.timings).map(([k, v]) => [`data:${k}`, v])), "data (total)": dataMs };
  const steps = {
    ...stages,
    astro: timed("npx", ["tsx", "scripts/build-site.ts"]),
    "publish (checks, previews, sitemap)": timed("npx", ["tsx", "scripts/publish.ts"]),
    "search index": timed("npx", ["tsx", "scripts/build-search.ts"]),
    "server configuration (compression, headers)": timed("npx", ["tsx", "scripts/deploy.ts"]),
  };
  const own = process.cpuUsage(cpu);
  return { ...steps, [CPU]: (own.user + own.system) / 1000 + childrenCpuMs() - childrenCpu };
}
const total = (r: Record<string, number>) =>
  r["data (total)"]! +
  r.astro! +
  r["publish (checks, previews, sitemap)"]! +
  r["search index"]! +
  r["server configuration (compression, headers)"]!;

/** The source line the one-line rebuild changes: 000 line 92 (2.1, education) gains a sentence. */
const CHANGED = { file: join(ROOT, "content/sources/000_1d6e454269cad3d3.txt"), line: 92, add: " Một câu được thêm vào." };

/**
 * Rebuilds with nothing changed, and after one source line changed (then restored), timed (ms);
 * and the files of dist/ that differ between the first rebuild after the change and a clean
 * build of the changed input.
 */
function rebuilds(): {
  unchanged: Record<string, number>[];
  oneLine: Record<string, number>[];
  fromCache: Map<string, string>;
  oneLineDiffer: string[];
} {
  const original = readFileSync(CHANGED.file);
  const unchanged: Record<string, number>[] = [];
  const oneLine: Record<string, number>[] = [];
  let fromCache = new Map<string, string>();
  let afterEdit = new Map<string, string>();
  let oneLineDiffer: string[];
  try {
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`rebuild ${i + 1}/${RUNS}: nothing changed, then one source line…\n`);
      writeFileSync(CHANGED.file, original);
      buildOnce(false); // back to the original, cache warm for it
      unchanged.push(buildOnce(false));
      if (i === 0) fromCache = snapshot(join(ROOT, "dist"));
      const lines = original.toString("utf8").split("\n");
      lines[CHANGED.line - 1] = `${lines[CHANGED.line - 1]!.trimEnd()}${CHANGED.add}`;
      writeFileSync(CHANGED.file, lines.join("\n"));
      oneLine.push(buildOnce(false));
      if (i === 0) afterEdit = snapshot(join(ROOT, "dist"));
    }
    process.stderr.write("a clean build of the changed line, to compare with the rebuild…\n");
    buildOnce(true);
    oneLineDiffer = differ(afterEdit, snapshot(join(ROOT, "dist")));
  } finally {
    writeFileSync(CHANGED.file, original);
  }
  buildOnce(false);
  return { unchanged, oneLine, fromCache, oneLineDiffer };
}

const PAGE_TYPES: Record<string, string> = {
  home: "/",
  "document section": "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/",
  "appendix table": "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/",
  indicator: "/chi-tieu/tang-truong-grdp/",
  explorer: "/chi-tieu/",
  comparison: "/so-sanh/",
  topic: "/chu-de/kinh-te-va-tang-truong/",
  "about and method": "/gioi-thieu/",
};
type Kind = "html" | "css" | "js" | "font" | "image" | "other";
interface Weight {
  requests: number;
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  totalRaw: number;
  totalGzip: number;
  pagefindRequests: number;
}

async function weigh(origin: string, path: string): Promise<Weight> {
  const ctx = await benchBrowser(); // a fresh profile: a first visit, nothing cached
  const w: Weight = {
    requests: 0,
    raw: { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 },
    gzip: { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 },
    totalRaw: 0,
    totalGzip: 0,
    pagefindRequests: 0,
  };
  const pending: Promise<void>[] = [];
  const page = await ctx.newPage();
  page.on("response", (r) =>
    pending.push(
      (async () => {
        const body = await r.body().catch(() => Buffer.alloc(0));
        const type = r.request().resourceType();
        const kind: Kind =
          type === "document"
            ? "html"
            : type === "stylesheet"
              ? "css"
              : type === "script"
                ? "js"
                : type === "font"
                  ? "font"
                  : type === "image"
                    ? "image"
                    : /\.m?js$/.test(r.url())
                      ? "js"
                      : "other";
        const gz =
          /\.(png|jpe?g|webp|woff2?|pf_\w+)$/.test(r.url()) || (body[0] === 0x1f && body[1] === 0x8b) ? body.length : gzipSync(body).length;
        w.requests++;
        w.raw[kind] += body.length;
        w.gzip[kind] += gz;
        if (new URL(r.url()).pathname.startsWith("/pagefind/")) w.pagefindRequests++;
      })(),
    ),
  );
  await page.goto(origin + path, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await ctx.close();
  w.totalRaw = Object.values(w.raw).reduce((a, b) => a + b, 0);
  w.totalGzip = Object.values(w.gzip).reduce((a, b) => a + b, 0);
  return w;
}

const differ = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

/** The site's files, bytes and pages; the .gz copies (scripts/deploy/compress.ts) are counted apart, not as the site. */
function siteSize(dir: string): { files: number; bytes: number; pages: number; gzipCopies: number; gzipCopyBytes: number } {
  const all = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
  const files = all.filter((f) => !f.endsWith(".gz"));
  const copies = all.filter((f) => f.endsWith(".gz"));
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    gzipCopies: copies.length,
    gzipCopyBytes: copies.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    pages: files.filter((f) => f.endsWith(".html") && !readFileSync(join(dir, f), "utf8").includes('name="bc-redirect"')).length,
  };
}

/** What the share pages (`/l/<code>/`, scripts/publish/share-pages.ts) add to the site: pages, files, bytes, the largest page. */
function shareWeight(dist: string): ReturnType<typeof siteSize> & { largest: number } {
  const dir = join(dist, SHARE_PREFIX);
  const pages = readdirSync(dir).map((code) => statSync(join(dir, code, "index.html")).size);
  return { ...siteSize(dir), largest: Math.max(...pages) };
}

const runs: Record<string, number>[] = [];
for (let i = 0; i < RUNS; i++) {
  process.stderr.write(`build ${i + 1}/${RUNS}…\n`);
  runs.push(buildOnce(true));
}
const medians = (rs: Record<string, number>[]) =>
  Object.fromEntries(Object.keys(rs[0]!).map((k) => [k, round(median(rs.map((r) => r[k]!)))]));
const stages = medians(runs);
const fullBuild = round(median(runs.map(total)));
const cpuOf = (rs: Record<string, number>[]) => round(median(rs.map((r) => r[CPU]!)));
const fullBuildCpu = cpuOf(runs);
const site = siteSize(join(ROOT, "dist"));
const shares = shareWeight(join(ROOT, "dist"));
// The site just built, byte for byte, to compare with a build from the cache.
const cleanSite = snapshot(join(ROOT, "dist"));
const again = rebuilds();
const rebuild = {
  cleanMs: fullBuild,
  unchangedMs: round(median(again.unchanged.map(total))),
  oneLineMs: round(median(again.oneLine.map(total))),
  unchangedShare: 0,
  /** CPU time (see CPU above), the median: another job on the machine hardly moves it. */
  cleanCpuMs: fullBuildCpu,
  unchangedCpuMs: cpuOf(again.unchanged),
  oneLineCpuMs: cpuOf(again.oneLine),
  unchangedCpuShare: 0,
  oneLineCpuShare: 0,
  stagesMs: { unchanged: medians(again.unchanged), oneLine: medians(again.oneLine) },
  /** Files of dist/ that differ between the clean build and a rebuild that took every step from the cache. */
  differFromClean: differ(cleanSite, again.fromCache),
  /** Files of dist/ that differ between the rebuild after one source line changed and a clean build of that input. */
  oneLineDifferFromClean: again.oneLineDiffer,
};
const share = (part: number, whole: number) => Math.round((part / whole) * 100) / 100;
rebuild.unchangedShare = share(rebuild.unchangedMs, rebuild.cleanMs);
rebuild.unchangedCpuShare = share(rebuild.unchangedCpuMs, rebuild.cleanCpuMs);
rebuild.oneLineCpuShare = share(rebuild.oneLineCpuMs, rebuild.cleanCpuMs);

const server = await serveDist();
const pageTypes: Record<string, Weight> = {};
for (const [name, path] of Object.entries(PAGE_TYPES)) pageTypes[name] = await weigh(server.url, path);
const ctx = await benchBrowser();
const search = await measureSearch(ctx, server.url);
await ctx.close();
process.stderr.write("lighthouse…\n");
const lighthouse = await measureLighthouse(Object.fromEntries(Object.entries(PAGE_TYPES).map(([k, p]) => [k, server.url + p])));
await server.close();

process.stderr.write("growth: 1× and 10× corpus…\n");
const growth = process.env.BENCH_GROWTH === "0" ? undefined : measureGrowth(ROOT);

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
const report = {
  machine,
  runs: RUNS,
  stagesMs: stages,
  fullBuildMs: fullBuild,
  fullBuildCpuMs: fullBuildCpu,
  rebuild,
  site,
  shares,
  pageTypes,
  readingPageJs: pageTypes["document section"]!.raw.js,
  search,
  lighthouse,
  growth,
};
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/report.json"), `${JSON.stringify(report, null, 1)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines = [
  `# Benchmark`,
  "",
  `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}. Median of ${RUNS} clean builds.`,
  "",
  "| Stage | ms |",
  "|---|---:|",
  ...Object.entries(stages)
    .filter(([k]) => k !== CPU)
    .map(([k, v]) => `| ${k} | ${v} |`),
  `| **full build** | **${fullBuild}** |`,
  `| ${CPU} | ${fullBuildCpu} |`,
  "",
  "| Build (median) | clean | nothing changed | one source line changed |",
  "|---|---:|---:|---:|",
  ...Object.keys(rebuild.stagesMs.unchanged)
    .filter((k) => k !== CPU)
    .map((k) => `| ${k} | ${stages[k]} | ${rebuild.stagesMs.unchanged[k]} | ${rebuild.stagesMs.oneLine[k]} |`),
  `| **whole build** | **${rebuild.cleanMs}** | **${rebuild.unchangedMs}** (${Math.round(rebuild.unchangedShare * 100)} %) | **${rebuild.oneLineMs}** |`,
  `| **${CPU}** | **${rebuild.cleanCpuMs}** | **${rebuild.unchangedCpuMs}** (${Math.round(rebuild.unchangedCpuShare * 100)} %) | **${rebuild.oneLineCpuMs}** (${Math.round(rebuild.oneLineCpuShare * 100)} %) |`,
  "",
  "A clean build starts with no generated/, dist/ or .cache/; a rebuild finds the cache of the previous one. " +
    `Files of dist/ that differ between a clean build and a rebuild made from the cache: ${rebuild.differFromClean.length}; ` +
    `between the rebuild after one source line changed and a clean build of the changed input: ${rebuild.oneLineDifferFromClean.length}.`,
  "",
  `Site: ${site.pages} pages, ${site.files} files, ${(site.bytes / 2 ** 20).toFixed(1)} MB; ` +
    `beside them ${site.gzipCopies} gzip copies for the server (${(site.gzipCopyBytes / 2 ** 20).toFixed(1)} MB).`,
  "",
  `Of these, the share pages (/l/…): ${shares.pages} pages, ${shares.files} files, ${kb(shares.bytes)} ` +
    `(${Math.round(shares.bytes / shares.pages)} bytes a page on average, the largest ${shares.largest}); ` +
    `${shares.gzipCopies} gzip copies (${kb(shares.gzipCopyBytes)}).`,
  "",
  "| Page type | requests | HTML | CSS | JS | fonts | images | total raw | total gzip |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...Object.entries(pageTypes).map(([k, w]) => {
    const sizes = [w.gzip.html, w.gzip.css, w.gzip.js, w.gzip.font, w.gzip.image, w.totalRaw, w.totalGzip].map(kb);
    return `| ${k} | ${w.requests} | ${sizes.join(" | ")} |`;
  }),
  "",
  "(HTML, CSS, JS, fonts and images in gzip bytes; CSS is inlined in the HTML.)",
  "",
  "| Lighthouse (mobile) | performance | accessibility | LCP ms | CLS | TBT ms | FCP ms |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...Object.entries(lighthouse).map(
    ([k, l]) => `| ${k} | ${l.performance} | ${l.accessibility} | ${l.lcpMs} | ${l.cls} | ${l.tbtMs} | ${l.fcpMs} |`,
  ),
  "",
  ...(growth
    ? [
        "| Growth | " + growth.runs.map((r) => `${r.factor}× (${r.documents} documents, ${r.pages} pages)`).join(" | ") + " | ratio |",
        "|---|---:|---:|---:|",
        ...Object.keys(growth.runs[0]!.stagesMs).map(
          (k) => `| ${k} (ms) | ${growth.runs.map((r) => r.stagesMs[k]).join(" | ")} | ${growth.ratio[k]} |`,
        ),
        `| search index (bytes) | ${growth.runs.map((r) => r.searchIndexBytes).join(" | ")} | ${growth.ratio.searchIndexBytes} |`,
        "",
        "Growth: the data's total is CPU time, its three parts wall time (the fastest of five builds); the other steps are wall time, the search index the median of three runs (scripts/bench/growth.ts).",
        "",
      ]
    : []),
  "Now:",
  "",
  ...searchTable(search),
  "",
  `Before passage-level search (commit ${searchBaseline.commit}):`,
  "",
  ...searchTable(searchBaseline.firstQuery.map((r) => ({ ...r, ms: 0 }))),
  "",
];
writeFileSync(join(ROOT, "bench/summary.md"), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
