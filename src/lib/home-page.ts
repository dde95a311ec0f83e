/**
 * The front door (/): the verdict counts of both former units with a bar each, the merged city's
 * headline goals beside the former units' results, the counts the ways in name, and its
 * description.
 */
import type { VerdictStatement } from "../../scripts/model/concordance.ts";
import type { DocumentIndex } from "../../scripts/model/generated.ts";
import type { Indicator, Region } from "../../scripts/model/indicators.ts";
import { countByRegion, metOutOf, type VerdictCount } from "./comparison.ts";
import { countedRegions } from "./comparison-page.ts";
import { goalBars } from "./goals-chart.ts";
import { regionName, valueCount } from "./indicators.ts";
import { withMergedCityGoal } from "./merger.ts";
import { placesPhrase } from "./scope.ts";
import { countWord } from "./site.ts";
import { verdictChart } from "./verdict-chart.ts";

/** A region's verdict bar on the home page: one row, no labels, its counts said in the title. */
export function verdictBar(r: Region, c: VerdictCount): string {
  const title = `${regionName(r)}: ${c.vuot} vượt, ${c.dat} đạt, ${c["khong-dat"]} không đạt`;
  return verdictChart([{ key: r, label: regionName(r), count: c }], title, `bieu-do-ket-qua--${r}`, { labels: false });
}

/** The home page's description: the documents, each former unit's met targets, the merged city's goals. */
export function homeDescription(docCount: number, regions: Region[], counts: Map<Region, VerdictCount>): string {
  const met = regions.map((r) => `${regionName(r)} dự kiến đạt và vượt ${metOutOf(counts.get(r)!)} chỉ tiêu 2020–2025`);
  return (
    `Đọc nguyên văn ${countWord(docCount)} báo cáo của ${placesPhrase()}; ${met.join(", ")}; ` +
    "mục tiêu 2030 của thành phố mới, mỗi con số dẫn về dòng nguồn."
  );
}

/** Everything the home page computes from the data: `headlineGoals` are the indicator ids content/home.yml chooses. */
export function homePage(
  docs: DocumentIndex[],
  indicators: Indicator[],
  statements: VerdictStatement[],
  review: string,
  headlineGoals: string[],
) {
  const counts = countByRegion(indicators, review);
  const regions = countedRegions(counts);
  return {
    counts,
    /** Per former unit: its count, its bar, and the documents' own words on it. */
    regions: regions.map((r) => ({
      region: r,
      count: counts.get(r)!,
      bar: verdictBar(r, counts.get(r)!),
      said: statements.filter((s) => s.region === r),
    })),
    goals: headlineGoals.map((id) => {
      const ind = indicators.find((i) => i.id === id)!;
      return { ind, ...goalBars(ind) };
    }),
    mergedGoals: withMergedCityGoal(indicators).length,
    valueCount: valueCount(indicators),
    pageCount: docs.reduce((n, d) => n + d.pages.length, 0),
    description: homeDescription(docs.length, regions, counts),
  };
}
