/**
 * What an indicator's page (/chi-tieu/<id>/) shows beyond its values: the summary per region, the
 * chart and what it converted or left out, the disagreements, the search filters and preview
 * text, and which reading pages talk about the indicator.
 */
import type { Indicator, IndicatorValue, ValueKind } from "../../scripts/model/indicators.ts";
import { isOtherMeasure } from "../../scripts/model/units.ts";
import { indicatorChart, type IndicatorChart } from "./chart.ts";
import {
  disagreements,
  display,
  startsOf,
  domainNames,
  kindName,
  fold,
  keyColumns,
  regionName,
  regionRows,
  type RegionRow,
} from "./indicators.ts";
import { paceOf, type Pace } from "./comparison.ts";
import { supersededRegions } from "./merger.ts";
import type { RegionInfo } from "../../scripts/model/regions.ts";
import { countWord, indicatorData, pageTexts } from "./site.ts";
import { derived } from "./page-inputs.ts";

/** The search filter “Thời kỳ” of a value: the yearly plan, the 2025–2030 goals, or the 2020–2025 results. */
export function periodOf(kind: ValueKind): string {
  if (/^(result-2023|plan-2024)$/.test(kind)) return "Kế hoạch năm";
  if (/^(goal|orientation)/.test(kind)) return "Mục tiêu 2025–2030";
  return "Kết quả 2020–2025";
}

/** A region's 2025 result and 2030 goal, each with its label; none when the region states neither. */
const keyValues = (r: RegionRow): string[] => {
  const { result, goal } = r.cells;
  // A yearly average or a five-year total is named as such, not as the level of 2025 or 2030.
  const label = (v: IndicatorValue, level: string) =>
    v.kind === "result-2025" || v.kind === "goal-2030"
      ? level
      : kindName(v.kind)
          .replace(/ \(ước\)$/, "")
          .toLowerCase();
  return [
    result.value && `${label(result.value, "kết quả 2025")} ${display(result.value)}`,
    goal.value && `${label(goal.value, "mục tiêu 2030")} ${display(goal.value)}`,
  ].filter((s): s is string => Boolean(s));
};

/** The key values for the search results (Pagefind's `values` meta): “<region>: kết quả 2025 …, mục tiêu 2030 …; …”, “xem trang” for a region with neither. */
export const keyValuesText = (rows: RegionRow[]): string =>
  rows.map((r) => `${regionName(r.region)}: ${keyValues(r).join(", ") || "xem trang"}`).join("; ");

/**
 * The page's description (meta and previews): the name, then each region that states a 2025
 * result or a 2030 goal, with them; a region with neither is left out, and an indicator with
 * neither anywhere says what the page holds.
 */
export function indicatorDescription(ind: Indicator, rows: RegionRow[]): string {
  const said = rows.flatMap((r) => {
    const values = keyValues(r);
    return values.length ? [`${regionName(r.region)} ${values.join(", ")}`] : [];
  });
  return said.length ? `${ind.name}: ${said.join("; ")}.` : `${ind.name}: mục tiêu, kết quả và nguồn của từng số trong các báo cáo.`;
}

/** That every one of `n` differing figures is kept, counted in words: “cả hai đều được giữ”, “cả ba đều được giữ”. */
export const keptAll = (n: number): string => `cả ${countWord(n)} đều được giữ`;

/**
 * The words by which reading pages are found to talk about the indicator, folded: the
 * abbreviation in brackets in its name (“(GRDP)”), or else the first five words of its name
 * without anything in brackets and before any “ – ”.
 */
export function searchTerm(ind: Indicator): string {
  const abbreviation = /\(([A-Z]{2,})\)/.exec(ind.name)?.[1];
  const start = () =>
    ind.name
      .replace(/\(.*?\)/g, "")
      .split(" – ")[0]!
      .split(" ")
      .slice(0, 5)
      .join(" ");
  return fold(abbreviation ?? start());
}

/** The first twelve reading pages whose folded text holds the indicator's search term (see `searchTerm`). */
export const relatedSections = <T extends { folded: string }>(ind: Indicator, texts: T[]): T[] => {
  const term = searchTerm(ind);
  return texts.filter((p) => p.folded.includes(term)).slice(0, 12);
};

