/**
 * The comparison page (/so-sanh/): the verdict counts of the reviewing document per region and
 * domain, the missed targets with their new goals, the merged city's goals beside the former
 * units' results, and what each 2030 goal asks of the 2025 result, in the page's words.
 */
import type { Indicator, IndicatorValue, Region } from "../../scripts/model/indicators.ts";
import {
  compare,
  countByDomain,
  countByRegion,
  paceSummary,
  whyNotComputed,
  type Pace,
  type RegionComparison,
  type VerdictCount,
} from "./comparison.ts";
import { display, domainNames, formatNumber, regionName, regionRows, unitText, withUnit } from "./indicators.ts";
import { verdictChart } from "./verdict-chart.ts";
import { formerRegionIds } from "./merger.ts";
import { mergedRegions } from "./scope.ts";
import { documents } from "./site.ts";

/** The former units the verdicts are counted for, in the order the verdict statements name them, those the reviewing document counts. */
export const countedRegions = (counts: Map<Region, VerdictCount>): Region[] => formerRegionIds().filter((r) => counts.has(r));

/** What reaching the 2030 goal asks of the 2025 result, in words (“cần tăng bình quân 14,38%/năm trong 2025–2030”), or why it is not computed. */
export function implicationText(c: RegionComparison, otherMeasure?: (v: IndicatorValue) => string | undefined): string {
  const i = c.implication;
  if (!i) return `không tính được: ${whyNotComputed(c.result!, c.goal!, otherMeasure?.(c.goal!) ?? otherMeasure?.(c.result!))}`;
  // A goal that is a bound (“trên 86%”) asks at least (or at most) this much.
  const b = i.bound === "at-least" ? "ít nhất " : i.bound === "at-most" ? "nhiều nhất " : "";
  if (i.method === "difference") return `${i.difference >= 0 ? "cao hơn" : "thấp hơn"} ${b}${formatNumber(Math.abs(i.difference))}`;
  if (i.method === "points") return `${b}${i.points >= 0 ? "+" : ""}${formatNumber(i.points)} điểm phần trăm trong 5 năm`;
  if (i.method === "rate-change")
    return `bình quân 2026–2030 ${i.points >= 0 ? "cao hơn" : "thấp hơn"} bình quân 2021–2025 ${b}${formatNumber(Math.abs(i.points))} điểm phần trăm`;
  return `cần tăng bình quân ${b}${formatNumber(i.rate)}%/năm trong 2025–2030`;
}

/** How a missed target's new goal stands against the old target. */
export const changeWords: Record<NonNullable<RegionComparison["change"]>, string> = {
  raised: "nâng lên",
  lowered: "hạ xuống",
  same: "giữ nguyên",
};

/** A column of the merged city's table: a former unit's 2025 result, or a merged region's 2030 goal. */
export interface MergedColumn {
  region: Region;
  cell: "result" | "goal";
  title: string;
}

/** The columns: each former unit's 2025 result (in the order the verdict statements name them), then each merged region's 2030 goal. */
export const mergedColumns = (): MergedColumn[] => [
  ...formerRegionIds().map((region): MergedColumn => ({ region, cell: "result", title: `${regionName(region)}, kết quả 2025` })),
  ...mergedRegions().map((r): MergedColumn => ({ region: r.id, cell: "goal", title: `${r.shortName}, mục tiêu 2030` })),
];

/** An indicator a merged region has a value for: its value in each of `mergedColumns()`, in their order. */
export interface MergedRow {
  ind: Indicator;
  values: (IndicatorValue | undefined)[];
  /** The merged region's 2030 goal (the last column). */
  goal?: IndicatorValue | undefined;
}

/** The indicators with a value of a merged region, each with the former units' 2025 results and its 2030 goal. */
export function mergedRows(indicators: Indicator[]): MergedRow[] {
  const columns = mergedColumns();
  const merged = new Set(mergedRegions().map((r) => r.id));
  return indicators
    .filter((i) => i.values.some((v) => merged.has(v.region)))
    .map((ind) => {
      const rows = regionRows(ind);
      const values = columns.map((c) => rows.find((r) => r.region === c.region)?.cells[c.cell].value);
      return { ind, values, goal: values.at(-1) };
    });
}

