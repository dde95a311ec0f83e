/**
 * Reads what scripts/build.ts wrote to `generated/`; Astro pages never read the sources. Each JSON
 * file and each page's front matter is read through its schema in scripts/model/generated.ts (the
 * one the build wrote it with), once, so a file that is not what the site expects stops the build
 * of the site with the file's name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { parse as parseYaml } from "yaml";
import {
  jsonFiles,
  pageFile,
  parseFrontMatter,
  parseJson,
  parseSourceText,
  sourceTextFile,
  type SourceText,
  type CitedDocument,
  type DocumentCheck,
  type DocumentIndex,
  type JsonFile,
  type PageFrontMatter,
  type Quote,
  type Settings,
  type TopicsData,
} from "../../scripts/model/generated.ts";
import type { UncheckedStatement, VerdictStatement } from "../../scripts/model/concordance.ts";
import type { GlossaryTerm } from "../../scripts/model/glossary.ts";
import type { IndicatorData } from "../../scripts/model/indicators.ts";
import { anchorAt, type LineAnchor } from "../../scripts/model/line-anchors.ts";
import { createMarkdown, splitFrontMatter } from "./markdown.ts";
import { forUnit } from "../../scripts/model/units.ts";
import { noteInput } from "./page-inputs.ts";
import { foldLetters } from "./vietnamese.ts";

let GENERATED = join(process.cwd(), "generated");

const parsed = new Map<string, unknown>();
/** The content of a JSON file of generated/, parsed through its schema the first time it is asked for. */
function read<S extends z.ZodType>(file: JsonFile<S>): z.infer<S> {
  noteInput(file.path);
  if (!parsed.has(file.path)) parsed.set(file.path, parseJson(file, readFileSync(join(GENERATED, file.path), "utf8")));
  return parsed.get(file.path) as z.infer<S>;
}

/** From now on, reads the data build written to `dir` instead of generated/, forgetting what was read (for the unit tests). */
export function readGeneratedFrom(dir: string): void {
  GENERATED = dir;
  parsed.clear();
  mdCache = undefined;
  textsCache = undefined;
  quotesCache = undefined;
}

/** Every document with its metadata, pages and contents. */
export const documents = (): DocumentIndex[] => read(jsonFiles.site).documents;

let mdCache: ReturnType<typeof createMarkdown> | undefined;
/** The glossary of abbreviations (content/glossary.yml, validated by the build). */
export const glossary = (): GlossaryTerm[] => read(jsonFiles.glossary);

/** One reading page, rendered: its front matter and its HTML. */
export function readPage(docSlug: string, pageSlug: string): { data: PageFrontMatter; html: string } {
  const path = pageFile.path(docSlug, pageSlug);
  noteInput(path);
  const { frontMatter, body } = splitFrontMatter(readFileSync(join(GENERATED, path), "utf8"));
  // Asked for on every call, though the renderer is made once, so each page notes what it depends on.
  const terms = glossary();
  mdCache ??= createMarkdown(terms);
  return { data: parseFrontMatter(path, parseYaml(frontMatter)), html: mdCache.render(body, { abbrSeen: new Set<string>() }) };
}

/** Vietnamese date as printed in the documents' metadata. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `năm ${date}`;
}

/** A file written by the data build, as text (for the download endpoints); a JSON file is checked against its schema first. */
export function generatedFile(path: string): string {
  const all: JsonFile[] = Object.values(jsonFiles);
  const file = all.find((f) => f.path === path);
  if (file) read(file);
  noteInput(path);
  return readFileSync(join(GENERATED, path), "utf8");
}

/** The indicator data, as published at /du-lieu/chi-tieu.json. */
export const indicatorData = (): IndicatorData => read(jsonFiles.indicators);

let textsCache: { url: string; title: string; docTitle: string; folded: string; body: string }[] | undefined;

