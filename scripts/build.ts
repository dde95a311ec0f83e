/**
 * The pipeline in one page: sources → model → Markdown pages and data → `generated/`, which the
 * Astro site reads. Output is written to a temporary folder and swapped in only when every
 * document parsed; on any error the previous output stays as it was and the exit status is 1.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources } from "./ingest/read-sources.ts";
import { BuildError, formatDiagnostic } from "./model/diagnostics.ts";
import { parseDocument } from "./parse/document.ts";
import { emitPages } from "./emit/page-markdown.ts";
import { paginate, sectionTree } from "./emit/sections.ts";
import { documentIndex } from "./emit/site-data.ts";
import { checkDocument, formatReport } from "./check/report.ts";
import { readConcordance } from "./ingest/read-concordance.ts";
import { readGlossary } from "./ingest/read-glossary.ts";
import { readSettings } from "./ingest/read-settings.ts";
import { lineAnchors } from "./link/line-anchors.ts";
import { linkQuotes } from "./link/quotes.ts";
import { linkIndicators } from "./link/indicators.ts";
import { documentUrl, pageUrl } from "./emit/page-markdown.ts";
import { linkCitations } from "./link/citations.ts";
import { linkIndicatorMentions } from "./link/indicator-mentions.ts";
import { assignTopics, readTopics } from "./link/topics.ts";
import type { EmittedPage } from "./emit/page-markdown.ts";
import { matchNumbering } from "./parse/heading.ts";
import { indicatorCsv, indicatorJson, indicatorJsonSchema, tableCsv } from "./emit/indicator-data.ts";
import { columnPaths } from "./extract/columns.ts";
import type { TableNode } from "./model/document.ts";
import { indicatorDataSchema } from "./model/indicators.ts";

export interface BuildResult {
  outDir: string;
  files: number;
  report: string;
  /** Milliseconds spent in each stage: reading sources, parsing them into the model, linking, emitting Markdown and data, writing. */
  timings: { read: number; parse: number; link: number; emit: number; write: number };
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
  const sources = readSources(root);
  const read = lap();
  const models = sources.map((s) => ({ source: s, model: parseDocument(s) }));
  const parse = lap();
  const files = new Map<string, string>();
  const concordance = readConcordance(root);
  const anchorsOf = new Map<string, Map<object, string>>();
  const paged = models.map(({ source, model }) => ({ source, model, pages: paginate(sectionTree(model)) }));
  const register = linkCitations(
    paged.map(({ source, model, pages }) => ({
      source,
      model,
      docUrl: documentUrl(source.meta),
      appendices: new Map(
        pages
          .filter((p) => p.section.heading?.style === "appendix")
          .map((p) => [matchNumbering(`${p.numbering} x`)?.ordinal ?? 0, pageUrl(source.meta, p.slug)]),
      ),
    })),
    sources.map((s) => s.meta),
  );
  linkIndicatorMentions(paged, concordance);
  const link = lap();
  const index = paged.map(({ source, model, pages: pageList }) => {
    const anchors = new Map<object, string>();
    anchorsOf.set(source.meta.id, anchors);
    const tables = new Map<string, TableNode>();
    const pages = emitPages(model, source.meta, pageList, anchors, tables);
    for (const [url, table] of tables) files.set(url.replace(/^\//, ""), tableCsv(table, columnPaths(table)));
    for (const p of pages) files.set(`tai-lieu/${source.meta.slug}/${p.slug}.md`, p.markdown);
    return documentIndex(
      source.meta,
      model,
      pages,
      sources.map((s) => s.meta),
      source.lines.length,
    );
  });
  const topicPages = assignTopics(
    readTopics(root),
    index.map((d) => ({ meta: d.meta, pages: d.pages as EmittedPage[] })),
  );
  files.set(
    "topics.json",
    `${JSON.stringify({ topics: readTopics(root).topics.map(({ id, name, keywords }) => ({ id, name, keywords })), pages: topicPages }, null, 1)}\n`,
  );
  const checks = models.map(({ source, model }) => checkDocument(source, model, root));
  const report = formatReport(checks);
  files.set("site.json", `${JSON.stringify({ documents: index }, null, 1)}\n`);
  const indicators = linkIndicators(
    models.map(({ source, model }) => ({ source, model, anchors: anchorsOf.get(source.meta.id)!, docUrl: documentUrl(source.meta) })),
    concordance,
  );
  indicatorDataSchema.parse(indicators);
  files.set("du-lieu/chi-tieu.json", indicatorJson(indicators));
  files.set("du-lieu/chi-tieu.csv", indicatorCsv(indicators));
  files.set("du-lieu/chi-tieu.schema.json", indicatorJsonSchema());
  const lines = Object.fromEntries(
    [...anchorsOf].map(([id, anchors]) => [id, lineAnchors(anchors, index.find((d) => d.meta.id === id)!.pages)]),
  );
  files.set("lines.json", `${JSON.stringify(lines)}\n`);
  files.set("quotes.json", `${JSON.stringify(linkQuotes(root, sources, lines), null, 1)}\n`);
  // Why some values of an indicator are not compared with the others (shown on /gioi-thieu/ and under charts).
  files.set(
    "units.json",
    `${JSON.stringify({ unlike: Object.fromEntries(concordance.data.indicators.filter((i) => Object.keys(i.unlike).length).map((i) => [i.id, i.unlike])) }, null, 1)}\n`,
  );
  files.set("statements.json", `${JSON.stringify({ verdicts: concordance.data.verdicts }, null, 1)}\n`);
  files.set("settings.json", `${JSON.stringify(readSettings(root, indicators), null, 1)}\n`);
  files.set(
    "van-ban.json",
    `${JSON.stringify(
      register.map(({ places, ...e }) => ({
        ...e,
        places: places.map((p) => ({ doc: p.doc, line: p.line, url: anchorsOf.get(p.doc)!.get(p.node) ?? "" })),
      })),
      null,
      1,
    )}\n`,
  );
  files.set("search/glossary.json", `${JSON.stringify(readGlossary(root).terms)}\n`);
  files.set("report.json", `${JSON.stringify(checks, null, 1)}\n`);

  const emit = lap();
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
  return { outDir, files: files.size, report, timings: { read, parse, link, emit, write: lap() } };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const started = performance.now();
  try {
    const result = buildData(root);
    console.log(result.report);
    console.log(`wrote ${result.files} files to ${result.outDir} in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    if (e instanceof BuildError) {
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      console.error(
        `build stopped: ${e.diagnostics.length} problem(s); ${existsSync(join(root, "generated")) ? "the previous output was left untouched" : "nothing was written"}`,
      );
      process.exit(1);
    }
    throw e;
  }
}
