/** Views of the indicator data for the pages: key values per region, labels, number formatting. */
import { domains } from "../../scripts/model/concordance.ts";
import { ends } from "../../scripts/model/units.ts";
import type { Indicator, IndicatorValue, Region, ValueKind, valueKinds } from "../../scripts/model/indicators.ts";
import { fold } from "./vietnamese.ts";

/** A region's label in charts, tables and filters (content/regions.yml). */
export { regionName } from "./scope.ts";

/** The names of the kinds of `valueKinds`; `kindName` names every kind. */
export const kindNames: Record<(typeof valueKinds)[number], string> = {
  "result-2020": "Kết quả 2020",
  "ratio-2025-2020": "Năm 2025 gấp năm 2020",
  "total-2021-2025": "Tổng cả giai đoạn 2021–2025 (ước)",
  "goal-total-2026-2030": "Mục tiêu tổng cả giai đoạn 2026–2030",
  "target-2025": "Mục tiêu đến 2025",
  "target-avg-2021-2025": "Mục tiêu bình quân 2021–2025",
  "target-2030-prev": "Mục tiêu đến 2030 (đặt trước 2025)",
  "result-2025": "Kết quả 2025 (ước)",
  "result-avg-2021-2025": "Kết quả bình quân 2021–2025 (ước)",
  status: "Đánh giá của tài liệu",
  "goal-2030": "Mục tiêu đến 2030",
  "goal-avg-2026-2030": "Mục tiêu bình quân 2026–2030",
  "orientation-2035": "Định hướng đến 2035",
  "result-2023": "Kết quả 2023 (ước)",
  "plan-2024": "Kế hoạch 2024",
};

const familyNames = { plan: "Kế hoạch", result: "Kết quả", goal: "Mục tiêu" } as const;

/** A kind's name on the pages: its own for a kind of `valueKinds`, else read from the pattern (“plan-2026” → “Kế hoạch 2026”). */
export function kindName(kind: ValueKind): string {
  if (kind in kindNames) return kindNames[kind as keyof typeof kindNames];
  const [, family, from, to] = /^(plan|result|goal)-(?:avg-(\d{4})-)?(\d{4})$/.exec(kind) ?? [];
  const name = familyNames[family as keyof typeof familyNames] ?? kind;
  if (from) return `${name} bình quân ${from}–${to}`;
  return family === "goal" ? `${name} đến ${to}` : `${name} ${to}`;
}

/**
 * What a key column's value is when it is not the year's level its column is named for: a yearly
 * average over the term (“Kết quả 2025” holding 9,8%/năm for 2021–2025), or nothing.
 */
export const periodNote = (v: IndicatorValue): string =>
  v.kind === "result-avg-2021-2025" || v.kind === "target-avg-2021-2025"
    ? "bình quân mỗi năm 2021–2025"
    : v.kind === "total-2021-2025"
      ? "tổng cả giai đoạn 2021–2025"
      : v.kind === "goal-avg-2026-2030"
        ? "bình quân mỗi năm 2026–2030"
        : v.kind === "goal-total-2026-2030"
          ? "tổng cả giai đoạn 2026–2030"
          : "";

export const domainNames: Record<string, string> = domains;

