/**
 * Growth: the whole build of the real corpus (1×) and of a synthetic one ten times larger
 * (scripts/bench/corpus.ts), each in a temporary copy of the project, stage by stage, with the
 * size of the search index. The ratio 10×/1× of each stage should stay at or under about 10.
 *
 * Noise (issue 28: the search index's ratio went from 11.1 to 12.4 between runs of the same code).
 * The data build runs in this process, so its total is its CPU time, which another job on the
 * machine hardly moves (the fastest of five builds). The steps run as child processes are wall
 * time: their CPU time, as the kernel counts it for a parent, leaves out the processes a step does
 * not wait for, and Pagefind's service and esbuild's are such (measured: Pagefind alone spent 32 s
 * of CPU in a step counted as 4.8 s), so it is kept for the record only. The search index, the
 * shortest step and the one that moved most, is the median of SEARCH_RUNS runs.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildData } from "../build.ts";
import { makeCorpus } from "./corpus.ts";
import { median, runMeasured, type Measured } from "./measure.ts";

export interface GrowthRun {
  factor: number;
  documents: number;
  pages: number;
  searchIndexBytes: number;
  /** What the ratios are of (ms): the data's CPU time, the other steps' wall time. */
  stagesMs: Record<string, number>;
  /** The child steps' CPU time as counted for this process (ms), for the record: it leaves out Pagefind's and esbuild's services. */
  cpuMs: Record<string, number>;
}

const SEARCH_RUNS = 3;

const sizeOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce(
    (n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0,
  );

/** CPU time (ms) of this process while `f` runs. */
function cpuOf<T>(f: () => T): { value: T; cpuMs: number } {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

/** The steps after the data of the project at `root`, measured; BUILD_CACHE=off so that a repeated step really runs. */
export function siteSteps(root: string, factor: number): Record<string, Measured> {
  const run = (args: string[]) => {
    try {
      return runMeasured("npx", args, root, { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BUILD_CACHE: "off" });
    } catch (e) {
      throw new Error(
        `npx ${args.join(" ")} failed in the ${factor}× corpus:\n${String((e as { stderr?: Buffer }).stderr ?? e)
          .replace(/^npm warn.*\n/gm, "")
          .slice(0, 2000)}`,
        { cause: e },
      );
    }
  };
  const astro = run(["astro", "build"]);
  const publish = run(["tsx", "scripts/publish.ts", "--update-manifest"]);
  const searches = Array.from({ length: SEARCH_RUNS }, () => run(["tsx", "scripts/build-search.ts"]));
  const search: Measured = { wallMs: median(searches.map((s) => s.wallMs)), cpuMs: median(searches.map((s) => s.cpuMs)) };
  // Wall time in the ratios (see the top of this file).
  return { astro, publish, "search index": search };
}

export function buildCorpus(project: string, factor: number): GrowthRun {
  const root = makeCorpus(project, factor);
  try {
    // The data stages run in this process: five builds, the fastest of each (past the compiler's
    // warm-up); the parts are wall time (the build times them so), the total is CPU time.
    const datas = [0, 1, 2, 3, 4].map(() => {
      const t = performance.now();
      const { value: d, cpuMs } = cpuOf(() => buildData(root));
      return { ...d.timings, total: performance.now() - t, cpuMs };
    });
    const fastest = (f: (d: (typeof datas)[number]) => number) => Math.round(Math.min(...datas.map(f)));
    const site = siteSteps(root, factor);
    const stagesMs = {
      "sources → model": fastest((d) => d.read + d.parse),
      "model → Markdown/data": fastest((d) => d.link + d.emit),
      "writing generated/": fastest((d) => d.write),
      "data (total)": fastest((d) => d.cpuMs),
      ...Object.fromEntries(Object.entries(site).map(([k, m]) => [k, m.wallMs])),
    };
    const cpuMs = Object.fromEntries(Object.entries(site).map(([k, m]) => [k, m.cpuMs]));
    const pages = readdirSync(join(root, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html")).length;
    return { factor, documents: 5 * factor, pages, searchIndexBytes: sizeOf(join(root, "dist/pagefind")), stagesMs, cpuMs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function growth(project: string): { runs: GrowthRun[]; ratio: Record<string, number> } {
  const one = buildCorpus(project, 1);
  const ten = buildCorpus(project, 10);
  const ratio: Record<string, number> = Object.fromEntries(
    Object.keys(one.stagesMs).map((k) => [k, Math.round((ten.stagesMs[k]! / Math.max(1, one.stagesMs[k]!)) * 10) / 10]),
  );
  ratio.pages = Math.round((ten.pages / one.pages) * 10) / 10;
  ratio.searchIndexBytes = Math.round((ten.searchIndexBytes / one.searchIndexBytes) * 10) / 10;
  return { runs: [one, ten], ratio };
}