/** Everything /so-sanh/ computes from the indicators and the reviewing document (see `reviewingDocument`). */
export function comparisonPage(indicators: Indicator[], review: string) {
  const counts = countByRegion(indicators, review);
  const regions = countedRegions(counts);
  const chart = verdictChart(
    regions.map((r) => ({ key: r, label: regionName(r), count: counts.get(r)! })),
    `Số chỉ tiêu đạt, vượt và không đạt nhiệm kỳ 2020–2025, theo ${documents().find((d) => d.meta.id === review)?.meta.shortTitle ?? review}`,
    "bieu-do-danh-gia",
  );
  const comparisons = compare(indicators);
  const merged = mergedRows(indicators);
  const mergedGoal = new Map(merged.map((r) => [r.ind.id, r.goal]));
  return {
    counts,
    regions,
    chart,
    /** Per region, the verdict count of each domain (its name), in the order domains first appear. */
    byDomain: regions.map((r) => ({
      region: r,
      domains: [...countByDomain(indicators, review, r).entries()].map(([d, c]) => ({ name: domainNames[d] ?? d, count: c })),
    })),
    /** The region–indicator pairs with both a 2025 result and a 2030 goal. */
    withGoal: comparisons.filter((c) => c.result && c.goal),
    /** The missed targets, each with the merged city's 2030 goal when it sets one. */
    missed: comparisons.filter((c) => c.verdict === "khong-dat").map((c) => ({ ...c, merged: mergedGoal.get(c.indicator.id) })),
    merged,
    /** The yearly pace 2020–2025 achieved beside the one the 2030 goal needs; how many goals ask for more. */
    ...paceSummary(indicators),
  };
}

/** A yearly pace in the page's words: “+1,24 điểm phần trăm/năm”, “5,47%/năm”. */
export function paceText(n: number, method: Pace["method"]): string {
  const sign = n > 0 ? "+" : n < 0 ? "−" : "";
  return method === "points" ? `${sign}${formatNumber(Math.abs(n))} điểm phần trăm/năm` : `${sign}${formatNumber(Math.abs(n))}%/năm`;
}

/** What the goal asks against what the term achieved, plainly. */
export const paceVerdictWords: Record<Pace["verdict"], string> = {
  faster: "mục tiêu đòi hỏi nhanh hơn nhịp 2020–2025",
  slower: "mục tiêu đòi hỏi chậm hơn nhịp 2020–2025",
  same: "mục tiêu đòi hỏi đúng nhịp 2020–2025",
  reverses: "mục tiêu đi ngược chiều 2020–2025",
};

/** The same, in a table cell: what the goal asks each year against the term's pace. */
export const paceShort: Record<Pace["verdict"], string> = {
  faster: "cần nhanh hơn",
  slower: "nhịp chậm hơn vẫn đạt",
  same: "giữ nhịp",
  reverses: "ngược chiều",
};

/**
 * A figure of a pace in its indicator's unit, spelled one way for the three columns (“167 triệu
 * đồng” and “218 Triệu đồng/ha” both become “… triệu đồng/ha”); a ratio (“gấp 1,86 lần”) and a
 * bound (“trên 55%”) as the documents write them.
 */
export function paceFigure(p: Pace, v: IndicatorValue): string {
  if (v.kind === "ratio-2025-2020" || v.value === null || v.scale === undefined) return display(v);
  if (v.scale === 1) return unitText(v, p.indicator.unit);
  return withUnit(formatNumber(Math.round(v.value * v.scale * 1e6) / 1e6), p.indicator.unit);
}

/** The pace needed, with “ít nhất”/“nhiều nhất” for a goal that is a bound. */
export const neededText = (p: Pace): string =>
  `${p.bound === "at-least" ? "ít nhất " : p.bound === "at-most" ? "nhiều nhất " : ""}${paceText(p.needed, p.method)}`;
