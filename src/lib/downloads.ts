/**
 * The indicator values as a reader takes them away: a spreadsheet file headed in Vietnamese (for
 * one indicator, and for the whole data set), and one indicator's entry of /du-lieu/chi-tieu.json.
 *
 * The spreadsheet file is written for Excel and LibreOffice in a Vietnamese locale, where the
 * decimal mark is a comma and the list separator a semicolon: fields are separated by “;”,
 * numbers are written with a decimal comma and no thousands mark (“244357”, “9,8”), so the
 * spreadsheet reads them as numbers; the words of the documents stay in “Nguyên văn”. It is UTF-8
 * with a byte-order mark, so Vietnamese letters open right. The machine file
 * /du-lieu/chi-tieu.csv (commas, decimal points, English codes) stays as published. No cell of the
 * spreadsheet file can start a formula (scripts/model/spreadsheet-cell.ts).
 */
import type { Indicator, IndicatorData, IndicatorValue } from "../../scripts/model/indicators.ts";
import { inertCell } from "../../scripts/model/spreadsheet-cell.ts";
import { kindName, regionName } from "./indicators.ts";
import { joinWords, regions } from "./scope.ts";

/** The columns of the spreadsheet file, in order. */
export const SHEET_COLUMNS = [
  "Chỉ tiêu",
  "Địa bàn",
  "Loại giá trị",
  "Giá trị",
  "Từ",
  "Đến",
  "Cận",
  "Đơn vị",
  "Nguyên văn",
  "Giá trị theo đơn vị chung",
  "Đơn vị chung",
  "Tài liệu",
  "Dòng",
  "Liên kết",
] as const;

/** What each column holds, for /du-lieu/ and the indicator page. */
export const sheetColumnMeaning: Record<(typeof SHEET_COLUMNS)[number], string> = {
  "Chỉ tiêu": "tên chỉ tiêu",
  // The regions of content/regions.yml, read when the page is built.
  get "Địa bàn"() {
    return joinWords(
      regions().map((r) => r.shortName),
      "hoặc",
    );
  },
  "Loại giá trị": "mục tiêu, kết quả, đánh giá… và năm hay giai đoạn",
  "Giá trị": "con số văn bản ghi, khi là một số",
  Từ: "đầu thấp của một khoảng hay một cận dưới (“trên 90%” → 90)",
  Đến: "đầu cao của một khoảng hay một cận trên (“dưới 3,5%” → 3,5)",
  Cận: "trên, ít nhất, dưới, nhiều nhất hoặc khoảng, khi văn bản ghi vậy",
  "Đơn vị": "đơn vị như văn bản ghi",
  "Nguyên văn": "chữ của văn bản, không sửa",
  "Giá trị theo đơn vị chung": "giá trị đổi sang đơn vị chung của chỉ tiêu, khi đổi được (“2,5 triệu tỷ đồng” → 2500000 tỷ đồng)",
  "Đơn vị chung": "đơn vị mọi giá trị của chỉ tiêu được đổi về để so sánh",
  "Tài liệu": "văn bản nguồn",
  Dòng: "số dòng trong văn bản nguồn",
  "Liên kết": "địa chỉ của đúng chỗ ấy trên trang",
};

const BOUNDS: Record<NonNullable<IndicatorValue["bound"]>, string> = {
  above: "trên",
  "at-least": "ít nhất",
  below: "dưới",
  "at-most": "nhiều nhất",
  about: "khoảng",
};

/** A number as a Vietnamese-locale spreadsheet reads it: decimal comma, no thousands mark. */
export const sheetNumber = (n: number | null | undefined): string =>
  n === null || n === undefined ? "" : String(Math.round(n * 1e9) / 1e9).replace(".", ",");

// Every cell goes through inertCell: a title or a source's words may begin like a formula.
const field = (cell: string): string => {
  const s = inertCell(cell);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The rows of the spreadsheet file for `indicators`; `docTitle` names a document, `origin` makes the links absolute (paths without it). */
export function sheetCsv(indicators: Indicator[], docTitle: (id: string) => string, origin: string | undefined): string {
  const lines = [SHEET_COLUMNS.join(";")];
  for (const ind of indicators)
    for (const v of ind.values) {
      const common = v.scale !== undefined && v.value !== null ? sheetNumber(v.value * v.scale) : "";
      lines.push(
        [
          ind.name,
          regionName(v.region),
          kindName(v.kind),
          sheetNumber(v.value),
          sheetNumber(v.min),
          sheetNumber(v.max),
          v.bound ? BOUNDS[v.bound] : "",
          v.unit,
          v.raw,
          common,
          common ? ind.unit : "",
          docTitle(v.source.doc),
          String(v.source.line),
          origin ? new URL(v.source.url, origin).href : v.source.url,
        ]
          .map(field)
          .join(";"),
      );
    }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * One indicator's data: the shape of /du-lieu/chi-tieu.json with only this indicator and the
 * documents it cites; no candidates (targets not matched to any indicator belong to no indicator).
 */
export function indicatorJson(data: IndicatorData, ind: Indicator): IndicatorData {
  const docs = new Set(ind.values.map((v) => v.source.doc));
  return { ...data, sources: data.sources.filter((s) => docs.has(s.id)), indicators: [ind], candidates: [] };
}

/** The addresses of an indicator's downloads. */
export const downloadUrls = (ind: Indicator) => ({ csv: `${ind.url}${ind.id}.csv`, json: `${ind.url}${ind.id}.json` });
