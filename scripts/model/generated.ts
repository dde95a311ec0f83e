/**
 * The contract between the pipeline and the site: every file scripts/build.ts writes to
 * `generated/` and src/lib/site.ts reads — its path, its zod schema and its type. The build checks
 * each JSON file (and each page's front matter) against its schema before writing it
 * (`jsonContent`, `checkedFrontMatter`); the site parses each through the same schema when it reads
 * it (`parseJson`, `parseFrontMatter`). A mismatch between the two stops the one or the other with
 * the file's name. A new JSON file is added to `jsonFiles`; tests/unit/generated.test.ts fails
 * when the build writes one that is not there.
 */
import { z } from "zod";
import { uncheckedStatementSchema, verdictStatementSchema } from "./concordance.ts";
import { glossaryTermSchema } from "./glossary.ts";
import { CSV_COLUMNS, indicatorDataSchema } from "./indicators.ts";
import { lineAnchorSchema } from "./line-anchors.ts";
import { regionSchema } from "./regions.ts";
import { sourceMetaSchema } from "./schema.ts";
import { topicExceptionSchema, topicSchema } from "./topics.ts";

const line = z.number().int().positive();
const count = z.number().int().nonnegative();
/** An address on the site: a path from its root. */
const siteUrl = z.string().regex(/^\//, "an address on the site, starting with /");
const pageUrl = z.string().regex(/^\/tai-lieu\//, "a reading page, /tai-lieu/…");
const lineRange = z.tuple([line, line]);

// site.json: the documents, their pages and contents.

/** An entry of a page's contents: a heading, with the address where it is read. */
export const tocEntrySchema = z
  .object({ id: z.string().min(1), label: z.string(), depth: z.number().int().min(1).max(6), line, url: pageUrl })
  .strict();
export type TocEntry = z.infer<typeof tocEntrySchema>;

/** A reading page as site.json lists it: everything but its Markdown (which is its own file, `pageFile`). */
export const pageEntrySchema = z
  .object({
    slug: z.string().min(1),
    url: pageUrl,
    title: z.string(),
    numbering: z.string(),
    /** 1 for a top-level page, 2 for a page under it, … */
    depth: z.number().int().positive(),
    /** The slug of the page this one is listed under. */
    parent: z.string().optional(),
    /** The source lines the page shows. */
    lines: lineRange,
    toc: z.array(tocEntrySchema),
    description: z.string(),
  })
  .strict();
export type PageEntry = z.infer<typeof pageEntrySchema>;

/** A document with its metadata, its relations worded for the site, its pages and its counts. */
export const documentIndexSchema = z
  .object({
    meta: sourceMetaSchema,
    kindLabel: z.string().min(1),
    regionLabel: z.string().min(1),
    url: pageUrl,
    relations: z.array(
      z.object({ label: z.string().min(1), title: z.string().min(1), url: pageUrl.optional(), note: z.string().optional() }).strict(),
    ),
    pages: z.array(pageEntrySchema),
    stats: z
      .object({
        headings: count,
        paragraphs: count,
        lists: count,
        listItems: count,
        tables: count,
        tableRows: count,
        footnotes: count,
        lines: count,
      })
      .strict(),
  })
  .strict();
export type DocumentIndex = z.infer<typeof documentIndexSchema>;

export const siteDataSchema = z.object({ documents: z.array(documentIndexSchema).min(1) }).strict();
export type SiteData = z.infer<typeof siteDataSchema>;

// van-ban.json: the register of documents the reports cite.

/** A document cited by ours, with where it is cited (`url`: the page and anchor of the citing text, empty when it has none). */
export const citedDocumentSchema = z
  .object({
    key: z.string().min(1),
    slug: z.string().min(1),
    kind: z.string().min(1),
    /** Our documents related to it in the metadata (an action program implementing it). */
    related: z.array(z.object({ title: z.string(), url: pageUrl, relation: z.string() }).strict()),
    /** One of our documents: where it is published. */
    ours: z.object({ title: z.string(), url: pageUrl }).strict().optional(),
    date: z.string().optional(),
    issuer: z.string().optional(),
    places: z.array(z.object({ doc: z.string(), line, url: pageUrl.or(z.literal("")) }).strict()),
  })
  .strict();
export type CitedDocument = z.infer<typeof citedDocumentSchema>;

// topics.json: the topics, the passages listed under each, and the section pages with their topics.

/** Which term a page speaks of: the 2020–2025 results, the 2025–2030 goals, or a yearly plan. */
export const periods = ["ket-qua", "muc-tieu", "ke-hoach"] as const;
export type Period = (typeof periods)[number];

export const topicPageSchema = z
  .object({
    doc: z.string(),
    slug: z.string(),
    url: pageUrl,
    title: z.string(),
    period: z.enum(periods),
    /** The topics the page is under: one of its headings or three of its paragraphs are listed there, else any passage is (scripts/link/topics.ts). */
    topics: z.array(z.string()),
  })
  .strict();
export type TopicPage = z.infer<typeof topicPageSchema>;

/** A passage (a heading or a paragraph) listed under a topic, with the words that put it there. */
export const topicPassageSchema = z
  .object({
    topic: z.string(),
    doc: z.string(),
    /** The section page it is on. */
    page: pageUrl,
    /** Its own address: the page for the page's heading, else the page with the passage's anchor. */
    url: pageUrl,
    kind: z.enum(["heading", "paragraph"]),
    /** A heading's label, or the paragraph's opening words. */
    text: z.string(),
    /** The label of the heading the paragraph is under; "" for a heading. */
    under: z.string(),
    line: z.number().int().positive(),
    period: z.enum(periods),
    /** The topic's keywords found in it, each once, in the order they occur. */
    words: z.array(z.string()).min(1),
  })
  .strict();
export type TopicPassage = z.infer<typeof topicPassageSchema>;

export const topicsDataSchema = z
  .object({
    topics: z.array(topicSchema),
    exceptions: z.array(topicExceptionSchema),
    pages: z.array(topicPageSchema),
    passages: z.array(topicPassageSchema),
  })
  .strict();
export type TopicsData = z.infer<typeof topicsDataSchema>;

// quotes.json: the source lines the site's own prose quotes (content/quotes.yml).

export const quoteSchema = z.object({ id: z.string(), doc: z.string(), line, quote: z.string(), url: pageUrl }).strict();
export type Quote = z.infer<typeof quoteSchema>;

// report.json: the per-document check the build prints.

/** A paragraph that looks broken, with the reason it is the source's own when one is given. */
export const suspiciousSchema = z
  .object({ line, reason: z.enum(["starts-lower-case", "no-closing-punctuation"]), text: z.string(), explanation: z.string().optional() })
  .strict();
export type Suspicious = z.infer<typeof suspiciousSchema>;

export const documentCheckSchema = z
  .object({
    file: z.string().regex(/^content\/sources\//),
    headings: count,
    paragraphs: count,
    listItems: count,
    footnotes: count,
    footnotesAttached: count,
    tables: z.array(z.object({ line, rows: count, columns: count }).strict()),
    suspicious: z.array(suspiciousSchema),
    /** Headings repaired by content/corrections.yml (shown as printed, nested as the source meant). */
    corrected: z.array(z.object({ line, text: z.string() }).strict()),
    /** Fragments a line repeats from an earlier one after a page break, read once (content/corrections.yml). */
    repeated: z.array(z.object({ line, of: line, text: z.string() }).strict()),
    /** Headings that look wrong (too long, cut in two) and that content/corrections.yml does not accept; absent when none. */
    warnings: z.array(z.object({ line, rule: z.enum(["heading/too-long", "heading/cut"]), message: z.string() }).strict()).optional(),
  })
  .strict();
export type DocumentCheck = z.infer<typeof documentCheckSchema>;

// settings.json: what pages need of content/site.yml, content/home.yml and content/regions.yml.

export const settingsSchema = z
  .object({
    /** Where readers report an error: an e-mail address or a form's https address; absent in a local build without one. */
    feedback: z.union([z.email(), z.url({ protocol: /^https$/ })]).optional(),
    /** Indicator ids, in the order the home page shows them. */
    headlineGoals: z.array(z.string()).min(1),
    /** The site's name (header, titles, preview and chart images). */
    name: z.string().min(3),
    /** The places the documents are about, as prose names them (“Hải Dương”, “Hải Phòng”). */
    places: z.array(z.string().min(2)).min(1),
    /** A sentence on a change of boundaries between the regions (the home page, /du-lieu/), if there was one. */
    merger: z.string().min(10).optional(),
    /** The regions, in the order of content/regions.yml. */
    regions: z.array(regionSchema).min(1),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

// units.json: why some values of an indicator are not compared with the others.

/** Indicator id → unit (or kind of value) → why a value stated in that unit (or of that kind) measures something else. */
export const unitsDataSchema = z
  .object({
    unlike: z.record(z.string(), z.record(z.string(), z.string())),
    unlikeKinds: z.record(z.string(), z.record(z.string(), z.string())),
  })
  .strict();
export type UnitsData = z.infer<typeof unitsDataSchema>;

// statements.json: the documents' own statements of how many indicators were met.

export const statementsDataSchema = z
  .object({ verdicts: z.array(verdictStatementSchema), unchecked: z.array(uncheckedStatementSchema) })
  .strict();
export type StatementsData = z.infer<typeof statementsDataSchema>;

// du-lieu/chi-tieu.schema.json: the JSON Schema of du-lieu/chi-tieu.json, for its users.

export const indicatorJsonSchemaSchema = z.looseObject({
  $id: z.literal("/du-lieu/chi-tieu.schema.json"),
  title: z.string().min(1),
  $schema: z.literal("https://json-schema.org/draft/2020-12/schema"),
  type: z.literal("object"),
});
export type IndicatorJsonSchema = z.infer<typeof indicatorJsonSchemaSchema>;

// The files.

/** A JSON file of generated/: where it is, what it holds, and how it is laid out. */
export interface JsonFile<S extends z.ZodType = z.ZodType> {
  /** Its path under generated/. */
  path: string;
  schema: S;
  /** Spaces per level; 0 writes it on one line (the large files only the build of the site reads, and the glossary inlined in the search page). */
  indent: 0 | 1;
}

const jsonFile = <S extends z.ZodType>(path: string, schema: S, indent: 0 | 1 = 1): JsonFile<S> => ({ path, schema, indent });

/** Every JSON file of generated/, by name. */
export const jsonFiles = {
  /** The documents with their metadata, pages and contents. */
  site: jsonFile("site.json", siteDataSchema),
  /** The register of cited documents (/van-ban/). */
  citedDocuments: jsonFile("van-ban.json", z.array(citedDocumentSchema)),
  /** Topics and the section pages under each (/chu-de/). */
  topics: jsonFile("topics.json", topicsDataSchema),
  /** Document id → where each of its source lines is shown. */
  lines: jsonFile("lines.json", z.record(z.string(), z.array(lineAnchorSchema)), 0),
  /** Source lines quoted by the site's own prose. */
  quotes: jsonFile("quotes.json", z.array(quoteSchema)),
  units: jsonFile("units.json", unitsDataSchema),
  statements: jsonFile("statements.json", statementsDataSchema),
  settings: jsonFile("settings.json", settingsSchema),
  /** The glossary of abbreviations, for the search page and /thuat-ngu/. */
  glossary: jsonFile("search/glossary.json", z.array(glossaryTermSchema), 0),
  /** The per-document check. */
  report: jsonFile("report.json", z.array(documentCheckSchema)),
  /** The indicator data, published as is at /du-lieu/chi-tieu.json (its contract: scripts/model/indicators.ts). */
  indicators: jsonFile("du-lieu/chi-tieu.json", indicatorDataSchema),
  indicatorJsonSchema: jsonFile("du-lieu/chi-tieu.schema.json", indicatorJsonSchemaSchema),
};

/** The content of every JSON file, by its name in `jsonFiles`: what the build produces and the site reads. */
export type GeneratedJson = { [K in keyof typeof jsonFiles]: z.infer<(typeof jsonFiles)[K]["schema"]> };

// The other files: Markdown reading pages and CSV downloads.

const pageLinkSchema = z.object({ title: z.string(), url: siteUrl }).strict();
export type PageLink = z.infer<typeof pageLinkSchema>;

/** The YAML front matter of a reading page. */
export const pageFrontMatterSchema = z
  .object({
    title: z.string(),
    numbering: z.string(),
    /** The document's id. */
    document: z.string(),
    /** The source file, from the project's root. */
    source: z.string().regex(/^content\/sources\//),
    lines: lineRange,
    breadcrumbs: z.array(pageLinkSchema),
    prev: pageLinkSchema.nullable(),
    next: pageLinkSchema.nullable(),
    /** The pages of its subsections. */
    children: z.array(pageLinkSchema),
    /** The footnotes shown on the page, with their source lines. */
    footnotes: z.array(z.object({ label: z.string(), line }).strict()),
  })
  .strict();
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

/** A reading page: Markdown with `pageFrontMatterSchema` as its front matter. */
export const pageFile = {
  path: (docSlug: string, pageSlug: string): string => `tai-lieu/${docSlug}/${pageSlug}.md`,
  pattern: /^tai-lieu\/[a-z0-9-]+\/[a-z0-9-]+\.md$/,
};

/** A document's text as received, line by line (NFC, as the build read it), for its “bản gốc” page. */
export const sourceTextSchema = z.object({ file: z.string(), lines: z.array(z.string()) }).strict();
export type SourceText = z.infer<typeof sourceTextSchema>;
export const sourceTextFile = {
  path: (docSlug: string): string => `ban-goc/${docSlug}.json`,
  pattern: /^ban-goc\/[a-z0-9-]+\.json$/,
  schema: sourceTextSchema,
};

/** The text of a document's source file, checked against its schema (one line of JSON). */
export const sourceTextContent = (docSlug: string, value: SourceText): string =>
  `${JSON.stringify(conforming(sourceTextFile.path(docSlug), sourceTextSchema, value, "writing"))}\n`;

/** A document's source text as the site reads it. */
export const parseSourceText = (docSlug: string, text: string): SourceText =>
  conforming(sourceTextFile.path(docSlug), sourceTextSchema, JSON.parse(text), "reading");

/** The indicator data as CSV, one row per value; UTF-8 with a byte-order mark, CRLF. */
export const indicatorCsvFile = { path: "du-lieu/chi-tieu.csv", columns: CSV_COLUMNS };

/** Each table of the documents as its own CSV, published at /du-lieu/bang/<file>. */
export const tableCsvFile = {
  dir: "du-lieu/bang",
  path: (docSlug: string, tableId: string): string => `du-lieu/bang/${docSlug}--${tableId}.csv`,
  pattern: /^du-lieu\/bang\/[a-z0-9-]+--[a-z0-9-]+\.csv$/,
};

/** The regions' colours as a stylesheet (`regionStyles`), imported by the site's layout after src/styles/global.css. */
export const regionStylesFile = { path: "regions.css" };

/** Whether the contract defines a file at `path` (under generated/). */
export const isGeneratedFile = (path: string): boolean =>
  Object.values(jsonFiles).some((f) => f.path === path) ||
  path === indicatorCsvFile.path ||
  path === regionStylesFile.path ||
  pageFile.pattern.test(path) ||
  tableCsvFile.pattern.test(path) ||
  sourceTextFile.pattern.test(path);

// Writing and reading through the schemas.

/** `value` checked against `schema`; throws naming generated/`path` when it does not match. */
function conforming<S extends z.ZodType>(path: string, schema: S, value: unknown, doing: "writing" | "reading"): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const why = doing === "writing" ? "the build made something else" : "was it written by an older build? run npm run build:data";
    throw new Error(
      `generated/${path} does not match its schema in scripts/model/generated.ts (${why}):\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** The text the build writes for `file`: `value`, checked against the file's schema, as JSON (its keys in the order given). */
export function jsonContent<S extends z.ZodType>(file: JsonFile<S>, value: z.infer<S>): string {
  conforming(file.path, file.schema, value, "writing");
  return `${JSON.stringify(value, null, file.indent)}\n`;
}

/** The text of every JSON file, by its path under generated/: each value of `data` written through `jsonContent`. */
export function jsonContents(data: GeneratedJson): Map<string, string> {
  const files: { [K in keyof GeneratedJson]: JsonFile<z.ZodType<GeneratedJson[K]>> } = jsonFiles;
  const content = <K extends keyof GeneratedJson>(name: K): [string, string] => [files[name].path, jsonContent(files[name], data[name])];
  return new Map((Object.keys(files) as (keyof GeneratedJson)[]).map(content));
}

/** The content of `file` from its text, as the site reads it; throws naming the file when it is not what the schema says. */
export function parseJson<S extends z.ZodType>(file: JsonFile<S>, text: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`generated/${file.path} is not JSON`, { cause: e });
  }
  return conforming(file.path, file.schema, data, "reading");
}

/** The build's check of a page's front matter before it is written (`path`: the page's file under generated/). */
export const checkedFrontMatter = (path: string, frontMatter: PageFrontMatter): PageFrontMatter =>
  conforming(path, pageFrontMatterSchema, frontMatter, "writing");

/** A page's front matter as the site reads it (`data`: its YAML, parsed), checked against the schema. */
export const parseFrontMatter = (path: string, data: unknown): PageFrontMatter => conforming(path, pageFrontMatterSchema, data, "reading");