/** Every reading page's text, folded (no tone marks, đ → d), for finding where a subject is discussed. */
export function pageTexts(): { url: string; title: string; docTitle: string; folded: string; body: string }[] {
  for (const d of documents()) for (const p of d.pages) noteInput(pageFile.path(d.meta.slug, p.slug));
  textsCache ??= documents().flatMap((d) =>
    d.pages.map((p) => {
      const { body: markdown } = splitFrontMatter(readFileSync(join(GENERATED, pageFile.path(d.meta.slug, p.slug)), "utf8"));
      // The words a reader sees: a link's address and its tooltip (“Chỉ tiêu: …”) are not text of the page.
      const body = markdown.replace(/\]\((?:[^()"]|"[^"]*")*\)/g, "]");
      const folded = foldLetters(body).replace(/\s+/g, " ");
      return { url: p.url, title: p.title, docTitle: d.meta.shortTitle, folded, body: body.replace(/\\(.)/g, "$1") };
    }),
  );
  return textsCache;
}

/** The register of documents cited by the five reports. */
export const citedDocuments = (): CitedDocument[] => read(jsonFiles.citedDocuments);

/** Topics and the section pages under each (from content/topics.yml, assigned by the build). */
export const topicsData = (): TopicsData => read(jsonFiles.topics);

/** The feedback address and the home page's headline goals (content/site.yml, content/home.yml; checked by the build). */
export const settings = (): Settings => read(jsonFiles.settings);

const WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/** A small count in words, as Vietnamese prose writes it (“năm văn bản”); digits above ten. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The address where line `line` of a document is shown (the narrowest paragraph, item, row or heading holding it). */
export function lineUrl(docId: string, line: number): string {
  const ranges = read(jsonFiles.lines)[docId];
  if (!ranges) throw new Error(`lineUrl: no document “${docId}”`);
  const url = anchorAt(ranges, line);
  if (!url) throw new Error(`lineUrl: line ${line} of ${docId} is not shown on any page`);
  return url;
}

/** The line ranges of a document and the address where each is read (lines.json). */
export const lineRanges = (docId: string): LineAnchor[] => read(jsonFiles.lines)[docId] ?? [];

/** Where line `line` of a document is shown as received: its “bản gốc” page, at the line. */
export function originalLineUrl(docId: string, line: number): string {
  const d = documents().find((x) => x.meta.id === docId);
  if (!d) throw new Error(`originalLineUrl: no document “${docId}”`);
  return `${originalUrl(d)}#dong-${line}`;
}

/** The address of a document's text as received. */
export const originalUrl = (d: DocumentIndex): string => `${d.url}ban-goc/`;

/** A document's source file as received, line by line (NFC). */
export const sourceText = (docSlug: string): SourceText => {
  noteInput(sourceTextFile.path(docSlug));
  return parseSourceText(docSlug, readFileSync(join(GENERATED, sourceTextFile.path(docSlug)), "utf8"));
};

/** The documents' own statements of how many indicators were met (content/indicators.yml, checked against the tables by the build). */
export const verdictStatements = (): VerdictStatement[] => read(jsonFiles.statements).verdicts;
/** The documents' statements of indicators met that the sources cannot check, with why. */
export const uncheckedStatements = (): UncheckedStatement[] => read(jsonFiles.statements).unchecked;

let quotesCache: Map<string, Quote> | undefined;
/** A source line the site's own prose quotes (content/quotes.yml), with the address where it is read. */
export function quote(id: string): Quote {
  const quotes = read(jsonFiles.quotes);
  quotesCache ??= new Map(quotes.map((q) => [q.id, q]));
  const q = quotesCache.get(id);
  if (!q) throw new Error(`quote: no “${id}” in content/quotes.yml`);
  return q;
}

/** The per-document check the build prints (headings, paragraphs, footnotes, tables, flagged paragraphs). */
export const buildReport = (): DocumentCheck[] => read(jsonFiles.report);

/** Why a value of an indicator, stated in `unit`, measures something else than the indicator (from the concordance), or undefined. */
export function unlikeReason(indicatorId: string, v: { kind: string; unit: string }): string | undefined {
  const units = read(jsonFiles.units);
  return units.unlikeKinds[indicatorId]?.[v.kind] ?? forUnit(units.unlike[indicatorId] ?? {}, v.unit);
}
