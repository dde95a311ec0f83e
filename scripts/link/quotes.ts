/**
 * The source lines the site's own pages quote (content/quotes.yml): each checked against its
 * document and given the address where that line is read.
 */
import { z } from "zod";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import type { SourceFile } from "../ingest/read-sources.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";
import type { Quote } from "../model/generated.ts";
import { anchorAt, type LineAnchor } from "../model/line-anchors.ts";

const FILE = "content/quotes.yml";
const schema = z
  .object({
    quotes: z.array(
      z
        .object({ id: z.string().regex(/^[a-z0-9-]+$/), doc: z.string(), line: z.number().int().positive(), quote: z.string().min(3) })
        .strict(),
    ),
  })
  .strict();
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function linkQuotes(root: string, sources: SourceFile[], lines: Record<string, LineAnchor[]>): Quote[] {
  const { data, lineOf } = readYamlFile(root, FILE, schema, "link/quotes");
  const problems: Diagnostic[] = [];
  const out: Quote[] = [];
  const seen = new Set<string>();
  data.quotes.forEach((q, i) => {
    const line = lineOf(["quotes", i]);
    const source = sources.find((s) => s.meta.id === q.doc);
    if (seen.has(q.id)) problems.push({ file: FILE, line, message: `quote id “${q.id}” is used twice`, rule: "link/quotes", fatal: true });
    seen.add(q.id);
    if (!source) {
      problems.push({
        file: FILE,
        line,
        message: `quote “${q.id}” names “${q.doc}”, which is not a document`,
        expected: "an id of content/sources/sources.yml",
        rule: "link/quotes",
        fatal: true,
      });
      return;
    }
    const actual = source.lines[q.line - 1] ?? "";
    if (!collapse(actual).includes(collapse(q.quote.normalize("NFC")))) {
      problems.push({
        file: FILE,
        line,
        message: `quote “${q.id}” expects “${q.quote}” at ${source.path}:${q.line}, but the line reads “${actual.trim()}”`,
        rule: "link/quotes",
        fatal: true,
      });
      return;
    }
    const url = anchorAt(lines[q.doc] ?? [], q.line);
    if (!url) {
      problems.push({
        file: FILE,
        line,
        message: `quote “${q.id}”: ${source.path}:${q.line} is not shown on any page`,
        rule: "link/quotes",
        fatal: true,
      });
      return;
    }
    out.push({ ...q, url });
  });
  if (problems.length) throw new BuildError(problems);
  return out;
}