/** The sections an indicator's page lists (see `relatedSections`), from the indicator's id. */
const relatedOf = (id: string): { url: string; title: string; docTitle: string }[] =>
  relatedSections(
    indicatorData().indicators.find((i) => i.id === id)!,
    pageTexts(),
  ).map(({ url, title, docTitle }) => ({
    url,
    title,
    docTitle,
  }));

/** The derived values an indicator's page depends on, by kind (src/lib/page-inputs.ts). */
export const indicatorPageDerived = { "related-sections": relatedOf };

/**
 * The sections that name the indicator, noted as one derived value: its page is rendered again
 * when they change, not whenever the text of any section does.
 */
export const relatedSectionsOf = (ind: Indicator): { url: string; title: string; docTitle: string }[] =>
  derived("related-sections", ind.id, relatedOf);

export interface IndicatorPage {
  /** The key values of each region, in the order regions first appear. */
  rows: RegionRow[];
  /** The domain's name (or its id when it has none). */
  domain: string;
  /** The documents that state a value, in the order of first use. */
  docs: string[];
  chart: IndicatorChart | null;
  /** Values drawn after conversion into the indicator's unit (“2,5 triệu tỷ đồng” against “tỷ đồng”). */
  conversions: IndicatorValue[];
  /** Values with a number that measure something else than the indicator (no scale): named under the table. */
  otherMeasure: IndicatorValue[];
  /** Where two documents (or a table and another table) give different figures for the same thing. */
  differences: ReturnType<typeof disagreements>;
  /** The former region whose 2030 goal, drafted before the merger, the merged region's supersedes (content/regions.yml `mergedInto`). */
  superseded: RegionInfo | undefined;
  /** The search filter “Thời kỳ”: each period a value belongs to, once (see `periodOf`). */
  periods: string[];
  keyValues: string;
  description: string;
  /** Per region, the yearly pace 2020–2025 beside the one the 2030 goal needs (see `paceOf`). */
  paces: Pace[];
  /** Per region, the values of its summary line. */
  summary: { region: RegionRow["region"]; values: IndicatorValue[] }[];
}

/**
 * What a region's summary line states: where the term started (2020), then its key values in the
 * columns' order, then a five-year total that is not one of them; a region with no key value (a
 * yearly report's figures only) states the first value of each kind it has.
 */
export function summaryValues(ind: Indicator, r: RegionRow): IndicatorValue[] {
  const own = ind.values.filter((v) => v.region === r.region);
  const start = startsOf(ind, r.region);
  const key = keyColumns.map((c) => r.cells[c.key].value).filter((v): v is IndicatorValue => v !== undefined);
  // A five-year total stands beside a year's level, so a region is never shown with only one of them.
  const totals = (["total-2021-2025", "goal-total-2026-2030"] as const).flatMap((k) => {
    const v = own.find((w) => w.kind === k);
    return v && !key.includes(v) ? [v] : [];
  });
  if (key.length) return [...start, ...key, ...totals];
  const firsts = new Map<string, IndicatorValue>();
  for (const v of own) if (!firsts.has(v.kind)) firsts.set(v.kind, v);
  return [...firsts.values()];
}

/** Everything the indicator's page computes from the indicator; the page lays it out. */
export function indicatorPage(ind: Indicator): IndicatorPage {
  const rows = regionRows(ind);
  const chart = indicatorChart(ind);
  return {
    rows,
    domain: domainNames[ind.domain] ?? ind.domain,
    docs: [...new Set(ind.values.map((v) => v.source.doc))],
    chart,
    conversions: chart ? chart.drawn.filter((v) => v.scale !== 1) : [],
    otherMeasure: ind.values.filter(isOtherMeasure),
    differences: disagreements(ind),
    superseded: supersededRegions(rows)[0],
    periods: [...new Set(ind.values.map((v) => periodOf(v.kind)))],
    keyValues: keyValuesText(rows),
    description: indicatorDescription(ind, rows),
    paces: rows.flatMap((r) => paceOf(ind, r.region) ?? []),
    summary: rows.map((r) => ({ region: r.region, values: summaryValues(ind, r) })),
  };
}
