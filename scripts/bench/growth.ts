/**
 * Growth: the whole build of the real corpus (1×) and of a synthetic one ten times larger
 * (scripts/bench/corpus.ts), each in a temporary copy of the project, stage by stage, with the
 * size of the search index. The ratio 10×/1× of each stage should stay at or under about 10.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildData } from "../build.ts";
import { makeCorpus } from "./corpus.ts";

export interface GrowthRun {
  factor: number;
  documents: number;
  pages: number;
  searchIndexBytes: number;
  stagesMs: Record<string, number>;
}

const sizeOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce(
    (n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0,
  );

export function buildCorpus(project: string, factor: number): GrowthRun {
  const root = makeCorpus(project, factor);
  try {
    const run = (cmd: string, args: string[]) => {
      const t = performance.now();
      try {
        execFileSync(cmd, args, {
          cwd: root,
          stdio: "pipe",
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
          maxBuffer: 64 * 2 ** 20,
        });
      } catch (e) {
        throw new Error(
          `${cmd} ${args.join(" ")} failed in the ${factor}× corpus:\n${String((e as { stderr?: Buffer }).stderr ?? e)
            .replace(/^npm warn.*\n/gm, "")
            .slice(0, 2000)}`,
          { cause: e },
        );
      }
      return Math.round(performance.now() - t);
    };
    // The data stages are short: the fastest of five builds (the least disturbed by whatever else
    // the machine runs, and past the compiler's warm-up; a median of three let one busy moment
    // double a ratio, and a fastest of three still moved it from 10.5 to 13.6 between two runs).
    const datas = [0, 1, 2, 3, 4].map(() => {
      const t = performance.now();
      const d = buildData(root);
      return { ...d.timings, total: performance.now() - t };
    });
    const fastest = (f: (d: (typeof datas)[number]) => number) => Math.round(Math.min(...datas.map(f)));
    const stagesMs = {
      "sources → model": fastest((d) => d.read + d.parse),
      "model → Markdown/data": fastest((d) => d.link + d.emit),
      "writing generated/": fastest((d) => d.write),
      "data (total)": fastest((d) => d.total),
      astro: run("npx", ["astro", "build"]),
      publish: run("npx", ["tsx", "scripts/publish.ts", "--update-manifest"]),
      "search index": run("npx", ["tsx", "scripts/build-search.ts"]),
    };
    const pages = readdirSync(join(root, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html")).length;
    return { factor, documents: 5 * factor, pages, searchIndexBytes: sizeOf(join(root, "dist/pagefind")), stagesMs };
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
