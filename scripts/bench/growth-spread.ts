/**
 * `npm run bench:growth`: the growth measurement (scripts/bench/growth.ts) repeated
 * BENCH_GROWTH_RUNS times (default 3), with the smallest, median and largest ratio of each stage:
 * the spread the growth budgets of scripts/bench/budgets.json must stay beyond. Writes
 * bench/growth-spread.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { growth } from "./growth.ts";
import { median } from "./measure.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.BENCH_GROWTH_RUNS ?? 3);
const ratios: Record<string, number>[] = [];
const loads: number[] = [];
for (let i = 0; i < RUNS; i++) {
  process.stderr.write(`growth ${i + 1}/${RUNS}…\n`);
  loads.push(loadavg()[0]!);
  ratios.push(growth(ROOT).ratio);
  process.stderr.write(`${JSON.stringify(ratios.at(-1))}\n`);
}
const spread = Object.fromEntries(
  Object.keys(ratios[0]!).map((k) => {
    const xs = ratios.map((r) => r[k]!);
    return [k, { min: Math.min(...xs), median: median(xs), max: Math.max(...xs), all: xs }];
  }),
);
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/growth-spread.json"), `${JSON.stringify({ runs: RUNS, loadAverages: loads, spread }, null, 1)}\n`);
for (const [k, s] of Object.entries(spread)) console.log(`${k}: ${s.min} – ${s.median} – ${s.max}  (${s.all.join(", ")})`);
