/**
 * `npm run bench:scale` (BENCH_SCALE=30 by default): a clean build of a corpus BENCH_SCALE times
 * the real one (scripts/bench/corpus.ts: the five sources repeated as new documents), through the
 * same steps as `npm run build`, each timed (wall and CPU) with its peak memory, then the files of
 * dist/ by kind. Opt-in, not part of `npm run bench` nor of CI: at 30× it takes minutes. Writes
 * bench/scale.json and bench/scale.md.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { makeCorpus } from "./corpus.ts";
import { runMeasured, type Measured } from "./measure.ts";
import { SHARE_PREFIX } from "../model/share.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const FACTOR = Number(process.env.BENCH_SCALE ?? 30);

/** The steps of `npm run build`, as package.json runs them (publish adds the copies' anchors to the manifest). */
const STEPS: [string, string[]][] = [
  ["data", ["tsx", "scripts/build.ts"]],
  ["astro", ["tsx", "scripts/build-site.ts"]],
  ["publish (previews, share pages, checks)", ["tsx", "scripts/publish.ts", "--update-manifest"]],
  ["search index", ["tsx", "scripts/build-search.ts"]],
  ["server configuration (compression, headers)", ["tsx", "scripts/deploy.ts"]],
];

/** The files of dist/ counted by what they are. */
function distFiles(dist: string): Record<string, number> {
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dist, f)).isFile());
  const under = (p: string) => files.filter((f) => f.startsWith(`${p}/`));
  return {
    all: files.length,
    gzipCopies: files.filter((f) => f.endsWith(".gz")).length,
    shareFiles: under(SHARE_PREFIX.replace(/^\/|\/$/g, "")).length,
    searchIndexFiles: under("pagefind").length,
    pages: files.filter((f) => f.endsWith("index.html")).length,
    images: files.filter((f) => f.endsWith(".png")).length,
  };
}

const loadBefore = loadavg();
const started = performance.now();
const root = makeCorpus(ROOT, FACTOR);
const steps: Record<string, Measured> = {};
try {
  for (const [name, args] of STEPS) {
    process.stderr.write(`${FACTOR}×: ${name}…\n`);
    steps[name] = runMeasured("npx", args, root, { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" });
    // Each step as it ends, so that a run stopped half-way still leaves its figures.
    mkdirSync(join(ROOT, "bench"), { recursive: true });
    writeFileSync(join(ROOT, "bench/scale.json"), `${JSON.stringify({ factor: FACTOR, steps, loadavg: loadavg() }, null, 1)}\n`);
    process.stderr.write(`${JSON.stringify(steps[name])}\n`);
  }
  const files = distFiles(join(root, "dist"));
  const wallMs = Math.round(performance.now() - started);
  const machine = { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), loadBefore, loadAfter: loadavg() };
  const report = { factor: FACTOR, documents: 5 * FACTOR, wallMs, steps, files, machine };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench/scale.json"), `${JSON.stringify(report, null, 1)}\n`);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const lines = [
    `# ${FACTOR}× corpus (${5 * FACTOR} documents), clean build`,
    "",
    `${machine.cpus} cores, ${machine.memoryGB} GB; load average before ${loadBefore.map((l) => l.toFixed(1)).join(" ")}, ` +
      `after ${machine.loadAfter.map((l) => l.toFixed(1)).join(" ")}. Whole run, copying the corpus included: ${s(wallMs)} s.`,
    "",
    "| Step | wall s | CPU s (without Pagefind's and esbuild's services) | peak memory MB (largest process) |",
    "|---|---:|---:|---:|",
    ...Object.entries(steps).map(
      ([k, m]) => `| ${k} | ${s(m.wallMs)} | ${s(m.cpuMs)} | ${m.maxRssKB ? Math.round(m.maxRssKB / 1024) : "–"} |`,
    ),
    "",
    "| Files of dist/ | count |",
    "|---|---:|",
    ...Object.entries(files).map(([k, n]) => `| ${k} | ${n} |`),
    "",
  ];
  writeFileSync(join(ROOT, "bench/scale.md"), `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
} finally {
  if (process.env.BENCH_KEEP !== "1") rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}
