/**
 * The comparison of 2020–2025 results with 2025–2030 goals: verdict counts per region and domain,
 * what each 2030 goal implies from the 2025 result, and whether a missed target's new goal was
 * raised or lowered. Computed only where the units allow it; each method is stated on the page.
 */
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { display, regionRows, verdictOf, type Verdict } from "./indicators.ts";

export interface VerdictCount {
  dat: number;
  vuot: number;
  "khong-dat": number;
  total: number;
}

/** “11/18”: the indicators met or exceeded (Đạt, Vượt), out of all that carry a verdict. */
export const metOutOf = (c: VerdictCount): string => `${c.dat + c.vuot}/${c.total}`;

/** Verdicts as the documents give them, counted per region over the indicators that carry one. */
export function countByRegion(indicators: Indicator[], doc: string): Map<Region, VerdictCount> {
  const counts = new Map<Region, VerdictCount>();
  for (const ind of indicators) {
    for (const v of ind.values) {
      if (v.kind !== "status" || v.source.doc !== doc) continue;
      const verdict = verdictOf(v.raw);
      if (!verdict) continue;
      const c = counts.get(v.region) ?? { dat: 0, vuot: 0, "khong-dat": 0, total: 0 };
      c[verdict]++;
      c.total++;
      counts.set(v.region, c);
    }
  }
  return counts;
}

/** The same count split by domain. */
export function countByDomain(indicators: Indicator[], doc: string, region: Region): Map<string, VerdictCount> {
  const out = new Map<string, VerdictCount>();
  for (const ind of indicators) {
    const c = countByRegion([ind], doc).get(region);
    if (!c) continue;
    const d = out.get(ind.domain) ?? { dat: 0, vuot: 0, "khong-dat": 0, total: 0 };
    for (const k of ["dat", "vuot", "khong-dat", "total"] as const) d[k] += c[k];
    out.set(ind.domain, d);
  }
  return out;
}

export type Implication =
  | { method: "points"; points: number }
  | { method: "yearly-growth"; rate: number }
  | { method: "rate-change"; points: number }
  | { method: "difference"; difference: number };

const PERCENT = /^%$/;
const RATE = /%\s*\/\s*năm|^%$/;

/** A value's single number in its indicator's unit, or null (no single number, or another measure). */
export const inUnit = (v: IndicatorValue): number | null => (v.value === null || v.scale === undefined ? null : v.value * v.scale);

/**
 * What reaching the 2030 goal asks of the 2025 result (both single numbers in the indicator's
 * `unit`, whatever spelling the documents use): for a share or rate in %, the percentage points
 * to gain; for an average yearly rate, the change in that rate; for an index without a unit
 * (HDI), the difference; for a quantity, the yearly growth over the five years 2025→2030.
 */
export function implication(result: IndicatorValue, goal: IndicatorValue, unit: string): Implication | null {
  const [r, g] = [inUnit(result), inUnit(goal)];
  if (r === null || g === null) return null;
  if (result.kind === "result-avg-2021-2025" && goal.kind === "goal-avg-2026-2030" && RATE.test(unit)) {
    return { method: "rate-change", points: round(g - r) };
  }
  if (result.kind === "result-2025" && goal.kind === "goal-2030") {
    if (PERCENT.test(unit)) return { method: "points", points: round(g - r) };
    if (unit === "") return { method: "difference", difference: round(g - r, 4) };
    if (r > 0 && g > 0) return { method: "yearly-growth", rate: round((Math.pow(g / r, 1 / 5) - 1) * 100) };
  }
  return null;
}

/** Why `implication` gives nothing for these two values, in the page's words. */
export function whyNotComputed(result: IndicatorValue, goal: IndicatorValue): string {
  const notNumber = [result, goal]
    .filter((v) => v.value === null)
    .map((v) => `“${display(v)}” ${v.bound ? "là một cận" : v.min !== undefined ? "là một khoảng" : "không là một con số"}`);
  return notNumber.length ? notNumber.join(", ") : "hai giá trị đo hai đại lượng khác nhau";
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface RegionComparison {
  indicator: Indicator;
  region: Region;
  result?: IndicatorValue;
  goal?: IndicatorValue;
  target?: IndicatorValue;
  verdict?: Verdict;
  implication: Implication | null;
  /** For a missed target: is the new goal above or below the old target (single numbers in the indicator's unit)? */
  change?: "raised" | "lowered" | "same";
}

export function compare(indicators: Indicator[]): RegionComparison[] {
  return indicators.flatMap((ind) =>
    regionRows(ind).map((r) => {
      const result = r.cells.result.value;
      const goal = r.cells.goal.value;
      const target = r.cells.target.value;
      const verdict = r.cells.status.value ? verdictOf(r.cells.status.value.raw) : undefined;
      let change: RegionComparison["change"];
      const [t, g] = [target && inUnit(target), goal && inUnit(goal)];
      if (verdict === "khong-dat" && typeof t === "number" && typeof g === "number") change = g > t ? "raised" : g < t ? "lowered" : "same";
      return {
        indicator: ind,
        region: r.region,
        implication: result && goal ? implication(result, goal, ind.unit) : null,
        ...(result ? { result } : {}),
        ...(goal ? { goal } : {}),
        ...(target ? { target } : {}),
        ...(verdict ? { verdict } : {}),
        ...(change ? { change } : {}),
      };
    }),
  );
}

/**
 * The document whose verdicts are counted for the comparison: among the documents that state how
 * many indicators were met, the one that does so for the most regions (the merged city's report,
 * which reviews both former units with one method).
 */
export function reviewingDocument(statements: { doc: string; region: Region }[]): string {
  const regions = new Map<string, Set<Region>>();
  for (const s of statements) regions.set(s.doc, (regions.get(s.doc) ?? new Set()).add(s.region));
  const best = [...regions.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) throw new Error("reviewingDocument: no document states how many indicators were met");
  return best[0];
}
