/**
 * `npm run bench:rebuild`: what a one-paragraph edit costs against a clean build. A clean build
 * (no generated/, dist/ or .cache/), then BENCH_RUNS times (default 3): the original built again,
 * then one paragraph of one source edited (000, line 92, gains a sentence) and built, measured
 * step by step in wall and CPU time (scripts/bench/measure.ts); then a clean build of the edited
 * input, whose dist/ must equal the rebuild's byte for byte. It runs in a copy of the project
 * (scripts/bench/corpus.ts); BENCH_SCALE=10 makes the copy's corpus ten times the real one. Writes bench/rebuild.json (or
 * bench/rebuild-x10.json) and prints a table.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { makeCorpus } from "./corpus.ts";
import { median, runMeasured, type Measured } from "./measure.ts";

/** The edit: a sentence added at the end of one paragraph (000, line 92: 2.1, education). */
export const EDIT = { file: "content/sources/000_1d6e454269cad3d3.txt", line: 92, add: " Một câu được thêm vào." };

/** The steps of `npm run build`; at a scale above 1 publish adds the copies' anchors to the manifest, as scale.ts does. */
const steps = (scaled: boolean): [string, string[]][] => [
  ["data", ["tsx", "scripts/build.ts"]],
  ["astro", ["tsx", "scripts/build-site.ts"]],
  ["publish", ["tsx", "scripts/publish.ts", ...(scaled ? ["--update-manifest"] : [])]],
  ["search index", ["tsx", "scripts/build-search.ts"]],
  ["deploy", ["tsx", "scripts/deploy.ts"]],
];

/** One build of `root`, step by step; `clean` first removes generated/, dist/ and .cache/. */
export function measuredBuild(root: string, clean: boolean, scaled = false): Record<string, Measured> {
  if (clean) for (const d of ["generated", "dist", ".cache"]) rmSync(join(root, d), { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  return Object.fromEntries(steps(scaled).map(([name, args]) => [name, runMeasured("npx", args, root, env)]));
}

/** The whole build's wall and CPU time (ms). */
export const totals = (b: Record<string, Measured>): { wallMs: number; cpuMs: number } => ({
  wallMs: Object.values(b).reduce((n, m) => n + m.wallMs, 0),
  cpuMs: Object.values(b).reduce((n, m) => n + m.cpuMs, 0),
});

/** Every file of a folder with a hash of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

/** The files present in one snapshot and not the other, or with other bytes. */
export const differ = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

/** The source with the edit made. */
export function edited(original: Buffer): string {
  const lines = original.toString("utf8").split("\n");
  lines[EDIT.line - 1] = `${lines[EDIT.line - 1]!.trimEnd()}${EDIT.add}`;
  return lines.join("\n");
}

export interface EditMeasure {
  clean: { wallMs: number; cpuMs: number; steps: Record<string, Measured> };
  edits: { wallMs: number; cpuMs: number; steps: Record<string, Measured> }[];
  /** Medians of the edits' totals, and their share of the clean build. */
  editWallMs: number;
  editCpuMs: number;
  wallShare: number;
  cpuShare: number;
  /** Files of dist/ that differ between the rebuild after the edit and a clean build of the edited input. */
  differFromClean: string[];
}

/** The clean build, `runs` rebuilds after the edit, and the clean build of the edited input, in `root`. */
export function measureEdit(root: string, runs: number, scaled = false): EditMeasure {
  const file = join(root, EDIT.file);
  const original = readFileSync(file);
  const share = (part: number, whole: number) => Math.round((part / whole) * 100) / 100;
  try {
    process.stderr.write("clean build…\n");
    const c = measuredBuild(root, true, scaled);
    const edits: EditMeasure["edits"] = [];
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`edit ${i + 1}/${runs}: the original again, then the edited paragraph…\n`);
      writeFileSync(file, original);
      if (i > 0) measuredBuild(root, false, scaled);
      writeFileSync(file, edited(original));
      const b = measuredBuild(root, false, scaled);
      edits.push({ ...totals(b), steps: b });
    }
    const rebuilt = snapshot(join(root, "dist"));
    process.stderr.write("clean build of the edited input…\n");
    measuredBuild(root, true, scaled);
    const differFromClean = differ(rebuilt, snapshot(join(root, "dist")));
    const clean = { ...totals(c), steps: c };
    const editWallMs = median(edits.map((e) => e.wallMs));
    const editCpuMs = median(edits.map((e) => e.cpuMs));
    return {
      clean,
      edits,
      editWallMs,
      editCpuMs,
      wallShare: share(editWallMs, clean.wallMs),
      cpuShare: share(editCpuMs, clean.cpuMs),
      differFromClean,
    };
  } finally {
    writeFileSync(file, original);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const project = resolve(import.meta.dirname, "../..");
  const factor = Number(process.env.BENCH_SCALE ?? 1);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  // Always in a copy: the edit never touches the project's own sources.
  const root = makeCorpus(project, factor);
  const loadBefore = loadavg();
  try {
    const m = measureEdit(root, runs, factor > 1);
    const report = { factor, documents: 5 * factor, runs, loadBefore, loadAfter: loadavg(), ...m };
    mkdirSync(join(project, "bench"), { recursive: true });
    writeFileSync(join(project, `bench/rebuild${factor > 1 ? `-x${factor}` : ""}.json`), `${JSON.stringify(report, null, 1)}\n`);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const mid = (name: string, k: "wallMs" | "cpuMs") => s(median(m.edits.map((e) => e.steps[name]![k])));
    console.log(
      [
        `${5 * factor} documents; load ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before, ${report.loadAfter.map((l) => l.toFixed(1)).join(" ")} after`,
        "| step | clean wall s | clean CPU s | edit wall s (median) | edit CPU s (median) |",
        "|---|---:|---:|---:|---:|",
        ...Object.entries(m.clean.steps).map(
          ([k, c]) => `| ${k} | ${s(c.wallMs)} | ${s(c.cpuMs)} | ${mid(k, "wallMs")} | ${mid(k, "cpuMs")} |`,
        ),
        `| whole build | ${s(m.clean.wallMs)} | ${s(m.clean.cpuMs)} | ${s(m.editWallMs)} (${m.wallShare}) | ${s(m.editCpuMs)} (${m.cpuShare}) |`,
        `files of dist/ that differ from a clean build of the edited input: ${m.differFromClean.length}`,
      ].join("\n"),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
