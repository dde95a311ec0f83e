/**
 * The indicator explorer (/chi-tieu/): a row per indicator and region, the filters' choices, and
 * what each row and cell carries for filtering, sorting and naming its sources.
 */
import type { Indicator, IndicatorValue } from "../../scripts/model/indicators.ts";
import { figuresOf, fold, regionRows, verdictOf, type KeyCell, type RegionRow } from "./indicators.ts";
import { placesList } from "./scope.ts";

/** The rows, and the domains, regions and documents the filters offer (each once, in the order of first use). */
export function indicatorList(indicators: Indicator[]) {
  const rows = indicators.flatMap(regionRows);
  return {
    rows,
    domains: [...new Set(indicators.map((i) => i.domain))],
    regions: [...new Set(rows.map((r) => r.region))],
    docs: [...new Set(rows.flatMap((r) => r.docs))],
  };
}

/** The page's description: how many indicators, which key values, that every number has its source. */
export const indicatorListDescription = (count: number): string =>
  `${count} chỉ tiêu của các báo cáo ${placesList()}: mục tiêu 2025, kết quả 2025, đánh giá, mục tiêu 2030 ` +
  "và định hướng 2035, lọc và sắp xếp được, mỗi số dẫn về dòng nguồn.";

/** What a row tells the filters: its verdict (or “khong-co”) and its folded text (the name and the verdict as printed). */
export function rowFilters(r: RegionRow): { verdict: string; search: string } {
  const status = r.cells.status.value;
  return {
    verdict: (status ? verdictOf(status.raw) : undefined) ?? "khong-co",
    search: fold(`${r.indicator.name} ${status?.raw ?? ""}`),
  };
}

/** The number a cell sorts by: the value, or the lower (else upper) end of its range or bound, or "" for words. */
export const sortValue = (v: IndicatorValue): number | "" => v.value ?? v.min ?? v.max ?? "";

/**
 * A value's source in a tooltip, and the other documents' figures for the same cell:
 * `shortTitle` names a document by its id.
 */
export function cellSources(cell: KeyCell & { value: IndicatorValue }, shortTitle: (id: string) => string) {
  const v = cell.value;
  return {
    title: `Nguồn: ${shortTitle(v.source.doc)}, dòng ${v.source.line}`,
    othersTitle: figuresOf(cell.others)
      .map((f) => `${f.statements.map((o) => `${shortTitle(o.source.doc)} dòng ${o.source.line}`).join(", ")}: ${f.value.raw}`)
      .join("; "),
    // Each other figure once (“13” in Phụ lục 2 and “13 bác sĩ/vạn dân” in the text are one figure).
    others: figuresOf(cell.others)
      .map((f) => f.value.raw)
      .join(", "),
  };
}