/** The key columns of the explorer, each filled from the first kind that has a value. */
export const keyColumns = [
  { key: "target", title: "Mục tiêu 2025", kinds: ["target-2025", "target-avg-2021-2025"] },
  { key: "result", title: "Kết quả 2025", kinds: ["result-2025", "result-avg-2021-2025", "total-2021-2025"] },
  { key: "status", title: "Đánh giá", kinds: ["status"] },
  { key: "goal", title: "Mục tiêu 2030", kinds: ["goal-2030", "goal-avg-2026-2030", "goal-total-2026-2030"] },
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

/** The numbers a value states, in its indicator's unit: itself, or the ends of its range or bound. */
const numbers = (v: IndicatorValue): [number, number] | null => {
  const k = v.scale ?? 1;
  if (v.value !== null) return [v.value * k, v.value * k];
  if (v.min !== undefined || v.max !== undefined) return [(v.min ?? v.max)! * k, (v.max ?? v.min)! * k];
  return null;
};

/** How many decimals a number is printed with in its own unit (3,85 → 2). */
const decimalsOf = (v: IndicatorValue): number => (String(v.value ?? v.min ?? v.max ?? "").split(".")[1] ?? "").length;

/**
 * Whether two numbers, in the indicator's unit, are the same figure: equal, or the one printed
 * with fewer decimals (at least one) is the other rounded (“3,85 tỷ USD” and “3.853,9 triệu USD”).
 * A whole number is never taken as a rounding: “13” and “12,5” differ.
 */
function same(x: number, y: number, a: IndicatorValue, b: IndicatorValue): boolean {
  if (Math.abs(x - y) < 1e-9 * Math.max(1, Math.abs(x))) return true;
  // Precision in the indicator's unit: 3,85 tỷ USD (scale 1.000) is to the ten million, 3.853,9 triệu USD to the hundred thousand.
  const precision = (v: IndicatorValue) => decimalsOf(v) - Math.log10(v.scale ?? 1);
  const coarse = precision(a) <= precision(b) ? a : b;
  const places = decimalsOf(coarse);
  if (places === 0) return false;
  const unit = coarse.scale ?? 1;
  const [c, f] = coarse === a ? [x / unit, y / unit] : [y / unit, x / unit];
  return Math.abs(Math.round(f * 10 ** places) / 10 ** places - c) < 1e-9 * Math.max(1, Math.abs(c));
}

/** The numbers written in a value's words (“19.201/15.500 đảng viên” → 19.201 and 15.500). */
const wordNumbers = (v: IndicatorValue): string => (v.raw.match(/\d+(?:[.,]\d+)*/g) ?? []).join(" ");

/**
 * Two statements of the same value differ when their numbers differ in the indicator's unit (a
 * table's “90” and the text's “trên 90%” agree, and so do “20,2 tỷ USD” and “20.200 triệu USD”,
 * or a figure and its rounding). When neither has a number in that unit, they differ when the
 * numbers in their words differ (“giảm 80%” and “80% số hộ…” agree), or, with no number at all,
 * when their words differ. A number and a level in words (“85,86%” and “Mức độ I”) say different
 * things and are not compared.
 */
export const differs = (a: IndicatorValue, b: IndicatorValue): boolean => {
  if (measureOf(a) !== measureOf(b)) return false;
  const [x, y] = [numbers(a), numbers(b)];
  if (x !== null && y !== null) return !same(x[0], y[0], a, b) || !same(x[1], y[1], a, b);
  const [m, n] = [wordNumbers(a), wordNumbers(b)];
  return m || n ? m !== n : a.raw !== b.raw;
};

/**
 * What a value can be compared with: a number in the indicator's unit, a number of another
 * measure in its own unit (“36 xã” beside “20,2%”), or words (“Mức độ I”, “giảm 80%”).
 */
const measureOf = (v: IndicatorValue): string => (v.scale !== undefined ? "unit" : numbers(v) !== null ? `other:${v.unit}` : "words");

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

const BOUND_WORDS: Record<NonNullable<IndicatorValue["bound"]>, string> = {
  above: "trên",
  "at-least": "ít nhất",
  below: "dưới",
  "at-most": "tối đa",
  about: "khoảng",
};

/**
 * A figure in its indicator's unit, spelled one way on a page that sets figures side by side
 * (“36,0 Giường bệnh”, “33,3 giường/01 vạn dân” and “34,2 giường bệnh/vạn dân” all become
 * “… giường bệnh/vạn dân”), with its bound or range. A figure converted by a factor, of another
 * measure, a verdict or words is shown as the documents write it (`display`); the documents' own
 * words stay in the table of values and its sources.
 */
export function unitText(v: IndicatorValue, unit: string): string {
  if (v.scale !== 1 || !unit) return display(v);
  const [, note] = /(\s*\(giai đoạn [^()]*\))$/u.exec(v.raw) ?? [];
  if (v.value !== null) return `${withUnit(formatNumber(v.value), unit)}${note ?? ""}`;
  if (v.min !== undefined && v.max !== undefined && v.min !== v.max && !v.bound)
    return withUnit(`${formatNumber(v.min)}–${formatNumber(v.max)}`, unit);
  const n = v.bound === "below" || v.bound === "at-most" ? v.max : v.min;
  return v.bound && n !== undefined ? `${BOUND_WORDS[v.bound]} ${withUnit(formatNumber(n), unit)}` : display(v);
}

/** A number with its unit, as the documents write them: “9,8%” and “14,5%/năm” close up, “4.913 USD” spaced. */
export const withUnit = (value: string, unit: string): string => (unit.startsWith("%") ? `${value}${unit}` : `${value} ${unit}`);

/** Lower case, no tone marks, đ → d: for matching what people type (`src/lib/vietnamese.ts`). */
export { fold };

/**
 * Where a region's term started, as the documents state it: its 2020 level, and the ratio of 2025
 * to 2020 (“gấp 1,86 lần”); `levelOnly` keeps the level alone (a bar of a chart must be a level).
 */
export function startsOf(ind: Indicator, region: Region, levelOnly = false): IndicatorValue[] {
  const kinds: ValueKind[] = levelOnly ? ["result-2020"] : ["result-2020", "ratio-2025-2020"];
  return kinds.flatMap((k) => ind.values.find((v) => v.region === region && v.kind === k) ?? []);
}

/** Where in its document a value stands: a table row, a footnote, or the running text. */
export const placeOf = (v: IndicatorValue): "bảng" | "chú thích" | "câu chữ" =>
  /-bang\d+-d\d+$/.test(v.source.url) ? "bảng" : /#chu-thich-/.test(v.source.url) ? "chú thích" : "câu chữ";

/** A disagreement: the values of one region and kind that differ, between documents or inside one (`within`). */
export interface Disagreement {
  region: Region;
  kind: ValueKind;
  values: IndicatorValue[];
  /** The document that itself states two of the values differently, if one does. */
  within: string | undefined;
  /** The distinct figures, each with every statement of it (“6,5%/năm” in a table and two sentences, “6,2%” in a footnote). */
  figures: { value: IndicatorValue; statements: IndicatorValue[] }[];
}

/** Values grouped by figure: those that do not differ from the first of a group join it. */
export function figuresOf(values: IndicatorValue[]): Disagreement["figures"] {
  const figures: Disagreement["figures"] = [];
  for (const v of values) {
    const same = figures.find((f) => !differs(f.value, v));
    if (same) same.statements.push(v);
    else figures.push({ value: v, statements: [v] });
  }
  return figures;
}

/**
 * Every place where the documents state different figures for the same region and kind of value:
 * between documents, and inside one (a footnote or a sentence against a table, Phụ lục 1 against
 * Phụ lục 2), which is marked `within`.
 */
export function disagreements(ind: Indicator): Disagreement[] {
  const selfDiffering = (vs: IndicatorValue[]): string | undefined =>
    vs.find((v) => vs.some((w) => w.source.doc === v.source.doc && differs(v, w)))?.source.doc;
  const groups = new Map<string, IndicatorValue[]>();
  for (const v of ind.values) {
    if (v.kind === "status") continue;
    const key = `${v.region}|${v.kind}|${measureOf(v)}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()]
    .filter((vs) => vs.some((v) => differs(v, vs[0]!)))
    .map((vs) => ({ region: vs[0]!.region, kind: vs[0]!.kind, values: vs, within: selfDiffering(vs), figures: figuresOf(vs) }));
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
