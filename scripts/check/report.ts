/**
 * The per-document check run by the build and the tests: what was found (headings, paragraphs,
 * footnotes attached, tables and rows) and which paragraphs look broken — starting in lower case,
 * or ending without closing punctuation when no list or table follows. Each suspicious paragraph
 * must be explained in `content/checks/explained-paragraphs.yml` as the source's own.
 */
import { z } from "zod";
import type { SourceFile } from "../ingest/read-sources.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";
import type { BlockNode, DocumentModel } from "../model/document.ts";
import type { DocumentCheck, Suspicious } from "../model/generated.ts";
import { headingWarnings } from "./heading-warnings.ts";
import { endsSentence, FOOTNOTE_REF_RE, plain, startsLower } from "../model/text.ts";

const explainedSchema = z.object({
  explained: z.array(z.object({ file: z.string(), line: z.number().int(), reason: z.string().min(10) }).strict()),
});

/** The explanations of paragraphs that are broken in the source itself. */
export function readExplanations(root: string): z.infer<typeof explainedSchema>["explained"] {
  return readYamlFile(root, "content/checks/explained-paragraphs.yml", explainedSchema, "check/explanations", {
    optional: { explained: [] },
  }).data.explained;
}

export function checkDocument(source: SourceFile, model: DocumentModel, root = process.cwd()): DocumentCheck {
  const explanations = readExplanations(root).filter((e) => e.file === source.path);
  const suspicious: Suspicious[] = [];
  const blocks = model.blocks;
  blocks.forEach((b, i) => {
    if (b.type !== "paragraph") return;
    const next: BlockNode | undefined = blocks[i + 1];
    const text = plain(b.text);
    const flag = (reason: Suspicious["reason"]) => {
      const e = explanations.find((x) => x.line === b.line);
      suspicious.push({ line: b.line, reason, text: text.slice(0, 120), ...(e ? { explanation: e.reason } : {}) });
    };
    if (startsLower(text)) flag("starts-lower-case");
    else if (!endsSentence(text) && next?.type !== "list" && next?.type !== "table") flag("no-closing-punctuation");
  });
  const warnings = headingWarnings(blocks, source.acceptedFaults);
  const all = JSON.stringify(blocks);
  const attached = new Set([...all.matchAll(FOOTNOTE_REF_RE)].map((m) => m[1]));
  return {
    file: source.path,
    headings: blocks.filter((b) => b.type === "heading").length,
    paragraphs: blocks.filter((b) => b.type === "paragraph").length,
    listItems: blocks.reduce((n, b) => n + (b.type === "list" ? b.items.length : 0), 0),
    footnotes: model.footnotes.length,
    footnotesAttached: model.footnotes.filter((f) => attached.has(f.label)).length,
    tables: blocks.flatMap((b) => (b.type === "table" ? [{ line: b.line, rows: b.rows.length, columns: b.columns }] : [])),
    suspicious,
    corrected: source.headingCorrections.map((c) => ({ line: c.line, text: c.text })),
    repeated: (model.repeats ?? []).map((r) => ({ line: r.line, of: r.of, text: r.text })),
    ...(warnings.length ? { warnings } : {}),
  };
}

/**
 * A readable table of the checks, printed by the build; with `targets` (per document id, from
 * `targetCounts` of scripts/link/candidates.ts, in the order of `checks`), each line ends with
 * `targets found: N (M matched)`.
 */
export function formatReport(checks: DocumentCheck[], targets?: Map<string, { found: number; matched: number }>): string {
  const counts = targets ? [...targets.values()] : [];
  const rows = checks.map((c, i) => {
    const unexplained = c.suspicious.filter((s) => !s.explanation).length;
    const n = (count: number) => String(count).padStart(3);
    const tables = c.tables.map((t) => `${t.rows}×${t.columns}`).join(", ") || "-";
    return (
      `${c.file.padEnd(42)} headings ${n(c.headings)}  paragraphs ${n(c.paragraphs)}  list items ${n(c.listItems)}  ` +
      `footnotes ${c.footnotesAttached}/${c.footnotes}  tables ${tables}  suspicious ${c.suspicious.length} (${unexplained} unexplained)` +
      (counts[i] ? `  targets found: ${counts[i].found} (${counts[i].matched} matched)` : "")
    );
  });
  // Each warning on a line of its own under its document, as `file:line: message (rule)`.
  return rows
    .map((row, i) =>
      [row, ...(checks[i]!.warnings ?? []).map((w) => `  warning: ${checks[i]!.file}:${w.line}: ${w.message} (${w.rule})`)].join("\n"),
    )
    .join("\n");
}
