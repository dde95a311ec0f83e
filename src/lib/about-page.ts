/**
 * The about and method page (/gioi-thieu/): every count, line and disagreement it states, from the
 * build's data. The method itself is the page's prose.
 */
import type { VerdictStatement } from "../../scripts/model/concordance.ts";
import type { DocumentCheck, DocumentIndex, Quote, Suspicious } from "../../scripts/model/generated.ts";
import type { Indicator, IndicatorValue } from "../../scripts/model/indicators.ts";
import { isOtherMeasure, unitKey } from "../../scripts/model/units.ts";
import { countByRegion, paceSummary, reviewingDocument } from "./comparison.ts";
import { capitalize, countWord } from "./site.ts";
import { documentCountWord, formerRegions, mergedRegions } from "./scope.ts";
import { disagreements } from "./indicators.ts";
import { supersededGoals, withMergedCityGoal } from "./merger.ts";

/** The page's own contents: section id and title. */
export const aboutContents = (): [string, string][] => [
  ["nguon", `${capitalize(documentCountWord())} văn bản nguồn`],
  ["trich-xuat-van-ban", "Văn bản được dựng lại thế nào"],
  ["trich-xuat-so-lieu", "Con số được trích và kiểm tra thế nào"],
  ["uoc", "“Ước” nghĩa là gì"],
  ["danh-gia", "Đạt, vượt, không đạt được đếm thế nào"],
  ["hop-nhat", "Hợp nhất năm 2025 và cách so sánh"],
  ["nhip-do", "Nhịp đã đạt 2020–2025 và nhịp mục tiêu 2030 đòi hỏi"],
  ["khac-nhau", "Chỗ các văn bản ghi khác nhau"],
  ["bao-loi", "Báo lỗi"],
];

/** Why the build flags a paragraph of a source, in the page's words. */
export const suspiciousReasons: Record<Suspicious["reason"], string> = {
  "no-closing-punctuation": "đoạn không có dấu kết thúc câu",
  "starts-lower-case": "đoạn bắt đầu bằng chữ thường, như thể giữa câu",
};

/** A quoted source line as the page links it: its address, “<document>, dòng N”, and the words. */
export function quoteLink(q: Quote, docs: DocumentIndex[]): { url: string; label: string; quote: string } {
  const d = docs.find((x) => x.meta.id === q.doc)!;
  return { url: q.url, label: `${d.meta.shortTitle}, dòng ${q.line}`, quote: q.quote };
}

/** A value read from a cell of an appendix table (its address is a table row's), not from a sentence. */
export const fromTable = (v: IndicatorValue): boolean => /-bang\d+-d\d+$/.test(v.source.url);

/** The indicators whose values (with a number of its measure) are written in more than one spelling of the unit. */
export const respelledUnits = (indicators: Indicator[]): Indicator[] =>
  indicators.filter((i) => new Set(i.values.filter((v) => v.scale !== undefined).map((v) => unitKey(v.unit))).size > 1);

/** A row of the table of checks: the document's counts, its footnotes placed out of all, its tables' sizes. */
export function checkRow(r: DocumentCheck): { footnotes: string; tables: string } {
  return {
    footnotes: r.footnotes ? `${r.footnotesAttached}/${r.footnotes}` : "không có",
    tables: r.tables.map((t) => `${t.rows} × ${t.columns}`).join("; ") || "không có",
  };
}

/** The page's description: how many documents, values and disagreements it speaks of. */
export const aboutDescription = (docCount: number, valueCount: number, differenceCount: number): string =>
  `Nguồn của ${countWord(docCount)} văn bản, cách dựng lại văn bản và trích ${valueCount} giá trị chỉ tiêu, ` +
  `nghĩa của “ước”, cách đếm đạt và không đạt, việc hợp nhất năm 2025, ${differenceCount} chỗ các văn bản ghi khác nhau, ` +
  "và cách báo lỗi.";

/** Everything /gioi-thieu/ computes from the documents, the indicators, the build's checks and the documents' verdict statements. */
export function aboutPage(docs: DocumentIndex[], indicators: Indicator[], report: DocumentCheck[], statements: VerdictStatement[]) {
  const byFile = (file: string) => docs.find((d) => `content/sources/${d.meta.file}` === file)!;
  const values = indicators.flatMap((i) => i.values);
  const review = reviewingDocument(statements);
  const differences = indicators.flatMap((ind) => disagreements(ind).map((d) => ({ ind, ...d })));
  const fromTables = values.filter(fromTable).length;
  const flagged = report.flatMap((r) => r.suspicious.map((s) => ({ doc: byFile(r.file), ...s })));
  const corrected = report.flatMap((r) => r.corrected.map((c) => ({ doc: byFile(r.file), ...c })));
  const repeated = report.flatMap((r) => r.repeated.map((c) => ({ doc: byFile(r.file), ...c })));
  return {
    values: values.length,
    /** Values read from the appendix tables, and from sentences. */
    fromTables,
    fromText: values.length - fromTables,
    /** Each document with how many values were read from it. */
    valuesByDoc: docs.map((d) => ({ doc: d, count: values.filter((v) => v.source.doc === d.meta.id).length })),
    respelled: respelledUnits(indicators).length,
    /** Values converted into their indicator's unit by a factor other than 1. */
    scaled: indicators.flatMap((ind) => ind.values.filter((v) => v.scale !== undefined && v.scale !== 1).map((v) => ({ ind, v }))),
    /** Values of another measure than their indicator's. */
    otherMeasure: indicators.flatMap((ind) => ind.values.filter(isOtherMeasure).map((v) => ({ ind, v }))),
    /** The document whose verdicts are counted, and its counts per region. */
    review: docs.find((d) => d.meta.id === review)!,
    counts: [...countByRegion(indicators, review).entries()],
    differences,
    baselines: values.filter((v) => v.kind === "result-2020").length,
    ratios: values.filter((v) => v.kind === "ratio-2025-2020").length,
    ...paceSummary(indicators),
    superseded: supersededGoals(indicators).length,
    mergedGoals: withMergedCityGoal(indicators).length,
    /** The build's checks of each document, with the document. */
    checks: report.map((r) => ({ doc: byFile(r.file), check: r, ...checkRow(r) })),
    /** Paragraphs the build flags, headings corrected and fragments printed twice, with their document; how many in all. */
    flagged,
    corrected,
    repeated,
    sourceErrors: flagged.length + corrected.length + repeated.length,
    /** How many documents are of a former unit (written before the merger), and the titles of the merged city's. */
    formerDocs: docs.filter((d) => formerRegions().some((r) => r.id === d.meta.region)).length,
    mergedCityDocs: docs
      .filter((d) => mergedRegions().some((r) => r.id === d.meta.region))
      .map((d) => d.meta.shortTitle)
      .join(", "),
    description: aboutDescription(docs.length, values.length, differences.length),
  };
}
