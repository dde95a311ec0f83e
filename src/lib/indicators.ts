/** Views of the indicator data for the pages: key values per region, labels, number formatting. */
import { domains } from "../../scripts/model/concordance.ts";
import { ends } from "../../scripts/model/units.ts";
import type { Indicator, IndicatorValue, Region, ValueKind } from "../../scripts/model/indicators.ts";

export const regionNames: Record<Region, string> = {
  "hai-duong": "Hải Dương (cũ)",
  "hai-phong": "Hải Phòng (cũ)",
  "hai-phong-moi": "Hải Phòng (mới)",
};

export const kindNames: Record<ValueKind, string> = {
  "result-2020": "Kết quả 2020",
  "ratio-2025-2020": "Năm 2025 gấp năm 2020",
  "target-2025": "Mục tiêu đến 2025",
  "target-avg-2021-2025": "Mục tiêu bình quân 2021–2025",
  "target-2030-prev": "Mục tiêu đến 2030 (đặt năm 2020)",
  "result-2025": "Kết quả 2025 (ước)",
  "result-avg-2021-2025": "Kết quả bình quân 2021–2025 (ước)",
  status: "Đánh giá của tài liệu",
  "goal-2030": "Mục tiêu đến 2030",
  "goal-avg-2026-2030": "Mục tiêu bình quân 2026–2030",
  "orientation-2035": "Định hướng đến 2035",
  "result-2023": "Kết quả 2023",
  "plan-2024": "Kế hoạch 2024",
};

export const domainNames: Record<string, string> = domains;

/** The key columns of the explorer, each filled from the first kind that has a value. */
export const keyColumns = [
  { key: "target", title: "Mục tiêu 2025", kinds: ["target-2025", "target-avg-2021-2025"] },
  { key: "result", title: "Kết quả 2025", kinds: ["result-2025", "result-avg-2021-2025"] },
  { key: "status", title: "Đánh giá", kinds: ["status"] },
  { key: "goal", title: "Mục tiêu 2030", kinds: ["goal-2030", "goal-avg-2026-2030"] },
  { key: "orientation", title: "Định hướng 2035", kinds: ["orientation-2035"] },
] as const satisfies readonly { key: string; title: string; kinds: readonly ValueKind[] }[];

export type Verdict = "dat" | "vuot" | "khong-dat";
export const verdictOf = (raw: string): Verdict | undefined =>
  /^Vượt$/i.test(raw) ? "vuot" : /^Đạt$/i.test(raw) ? "dat" : /^Không đạt$/i.test(raw) ? "khong-dat" : undefined;
export const verdictNames: Record<Verdict, string> = { dat: "Đạt", vuot: "Vượt", "khong-dat": "Không đạt" };

export interface KeyCell {
  value?: IndicatorValue;
  /** Other documents that state a different figure for the same thing. */
  others: IndicatorValue[];
}

/** One explorer row: an indicator in one region, with its key values. */
export interface RegionRow {
  indicator: Indicator;
  region: Region;
  cells: Record<(typeof keyColumns)[number]["key"], KeyCell>;
  docs: string[];
}

/** The numbers a value states: itself, or the ends of its range or bound. */
const numbers = (v: IndicatorValue): string | null =>
  v.value !== null ? `${v.value}` : v.min !== undefined || v.max !== undefined ? `${v.min ?? v.max}…${v.max ?? v.min}` : null;

/**
 * Two statements of the same value differ when their numbers differ (a table's “90” and the
 * text's “trên 90%” agree), or, when neither states a number, when their words differ.
 */
export const differs = (a: IndicatorValue, b: IndicatorValue): boolean => {
  const [x, y] = [numbers(a), numbers(b)];
  if (x !== null && y !== null) return x.split("…")[0] !== y.split("…")[0] || x.split("…").at(-1) !== y.split("…").at(-1);
  return x !== y || a.raw !== b.raw;
};

