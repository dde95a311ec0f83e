/**
 * Reads the sources: their metadata (content/sources/sources.yml), the corrections of their defects
 * (content/corrections.yml) and each document's text, checking that every line they cite reads as they say.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import {
  correctionsSchema,
  sourcesFileSchema,
  type Corrections,
  type AcceptedFault,
  type HeadingCorrection,
  type RepeatCorrection,
  type SourceMeta,
} from "../model/schema.ts";
import { readText } from "./read-text.ts";
import { readRegions, unknownRegion } from "./read-regions.ts";
import { readYamlFile, type YamlFile } from "./yaml-file.ts";

/** A source document as read from disk: metadata plus its text, NFC-normalised, split in lines. */
export interface SourceFile {
  meta: SourceMeta;
  /** Path relative to the project root, as cited in diagnostics and provenance. */
  path: string;
  lines: string[];
  /** Lines that `content/corrections.yml` declares to be unnumbered headings. */
  headingCorrections: HeadingCorrection[];
  /** Lines that `content/corrections.yml` declares to repeat the end of an earlier line. */
  repeatCorrections: RepeatCorrection[];
  /** Structural faults `content/corrections.yml` accepts as they are (`faults`): their errors become notes. */
  acceptedFaults?: AcceptedFault[];
}

/** Splits a text into lines, NFC-normalised, without trailing carriage returns. */
export function toLines(text: string): string[] {
  const lines = text
    .normalize("NFC")
    .split("\n")
    .map((l) => l.replace(/\r$/, ""));
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

const METADATA = "content/sources/sources.yml";
const CORRECTIONS = "content/corrections.yml";

/** `content/sources/sources.yml`, validated, with the line of each of its nodes. */
function loadMetadata(root: string): YamlFile<SourceMeta[]> {
  const { data, lineOf } = readYamlFile(root, METADATA, sourcesFileSchema, "ingest/metadata", { schemaRule: "ingest/metadata-schema" });
  const docs = data.documents;
  const problems: Diagnostic[] = [];
  for (const field of ["id", "slug", "file"] as const) {
    const seen = new Set<string>();
    docs.forEach((d, i) => {
      if (seen.has(d[field]))
        problems.push({
          file: METADATA,
          line: lineOf(["documents", i, field]),
          message: `duplicate ${field} "${d[field]}"`,
          rule: "ingest/metadata-unique",
          fatal: true,
        });
      seen.add(d[field]);
    });
  }
  const regions = readRegions(root).data;
  docs.forEach((d, i) => problems.push(...unknownRegion(regions, d.region, METADATA, lineOf(["documents", i, "region"]))));
  const ids = new Set(docs.map((d) => d.id));
  docs.forEach((d, i) =>
    d.relations.forEach((r, j) => {
      if (r.target && !ids.has(r.target)) {
        problems.push({
          file: METADATA,
          line: lineOf(["documents", i, "relations", j]),
          message: `relation target "${r.target}" is not a document id`,
          rule: "ingest/metadata-relation",
          fatal: true,
        });
      }
    }),
  );
  if (problems.length) throw new BuildError(problems);
  return { data: docs, lineOf };
}

/** Reads and validates `content/sources/sources.yml`. */
export function readMetadata(root: string): SourceMeta[] {
  return loadMetadata(root).data;
}

/** Reads `content/corrections.yml` (optional), with the line of each entry; each must name a line that reads as it says. */
export function readCorrections(root: string): YamlFile<Corrections> {
  return readYamlFile(root, CORRECTIONS, correctionsSchema, "ingest/corrections", {
    optional: { headings: [], repeats: [] },
    schemaRule: "ingest/corrections-schema",
  });
}

/** What is wrong with each correction of one source, as diagnostics at the correction's entry. */
function staleCorrections(corrections: YamlFile<Corrections>, path: string, lines: string[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const stale = (at: (string | number)[], message: string) =>
    problems.push({ file: CORRECTIONS, line: corrections.lineOf(at), message, rule: "ingest/corrections-stale", fatal: true });
  const read = (n: number) => lines[n - 1]?.trim() ?? "";
  corrections.data.headings.forEach((c, j) => {
    if (c.file === path && read(c.line) !== c.text.normalize("NFC"))
      stale(["headings", j], `correction for ${path}:${c.line} expects “${c.text}” but the line reads “${read(c.line)}”`);
  });
  corrections.data.repeats.forEach((c, j) => {
    if (c.file !== path) return;
    const text = c.text.normalize("NFC");
    if (!read(c.of).endsWith(text))
      stale(["repeats", j], `correction for ${path}:${c.of} expects the line to end “${c.text}” but it reads “${read(c.of)}”`);
    else if (!read(c.line).startsWith(text))
      stale(["repeats", j], `correction for ${path}:${c.line} expects the line to start “${c.text}” but it reads “${read(c.line)}”`);
  });
  return problems;
}

/** The largest source file read: far above any real document, so that a wrong file stops the build at once. */
export const MAX_SOURCE_BYTES = 5 * 2 ** 20;

const fileSize = (root: string, path: string): number | undefined => {
  try {
    return statSync(join(root, path)).size;
  } catch {
    return undefined;
  }
};

const collapseSpace = (s: string) => s.replace(/\s+/g, " ").trim();

/** Reads every source named in the metadata: strict UTF-8, NFC, at least one non-blank line. */
export function readSources(root: string): SourceFile[] {
  const metadata = loadMetadata(root);
  const corrections = readCorrections(root);
  const problems: Diagnostic[] = [];
  const files: SourceFile[] = [];
  metadata.data.forEach((meta, i) => {
    const path = `content/sources/${meta.file}`;
    try {
      const bytes = fileSize(root, path);
      if (bytes !== undefined && bytes > MAX_SOURCE_BYTES) {
        // Read whole, such a file stops the build much later with hundreds of messages naming neither it nor its entry.
        problems.push({
          file: METADATA,
          line: metadata.lineOf(["documents", i, "file"]),
          message: `the source file ${path} of ${meta.id} is ${(bytes / 2 ** 20).toFixed(1)} MB`,
          expected: `a document of at most ${MAX_SOURCE_BYTES / 2 ** 20} MB (the longest report so far is under 1 MB): is it the right file?`,
          rule: "ingest/too-large",
          fatal: true,
        });
        return;
      }
      const text = readText(root, path);
      if (text === undefined) {
        // Reported where the name is written: the path itself does not exist.
        problems.push({
          file: METADATA,
          line: metadata.lineOf(["documents", i, "file"]),
          message: `the source file ${path} of ${meta.id} is missing`,
          expected: "the name of a file in content/sources/",
          rule: "ingest/missing",
          fatal: true,
        });
        return;
      }
      const lines = toLines(text);
      if (!lines.some((l) => l.trim() !== "")) {
        problems.push({
          file: path,
          line: 1,
          message: "source file is empty",
          expected: "the text of a document",
          rule: "ingest/empty",
          fatal: true,
        });
        return;
      }
      problems.push(...staleCorrections(corrections, path, lines));
      meta.origin.cites.forEach((c, j) => {
        if (!collapseSpace(lines[c.line - 1] ?? "").includes(c.quote.normalize("NFC"))) {
          problems.push({
            file: METADATA,
            line: metadata.lineOf(["documents", i, "origin", "cites", j]),
            message: `origin of ${meta.id} cites “${c.quote}” at ${path}:${c.line}, but the line reads “${(lines[c.line - 1] ?? "").trim()}”`,
            rule: "ingest/metadata-origin",
            fatal: true,
          });
        }
      });
      files.push({
        meta,
        path,
        lines,
        headingCorrections: corrections.data.headings.filter((c) => c.file === path),
        repeatCorrections: corrections.data.repeats.filter((c) => c.file === path),
        acceptedFaults: (corrections.data.faults ?? []).filter((c) => c.file === path),
      });
    } catch (e) {
      if (e instanceof BuildError) problems.push(...e.diagnostics);
      else throw e;
    }
  });
  metadata.data.forEach((meta, i) => {
    const cite = meta.numberNote?.cite;
    const cited = cite && files.find((f) => f.meta.id === cite.doc);
    if (cite && !collapseSpace(cited?.lines[cite.line - 1] ?? "").includes(cite.quote.normalize("NFC")))
      problems.push({
        file: METADATA,
        line: metadata.lineOf(["documents", i, "numberNote", "cite"]),
        message: `the number note of ${meta.id} cites “${cite.quote}” at line ${cite.line} of ${cite.doc}, but ${cited ? `the line reads “${(cited.lines[cite.line - 1] ?? "").trim()}”` : "there is no such document"}`,
        rule: "ingest/metadata-origin",
        fatal: true,
      });
  });
  if (problems.length) throw new BuildError(problems);
  return files;
}
