/**
 * The pipeline in one page: sources → model → Markdown pages and data → `generated/`, which the
 * Astro site reads. Each stage is a function below, run in order by `buildData`; what each file of
 * `generated/` holds is defined in scripts/model/generated.ts. Output is written to a temporary
 * folder and swapped in only when every document parsed; on any error the previous output stays as
 * it was and the exit status is 1.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources, type SourceFile } from "./ingest/read-sources.ts";
import { BuildError, formatDiagnostic } from "./model/diagnostics.ts";
import { parseDocument } from "./parse/document.ts";
import { emitPages, documentUrl, pageUrl, type EmittedPage } from "./emit/page-markdown.ts";
import { paginate, sectionTree, type Page } from "./emit/sections.ts";
import { documentIndex } from "./emit/site-data.ts";
import { checkDocument, formatReport } from "./check/report.ts";
import { readConcordance, type LoadedConcordance } from "./ingest/read-concordance.ts";
import { readGlossary } from "./ingest/read-glossary.ts";
import { readSettings } from "./ingest/read-settings.ts";
import { lineAnchors } from "./link/line-anchors.ts";
import { linkQuotes } from "./link/quotes.ts";
import { linkIndicators } from "./link/indicators.ts";
import { linkCandidates, publicCandidate, targetCounts, type FoundCandidate } from "./link/candidates.ts";
import { linkCitations, type RegisterEntry } from "./link/citations.ts";
import { linkIndicatorMentions } from "./link/indicator-mentions.ts";
import { assignTopics, formatTopicTable, readTopics } from "./link/topics.ts";
import { passagesOf } from "./link/passages.ts";
import { matchNumbering } from "./parse/heading.ts";
import { indicatorCsv, indicatorJsonSchema, tableCsv } from "./emit/indicator-data.ts";
import { columnPaths } from "./extract/columns.ts";
import type { DocumentModel, TableNode } from "./model/document.ts";
import { regionStyles } from "./model/regions.ts";
import { readRegions } from "./ingest/read-regions.ts";
import {
  indicatorCsvFile,
  jsonContents,
  pageFile,
  regionStylesFile,
  sourceTextContent,
  sourceTextFile,
  type GeneratedJson,
} from "./model/generated.ts";

export interface BuildResult {
  outDir: string;
  files: number;
  report: string;
  /** Per topic, the passages listed (printed after the report). */
  topics: string;
  /** The targets not yet matched to an indicator, for `proposeConcordance` (scripts/link/propose-concordance.ts). */
  candidates: FoundCandidate[];
  /** The concordance the build read. */
  concordance: LoadedConcordance;
  /** Milliseconds spent in each stage: reading sources, parsing them into the model, linking, emitting Markdown and data, writing. */
  timings: { read: number; parse: number; link: number; emit: number; write: number };
}

/**
 * What the build reads first: the source documents with their metadata. The content files that
 * steer linking are read by the stages that use them, after parsing, so that a broken source is
 * what a build reports first.
 */
export interface Inputs {
  root: string;
  sources: SourceFile[];
}

/** The sources, each with its document model. */
export interface Parsed {
  root: string;
  documents: { source: SourceFile; model: DocumentModel }[];
}

/** The documents cut into pages, their references linked (the models' text now holds the links), and the register of cited documents. */
export interface Linked {
  root: string;
  documents: { source: SourceFile; model: DocumentModel; pages: Page[] }[];
  concordance: LoadedConcordance;
  register: RegisterEntry[];
  /** How many table rows' names and numbers in running text now link to their indicator. */
  mentions: { rows: number; numbers: number };
}

/** Each document's pages written as Markdown, its tables, and the address of every anchored node (paragraph, item, row, heading, footnote). */
export interface Rendered extends Linked {
  documents: (Linked["documents"][number] & { emitted: EmittedPage[]; anchors: Map<object, string>; tables: Map<string, TableNode> })[];
}

/** Reads the sources and their metadata. */
export function readInputs(root: string): Inputs {
  return { root, sources: readSources(root) };
}

/** Parses every source into its document model. */
export function parseSources(inputs: Inputs): Parsed {
  return { root: inputs.root, documents: inputs.sources.map((source) => ({ source, model: parseDocument(source) })) };
}

/** Cuts each document into pages and links the documents' text: citations (giving the register), names of our documents, appendices, indicator mentions. */
export function linkDocuments(parsed: Parsed): Linked {
  const concordance = readConcordance(parsed.root);
  const documents = parsed.documents.map(({ source, model }) => ({ source, model, pages: paginate(sectionTree(model)) }));
  const metas = documents.map((d) => d.source.meta);
  const register = linkCitations(
    documents.map(({ source, model, pages }) => ({
      source,
      model,
      docUrl: documentUrl(source.meta),
      appendices: new Map(
        pages
          .filter((p) => p.section.heading?.style === "appendix")
          .map((p) => [matchNumbering(`${p.numbering} x`)?.ordinal ?? 0, pageUrl(source.meta, p.slug)]),
      ),
    })),
    metas,
  );
  const mentions = linkIndicatorMentions(documents, concordance);
  return { root: parsed.root, documents, concordance, register, mentions };
}

/** Writes each document's pages as Markdown, recording its tables and the address of every anchored node. */
export function renderPages(linked: Linked): Rendered {
  return {
    ...linked,
    documents: linked.documents.map((d) => {
      const anchors = new Map<object, string>();
      const tables = new Map<string, TableNode>();
      return { ...d, emitted: emitPages(d.model, d.source.meta, d.pages, anchors, tables), anchors, tables };
    }),
  };
}