export function regionRows(ind: Indicator): RegionRow[] {
  const regions = [...new Set(ind.values.map((v) => v.region))];
  return regions.map((region) => {
    const vs = ind.values.filter((v) => v.region === region);
    const cells = Object.fromEntries(
      keyColumns.map((c) => {
        for (const kind of c.kinds) {
          const found = vs.filter((v) => v.kind === kind);
          if (found.length) return [c.key, { value: found[0], others: found.filter((v) => differs(v, found[0]!)) }];
        }
        return [c.key, { others: [] }];
      }),
    ) as RegionRow["cells"];
    return { indicator: ind, region, cells, docs: [...new Set(vs.map((v) => v.source.doc))] };
  });
}

/** How many values the indicators have in all. */
export const valueCount = (indicators: Indicator[]): number => indicators.reduce((n, i) => n + i.values.length, 0);

/** Vietnamese number format with the printed precision: 1234.5 → 1.234,5. */
export function formatNumber(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "−" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** The numbers of a value converted into its indicator's unit (“2,5 triệu tỷ đồng” → “2.500.000”), or null for another measure. */
export function converted(v: IndicatorValue): string | null {
  const e = ends(v);
  return e ? (e[0] === e[1] ? formatNumber(e[0]) : `${formatNumber(e[0])}–${formatNumber(e[1])}`) : null;
}

/** The value as the sources print it, with its unit when the raw text has none. */
export function display(v: IndicatorValue): string {
  if (v.kind === "status") return v.raw;
  // The period in brackets after the number (“981.260 (giai đoạn 2021-2025)”): the unit goes before it.
  const [, value, note] = /^(.*?)(\s*\(giai đoạn [^()]*\))?$/u.exec(v.raw)!;
  const hasUnit = /[%\p{L}]/u.test(value!.replace(/^(trên|dưới|khoảng|giảm|tối thiểu)\s/u, ""));
  return hasUnit || !v.unit ? v.raw : `${withUnit(value!, v.unit)}${note ?? ""}`;
}

/** A number with its unit, as the documents write them: “9,8%” and “14,5%/năm” close up, “4.913 USD” spaced. */
export const withUnit = (value: string, unit: string): string => (unit.startsWith("%") ? `${value}${unit}` : `${value} ${unit}`);

/** Lower case, no tone marks, đ → d: for matching what people type. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Where in its document a value stands: a table row, a footnote, or the running text. */
export const placeOf = (v: IndicatorValue): "bảng" | "chú thích" | "câu chữ" =>
  /-bang\d+-d\d+$/.test(v.source.url) ? "bảng" : /#chu-thich-/.test(v.source.url) ? "chú thích" : "câu chữ";

/** A disagreement: the values of one region and kind that differ; `within` when one document states them all. */
export interface Disagreement {
  region: Region;
  kind: ValueKind;
  values: IndicatorValue[];
  within: boolean;
}

/**
 * Every place where the documents state different figures for the same region and kind of value:
 * between documents, and inside one (a footnote or a sentence against a table, Phụ lục 1 against
 * Phụ lục 2), which is marked `within`.
 */
export function disagreements(ind: Indicator): Disagreement[] {
  const groups = new Map<string, IndicatorValue[]>();
  for (const v of ind.values) {
    if (v.kind === "status") continue;
    const key = `${v.region}|${v.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()]
    .filter((vs) => vs.some((v) => differs(v, vs[0]!)))
    .map((vs) => ({ region: vs[0]!.region, kind: vs[0]!.kind, values: vs, within: new Set(vs.map((v) => v.source.doc)).size === 1 }));
}

/**
 * Values grouped by the document that states them, documents in the order of first use, one
 * value per source line (for “Nguồn: …, dòng 847, 484” lines).
 */
export function sourcesByDocument(values: IndicatorValue[]): [string, IndicatorValue[]][] {
  const m = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const list = m.get(v.source.doc) ?? [];
    if (!list.some((o) => o.source.line === v.source.line)) list.push(v);
    m.set(v.source.doc, list);
  }
  return [...m.entries()];
}
