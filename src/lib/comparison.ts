/**
 * The comparison of 2020–2025 results with 2025–2030 goals: verdict counts per region and domain,
 * what each 2030 goal implies from the 2025 result, and whether a missed target's new goal was
 * raised or lowered. Computed only where the units allow it; each method is stated on the page.
 */
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import { differs, display, regionRows, startsOf, verdictOf, type Verdict } from "./indicators.ts";

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

export type Implication = (
  | { method: "points"; points: number }
  | { method: "yearly-growth"; rate: number }
  | { method: "rate-change"; points: number }
  | { method: "difference"; difference: number }
) & {
  /** The goal is a bound (“trên 86%”): what it asks is at least (or at most) this. */
  bound?: "at-least" | "at-most";
};

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
/** A goal's number in its indicator's unit: its value, or the end of its bound or range that must be reached. */
function goalNumber(v: IndicatorValue): { n: number; bound?: "at-least" | "at-most" } | null {
  if (v.scale === undefined) return null;
  if (v.value !== null) return { n: v.value * v.scale };
  if (v.min !== undefined && (v.bound === undefined || v.bound === "above" || v.bound === "at-least"))
    return { n: v.min * v.scale, bound: "at-least" };
  if (v.max !== undefined && (v.bound === "below" || v.bound === "at-most")) return { n: v.max * v.scale, bound: "at-most" };
  return null;
}

export function implication(result: IndicatorValue, goal: IndicatorValue, unit: string): Implication | null {
  const r = inUnit(result);
  const gb = goalNumber(goal);
  if (r === null || gb === null) return null;
  const g = gb.n;
  const bound = gb.bound ? { bound: gb.bound } : {};
  if (result.kind === "result-avg-2021-2025" && goal.kind === "goal-avg-2026-2030" && RATE.test(unit)) {
    return { method: "rate-change", points: round(g - r), ...bound };
  }
  if (result.kind === "result-2025" && goal.kind === "goal-2030") {
    if (PERCENT.test(unit)) return { method: "points", points: round(g - r), ...bound };
    if (unit === "") return { method: "difference", difference: round(g - r, 4), ...bound };
    if (r > 0 && g > 0) return { method: "yearly-growth", rate: round((Math.pow(g / r, 1 / 5) - 1) * 100), ...bound };
  }
  return null;
}