/**
 * The content of every JSON file the site reads, linked to the addresses where things are read:
 * documents, topics, checks, indicators, lines, quotes, settings, register. The targets not yet
 * matched to an indicator are also pushed onto `found`, if given, with how a concordance entry would name them.
 */
export function collectData(rendered: Rendered, found?: FoundCandidate[], warnings?: string[]): GeneratedJson {
  const { root, documents: docs, concordance } = rendered;
  const metas = docs.map((d) => d.source.meta);
  const regions = readRegions(root).data;
  const index = docs.map(({ source, model, emitted }) => documentIndex(source.meta, model, emitted, metas, source.lines.length, regions));
  const topics = readTopics(root);
  const { unassigned, ...listed } = assignTopics(
    topics,
    docs.map((d, i) => ({ meta: d.source.meta, pages: index[i]!.pages, passages: passagesOf(d.model, d.anchors) })),
  );
  warnings?.push(...unassigned);
  const report = docs.map(({ source, model }) => checkDocument(source, model, root));
  const linkInputs = docs.map(({ source, model, anchors }) => ({ source, model, anchors, docUrl: documentUrl(source.meta) }));
  const matched = linkIndicators(linkInputs, concordance);
  const candidates = linkCandidates(linkInputs, matched, concordance);
  found?.push(...candidates);
  const indicators = { ...matched, candidates: candidates.map(publicCandidate) };
  const lines = Object.fromEntries(docs.map((d, i) => [d.source.meta.id, lineAnchors(d.anchors, index[i]!.pages)]));
  const quotes = linkQuotes(
    root,
    docs.map((d) => d.source),
    lines,
  );
  const anchorsOf = new Map(docs.map((d) => [d.source.meta.id, d.anchors]));
  const settings = readSettings(root, indicators);
  return {
    site: { documents: index },
    topics: {
      topics: topics.data.topics.map(({ id, name, keywords }) => ({ id, name, keywords })),
      exceptions: topics.data.exceptions,
      ...listed,
    },
    report,
    indicators,
    indicatorJsonSchema: indicatorJsonSchema(regions, settings.places),
    lines,
    quotes,
    // Why some values of an indicator are not compared with the others (shown on /gioi-thieu/ and under charts).
    units: {
      unlike: Object.fromEntries(concordance.data.indicators.filter((i) => Object.keys(i.unlike).length).map((i) => [i.id, i.unlike])),
      unlikeKinds: Object.fromEntries(
        concordance.data.indicators.filter((i) => Object.keys(i.unlikeKinds).length).map((i) => [i.id, i.unlikeKinds]),
      ),
    },
    statements: { verdicts: concordance.data.verdicts, unchecked: concordance.data.unchecked },
    settings,
    citedDocuments: rendered.register.map(({ places, ...e }) => ({
      ...e,
      places: places.map((p) => ({ doc: p.doc, line: p.line, url: anchorsOf.get(p.doc)!.get(p.node) ?? "" })),
    })),
    glossary: readGlossary(root).terms,
  };
}

/** Every file of generated/ by its path: the pages, the CSV downloads, and each JSON file written through its definition in the model. */
export function emitFiles(rendered: Rendered, data: GeneratedJson): Map<string, string> {
  const files = new Map<string, string>();
  for (const { source, emitted, tables } of rendered.documents) {
    for (const [url, table] of tables) files.set(url.replace(/^\//, ""), tableCsv(table, columnPaths(table)));
    for (const p of emitted) files.set(pageFile.path(source.meta.slug, p.slug), p.markdown);
    files.set(sourceTextFile.path(source.meta.slug), sourceTextContent(source.meta.slug, { file: source.path, lines: source.lines }));
  }
  files.set(indicatorCsvFile.path, indicatorCsv(data.indicators));
  files.set(regionStylesFile.path, regionStyles(data.settings.regions));
  for (const [path, content] of jsonContents(data)) files.set(path, content);
  return files;
}

/** Writes `files` as `outDir` all at once: into a temporary folder, renamed into place when complete. */
export function writeGenerated(files: Map<string, string>, outDir: string): void {
  const tmp = `${outDir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [name, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = join(tmp, name);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, content);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}

/** Runs the data build for the project at `root`, writing `outDir` (default `generated/`). */
export function buildData(root: string, outDir = join(root, "generated")): BuildResult {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return Math.round(ms * 10) / 10;
  };
  const inputs = readInputs(root);
  const read = lap();
  const parsed = parseSources(inputs);
  const parse = lap();
  const linked = linkDocuments(parsed);
  const link = lap();
  const rendered = renderPages(linked);
  const candidates: FoundCandidate[] = [];
  const topicWarnings: string[] = [];
  const data = collectData(rendered, candidates, topicWarnings);
  const files = emitFiles(rendered, data);
  const emit = lap();
  writeGenerated(files, outDir);
  const linksLine = `indicator links: ${linked.mentions.rows} table rows, ${linked.mentions.numbers} numbers in running text`;
  return {
    outDir,
    files: files.size,
    report: `${formatReport(data.report, targetCounts(data.indicators))}\n${linksLine}`,
    topics: formatTopicTable(data.topics.topics, data.topics.passages, topicWarnings),
    candidates,
    concordance: linked.concordance,
    timings: { read, parse, link, emit, write: lap() },
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const started = performance.now();
  try {
    const result = buildData(root);
    console.log(result.report);
    console.log(result.topics);
    console.log(`wrote ${result.files} files to ${result.outDir} in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    if (e instanceof BuildError) {
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      const left = existsSync(join(root, "generated")) ? "the previous output was left untouched" : "nothing was written";
      console.error(`build stopped: ${e.diagnostics.length} problem(s); ${left}`);
      process.exit(1);
    }
    throw e;
  }
}
