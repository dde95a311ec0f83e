/** Reads what scripts/build.ts wrote to `generated/`; Astro pages never read the sources. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { DocumentIndex } from "../../scripts/emit/site-data.ts";
import type { IndicatorData, Region } from "../../scripts/model/indicators.ts";
import { anchorAt, type LineAnchor } from "../../scripts/link/line-anchors.ts";
import type { Quote } from "../../scripts/link/quotes.ts";
import type { DocumentCheck } from "../../scripts/check/report.ts";
import { createMarkdown, splitFrontMatter } from "./markdown.ts";
import { forUnit } from "../../scripts/model/units.ts";
import type { RegisterEntry } from "../../scripts/link/citations.ts";

const GENERATED = join(process.cwd(), "generated");

export interface PageFrontMatter {
  title: string;
  document: string;
  source: string;
  lines: [number, number];
  breadcrumbs: { title: string; url: string }[];
  prev: { title: string; url: string } | null;
  next: { title: string; url: string } | null;
  children: { title: string; url: string }[];
  footnotes: { label: string; line: number }[];
}

let cache: DocumentIndex[] | undefined;

/** Every document with its metadata, pages and contents. */
export function documents(): DocumentIndex[] {
  cache ??= (JSON.parse(readFileSync(join(GENERATED, "site.json"), "utf8")) as { documents: DocumentIndex[] }).documents;
  return cache;
}

let mdCache: ReturnType<typeof createMarkdown> | undefined;
/** The glossary of abbreviations (content/glossary.yml, validated by the build). */
export const glossary = (): { abbr: string; full: string }[] =>
  JSON.parse(readFileSync(join(GENERATED, "search/glossary.json"), "utf8")) as { abbr: string; full: string }[];

/** One reading page, rendered: its front matter and its HTML. */
export function readPage(docSlug: string, pageSlug: string): { data: PageFrontMatter; html: string } {
  const source = readFileSync(join(GENERATED, "tai-lieu", docSlug, `${pageSlug}.md`), "utf8");
  const { frontMatter, body } = splitFrontMatter(source);
  mdCache ??= createMarkdown(glossary());
  return { data: parseYaml(frontMatter) as PageFrontMatter, html: mdCache.render(body, { abbrSeen: new Set<string>() }) };
}

/** Vietnamese date as printed in the documents' metadata. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `năm ${date}`;
}

/** A file written by the data build, as text (for the download endpoints). */
export function generatedFile(path: string): string {
  return readFileSync(join(GENERATED, path), "utf8");
}

let indicatorCache: IndicatorData | undefined;

/** The indicator data, as published at /du-lieu/chi-tieu.json. */
export function indicatorData(): IndicatorData {
  indicatorCache ??= JSON.parse(generatedFile("du-lieu/chi-tieu.json")) as IndicatorData;
  return indicatorCache;
}

let textsCache: { url: string; title: string; docTitle: string; folded: string; body: string }[] | undefined;

/** Every reading page's text, folded (no tone marks, đ → d), for finding where a subject is discussed. */
export function pageTexts(): { url: string; title: string; docTitle: string; folded: string; body: string }[] {
  textsCache ??= documents().flatMap((d) =>
    d.pages.map((p) => {
      const { body } = splitFrontMatter(readFileSync(join(GENERATED, "tai-lieu", d.meta.slug, `${p.slug}.md`), "utf8"));
      const folded = body
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase()
        .replace(/\s+/g, " ");
      return { url: p.url, title: p.title, docTitle: d.meta.shortTitle, folded, body: body.replace(/\\(.)/g, "$1") };
    }),
  );
  return textsCache;
}

/** A register entry as the build wrote it to van-ban.json: each place with its page URL and anchor. */
export type RegisterEntryView = Omit<RegisterEntry, "places"> & { places: { doc: string; line: number; url: string }[] };

/** The register of documents cited by the five reports. */
export function citedDocuments(): RegisterEntryView[] {
  return JSON.parse(generatedFile("van-ban.json")) as RegisterEntryView[];
}

export interface TopicsData {
  topics: { id: string; name: string; keywords: string[] }[];
  pages: {
    doc: string;
    slug: string;
    url: string;
    title: string;
    period: "ket-qua" | "muc-tieu" | "ke-hoach";
    topics: string[];
    headings: Record<string, { label: string; url: string }>;
  }[];
}

/** Topics and the section pages under each (from content/topics.yml, assigned by the build). */
export function topicsData(): TopicsData {
  return JSON.parse(generatedFile("topics.json")) as TopicsData;
}

/** The feedback address and the home page's headline goals (content/site.yml, content/home.yml; checked by the build). */
export function settings(): { feedback: string; headlineGoals: string[] } {
  return JSON.parse(generatedFile("settings.json")) as { feedback: string; headlineGoals: string[] };
}

const WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/** A small count in words, as Vietnamese prose writes it (“năm văn bản”); digits above ten. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

let linesCache: Record<string, LineAnchor[]> | undefined;
/** The address where line `line` of a document is shown (the narrowest paragraph, item, row or heading holding it). */
export function lineUrl(docId: string, line: number): string {
  linesCache ??= JSON.parse(generatedFile("lines.json")) as Record<string, LineAnchor[]>;
  const ranges = linesCache[docId];
  if (!ranges) throw new Error(`lineUrl: no document “${docId}”`);
  const url = anchorAt(ranges, line);
  if (!url) throw new Error(`lineUrl: line ${line} of ${docId} is not shown on any page`);
  return url;
}

/** The documents' own statements of how many indicators were met (content/indicators.yml, checked against the tables by the build). */
export function verdictStatements(): { region: Region; doc: string; table: number; line: number; quote: string }[] {
  return (
    JSON.parse(generatedFile("statements.json")) as {
      verdicts: { region: Region; doc: string; table: number; line: number; quote: string }[];
    }
  ).verdicts;
}

let quotesCache: Map<string, Quote> | undefined;
/** A source line the site's own prose quotes (content/quotes.yml), with the address where it is read. */
export function quote(id: string): Quote {
  quotesCache ??= new Map((JSON.parse(generatedFile("quotes.json")) as Quote[]).map((q) => [q.id, q]));
  const q = quotesCache.get(id);
  if (!q) throw new Error(`quote: no “${id}” in content/quotes.yml`);
  return q;
}

/** The per-document check the build prints (headings, paragraphs, footnotes, tables, flagged paragraphs). */
export function buildReport(): DocumentCheck[] {
  return JSON.parse(generatedFile("report.json")) as DocumentCheck[];
}

let unlikeCache: Record<string, Record<string, string>> | undefined;
/** Why a value of an indicator, stated in `unit`, measures something else than the indicator (from the concordance), or undefined. */
export function unlikeReason(indicatorId: string, unit: string): string | undefined {
  unlikeCache ??= (JSON.parse(readFileSync(join(GENERATED, "units.json"), "utf8")) as { unlike: Record<string, Record<string, string>> })
    .unlike;
  return forUnit(unlikeCache[indicatorId] ?? {}, unit);
}
