import { readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml, LineCounter, parseDocument } from "yaml";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import { correctionsSchema, sourcesFileSchema, type HeadingCorrection, type SourceMeta } from "../model/schema.ts";

/** A source document as read from disk: metadata plus its text, NFC-normalised, split in lines. */
export interface SourceFile {
  meta: SourceMeta;
  /** Path relative to the project root, as cited in diagnostics and provenance. */
  path: string;
  lines: string[];
  /** Lines that `content/corrections.yml` declares to be unnumbered headings. */
  headingCorrections: HeadingCorrection[];
}

/** Finds the 1-based line of a YAML path in the metadata file, for error messages. */
export function lineOfPath(text: string, path: (string | number)[]): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Decodes UTF-8 strictly; an invalid byte sequence is reported with its line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    // Find the first byte the decoder refuses, by decoding line by line.
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new BuildError([{ file, line, message: "invalid UTF-8 byte sequence", expected: "UTF-8 text", rule: "ingest/encoding", fatal: true }]);
  }
}

/** Splits a text into lines, NFC-normalised, without trailing carriage returns. */
export function toLines(text: string): string[] {
  const lines = text.normalize("NFC").split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Reads and validates `content/sources/sources.yml`. */
export function readMetadata(root: string): SourceMeta[] {
  const metaPath = join(root, "content/sources/sources.yml");
  const rel = relative(root, metaPath);
  if (!existsSync(metaPath)) {
    throw new BuildError([{ file: rel, line: 1, message: "metadata file is missing", expected: "content/sources/sources.yml", rule: "ingest/metadata", fatal: true }]);
  }
  const text = readFileSync(metaPath, "utf8");
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const err = e as { linePos?: { line: number }[]; message: string };
    const line = err.linePos?.[0]?.line ?? 1;
    throw new BuildError([{ file: rel, line, message: `YAML syntax error: ${err.message.split("\n")[0]}`, rule: "ingest/metadata", fatal: true }]);
  }
  const result = sourcesFileSchema.safeParse(data);
  if (!result.success) {
    const diagnostics: Diagnostic[] = result.error.issues.map((issue) => ({
      file: rel,
      line: lineOfPath(text, issue.path as (string | number)[]),
      message: `${issue.path.join(".") || "(root)"}: ${issue.message}`,
      rule: "ingest/metadata-schema",
      fatal: true,
    }));
    throw new BuildError(diagnostics);
  }
  const docs = result.data.documents;
  const problems: Diagnostic[] = [];
  for (const field of ["id", "slug", "file"] as const) {
    const seen = new Set<string>();
    docs.forEach((d, i) => {
      if (seen.has(d[field])) problems.push({ file: rel, line: lineOfPath(text, ["documents", i, field]), message: `duplicate ${field} "${d[field]}"`, rule: "ingest/metadata-unique", fatal: true });
      seen.add(d[field]);
    });
  }
  const ids = new Set(docs.map((d) => d.id));
  docs.forEach((d, i) =>
    d.relations.forEach((r, j) => {
      if (r.target && !ids.has(r.target)) {
        problems.push({ file: rel, line: lineOfPath(text, ["documents", i, "relations", j]), message: `relation target "${r.target}" is not a document id`, rule: "ingest/metadata-relation", fatal: true });
      }
    }),
  );
  if (problems.length) throw new BuildError(problems);
  return docs;
}

/** Reads `content/corrections.yml` (optional); each entry must name a line that reads as it says. */
export function readCorrections(root: string): HeadingCorrection[] {
  const path = join(root, "content/corrections.yml");
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8");
  const result = correctionsSchema.safeParse(parseYaml(text));
  if (!result.success) {
    throw new BuildError(result.error.issues.map((issue) => ({ file: "content/corrections.yml", line: lineOfPath(text, issue.path as (string | number)[]), message: `${issue.path.join(".")}: ${issue.message}`, rule: "ingest/corrections-schema", fatal: true })));
  }
  return result.data.headings;
}

const collapseSpace = (s: string) => s.replace(/\s+/g, " ").trim();

/** Reads every source named in the metadata: strict UTF-8, NFC, at least one non-blank line. */
export function readSources(root: string): SourceFile[] {
  const metas = readMetadata(root);
  const metaText = readFileSync(join(root, "content/sources/sources.yml"), "utf8");
  const originLine = (id: string, j: number) => lineOfPath(metaText, ["documents", metas.findIndex((m) => m.id === id), "origin", "cites", j]);
  const corrections = readCorrections(root);
  const problems: Diagnostic[] = [];
  const files: SourceFile[] = [];
  for (const meta of metas) {
    const path = `content/sources/${meta.file}`;
    const abs = join(root, path);
    if (!existsSync(abs)) {
      problems.push({ file: path, line: 1, message: "source file is missing", expected: `the file named in content/sources/sources.yml`, rule: "ingest/missing", fatal: true });
      continue;
    }
    try {
      const lines = toLines(decodeUtf8(readFileSync(abs), path));
      if (!lines.some((l) => l.trim() !== "")) {
        problems.push({ file: path, line: 1, message: "source file is empty", expected: "the text of a document", rule: "ingest/empty", fatal: true });
        continue;
      }
      const headingCorrections = corrections.filter((c) => c.file === path);
      for (const c of headingCorrections) {
        if (lines[c.line - 1]?.trim() !== c.text.normalize("NFC")) {
          problems.push({ file: "content/corrections.yml", line: 1, message: `correction for ${path}:${c.line} expects “${c.text}” but the line reads “${lines[c.line - 1]?.trim() ?? ""}”`, rule: "ingest/corrections-stale", fatal: true });
        }
      }
      meta.origin.cites.forEach((c, j) => {
        if (!collapseSpace(lines[c.line - 1] ?? "").includes(c.quote.normalize("NFC"))) {
          problems.push({ file: "content/sources/sources.yml", line: originLine(meta.id, j), message: `origin of ${meta.id} cites “${c.quote}” at ${path}:${c.line}, but the line reads “${(lines[c.line - 1] ?? "").trim()}”`, rule: "ingest/metadata-origin", fatal: true });
        }
      });
      files.push({ meta, path, lines, headingCorrections });
    } catch (e) {
      if (e instanceof BuildError) problems.push(...e.diagnostics);
      else throw e;
    }
  }
  if (problems.length) throw new BuildError(problems);
  return files;
}
