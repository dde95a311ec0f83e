/**
 * `npm run bench:check`: holds bench/report.json (from `npm run bench`) against the budgets in
 * scripts/bench/budgets.json. A path may use `*` for "every entry" (the worst one counts).
 * Prints one line per budget and exits with 1 if any is over.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { valuesAt } from "./budgets.ts";

const ROOT = resolve(import.meta.dirname, "../..");
interface Budget {
  name: string;
  path: string;
  max?: number;
  min?: number;
  unit: string;
}

const reportFile = join(ROOT, "bench/report.json");
if (!existsSync(reportFile)) {
  console.error("bench/report.json not found: run `npm run bench` first");
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportFile, "utf8")) as unknown;
const { budgets } = JSON.parse(readFileSync(join(ROOT, "scripts/bench/budgets.json"), "utf8")) as { budgets: Budget[] };
let over = 0;
for (const b of budgets) {
  const values = valuesAt(report, b.path);
  if (!values.length) {
    console.log(`MISSING  ${b.name}: nothing at ${b.path}`);
    over++;
    continue;
  }
  // A ceiling (max) holds the largest value, a floor (min) the smallest.
  const worst = b.min !== undefined ? Math.min(...values) : Math.max(...values);
  const ok = (b.max === undefined || worst <= b.max) && (b.min === undefined || worst >= b.min);
  if (!ok) over++;
  console.log(
    `${ok ? "ok      " : "OVER    "} ${b.name}: ${worst} ${b.unit} (budget ${b.min !== undefined ? `at least ${b.min}` : `at most ${b.max}`})`,
  );
}
console.log(over ? `${over} budget(s) over` : `all ${budgets.length} budgets kept`);
process.exit(over ? 1 : 0);