/** Why `implication` gives nothing for these two values, in the page's words. */
export function whyNotComputed(result: IndicatorValue, goal: IndicatorValue, otherMeasure?: string): string {
  const notNumber = (
    [
      ["kết quả", result],
      ["mục tiêu", goal],
    ] as const
  )
    .filter(([, v]) => v.value === null)
    .map(
      ([what, v]) =>
        `${what} “${display(v)}” ${v.bound ? "là một cận" : v.min !== undefined ? "là một khoảng" : "ghi bằng lời, không bằng số"}`,
    );
  return notNumber.length ? notNumber.join("; ") : (otherMeasure ?? "hai giá trị đo hai đại lượng khác nhau");
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
        implication: result && goal ? implication(result, withBound(ind, goal), ind.unit) : null,
        ...(result ? { result } : {}),
        ...(goal ? { goal: withBound(ind, goal) } : {}),
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

/**
 * The yearly pace of the term 2020–2025 beside the yearly pace the 2030 goal needs, for a region
 * whose documents state where the term started (a 2020 level, or the 2025 level as so many times
 * the 2020 one), its 2025 result and its 2030 goal. Shares and rates in % are compared in
 * percentage points a year; levels by their compound yearly growth.
 */
export interface Pace {
  indicator: Indicator;
  region: Region;
  /** The 2020 level, or the ratio 2025 ÷ 2020 as the document states it. */
  baseline: IndicatorValue;
  result: IndicatorValue;
  goal: IndicatorValue;
  method: "points" | "compound";
  /** Per year 2020–2025: percentage points, or % growth. */
  achieved: number;
  /** Per year 2025–2030, the same measure. */
  needed: number;
  /** The goal is a bound (“trên 86%”): the pace needed is at least (or at most) this. */
  bound?: "at-least" | "at-most";
  /** faster: the goal asks more each year than the term achieved; slower: less; reverses: it goes back on the term's direction. */
  verdict: "faster" | "slower" | "same" | "reverses";
}

/**
 * The statement of a value's figure that says the most: of “55” in a table and “trên 55%” in the
 * text (the same figure, for the same region and kind), the one with the bound.
 */
export function withBound(ind: Indicator, v: IndicatorValue): IndicatorValue {
  return ind.values.find((w) => w.region === v.region && w.kind === v.kind && w.bound !== undefined && !differs(w, v)) ?? v;
}

/** Whether the documents state another figure for the same region, kind and measure as `v`. */
const disputed = (ind: Indicator, v: IndicatorValue): boolean =>
  ind.values.some((w) => w.region === v.region && w.kind === v.kind && differs(w, v));

export function paceOf(ind: Indicator, region: Region): Pace | null {
  const of = (kind: IndicatorValue["kind"]) => ind.values.find((v) => v.region === region && v.kind === kind);
  const baseline = startsOf(ind, region)[0];
  const result = ind.values.find((v) => v.region === region && v.kind === "result-2025" && inUnit(v) !== null);
  const first = of("goal-2030");
  if (!baseline || !result || !first) return null;
  const goal = withBound(ind, first);
  // A pace from one of two figures the documents give for a point would pick one silently.
  if ([baseline, result, goal].some((v) => disputed(ind, v))) return null;
  const r = inUnit(result)!;
  const g = goalNumber(goal);
  if (!g) return null;
  const percent = PERCENT.test(ind.unit);
  let achieved: number;
  let needed: number;
  if (baseline.kind === "ratio-2025-2020") {
    if (percent || baseline.value === null || baseline.value <= 0 || r <= 0 || g.n <= 0) return null;
    achieved = (Math.pow(baseline.value, 1 / 5) - 1) * 100;
    needed = (Math.pow(g.n / r, 1 / 5) - 1) * 100;
  } else {
    const b = inUnit(baseline);
    if (b === null) return null;
    if (percent) {
      achieved = (r - b) / 5;
      needed = (g.n - r) / 5;
    } else {
      if (b <= 0 || r <= 0 || g.n <= 0) return null;
      achieved = (Math.pow(r / b, 1 / 5) - 1) * 100;
      needed = (Math.pow(g.n / r, 1 / 5) - 1) * 100;
    }
  }
  [achieved, needed] = [round(achieved), round(needed)];
  const verdict: Pace["verdict"] =
    Math.sign(achieved) !== Math.sign(needed) && needed !== 0
      ? "reverses"
      : Math.abs(needed) > Math.abs(achieved)
        ? "faster"
        : Math.abs(needed) < Math.abs(achieved)
          ? "slower"
          : "same";
  return {
    indicator: ind,
    region,
    baseline,
    result,
    goal,
    method: percent ? "points" : "compound",
    achieved,
    needed,
    ...(g.bound ? { bound: g.bound } : {}),
    verdict,
  };
}

/** Every region–indicator pair with a 2020 start, a 2025 result and a 2030 goal, in the indicators' order. */
export function paces(indicators: Indicator[]): Pace[] {
  return indicators.flatMap((ind) => regionRows(ind).flatMap((r) => paceOf(ind, r.region) ?? []));
}

/** The paces, and how many goals ask for more each year than 2020–2025 achieved: what /so-sanh/ and /gioi-thieu/ state. */
export function paceSummary(indicators: Indicator[]): { paces: Pace[]; faster: number } {
  const all = paces(indicators);
  return { paces: all, faster: all.filter((p) => p.verdict === "faster").length };
}
