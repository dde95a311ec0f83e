/**
 * The report `npm run add-document` prints for the document it added: what the parse found
 * (headings by level, paragraphs, list items, tables with their rows, footnotes placed, targets)
 * and every block that needs a look, each at its `file:line`. It reads the document's entry of
 * the check the data build wrote (`generated/report.json`), so whatever the build learns to check
 * is printed here too.
 */
import type { DocumentModel, HeadingNode } from "../model/document.ts";
import type { DocumentCheck } from "../model/generated.ts";
import { FOOTNOTE_REF_RE, plain } from "../model/text.ts";

/** A line of the report about one place of the document. */
const at = (file: string, line: number, text: string) => `  ${file}:${line}  ${text}`;
const short = (text: string, max = 100) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** Fields of the check printed as counts or lines of their own; any other list is printed item by item. */
const KNOWN = new Set([
  "file",
  "headings",
  "paragraphs",
  "listItems",
  "footnotes",
  "footnotesAttached",
  "tables",
  "suspicious",
  "corrected",
  "repeated",
]);

export interface DocumentReport {
  text: string;
  /** Blocks that need a look and are not explained as the source's own: suspicious paragraphs and any warning of the check. */
  warnings: number;
}

/** One entry of a list the check holds beyond the known fields (warnings, targets…), as a report line. */
function describe(file: string, item: unknown): string {
  if (typeof item !== "object" || item === null) return `  ${String(item)}`;
  const { line, ...rest } = item as Record<string, unknown>;
  const words = Object.entries(rest)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? short(v, 80) : JSON.stringify(v)}`)
    .join("; ");
  return typeof line === "number" ? at(file, line, words) : `  ${words}`;
}

/** A target the build found in the document (a `candidate` of /du-lieu/chi-tieu.json), as the report prints it. */
export interface FoundTarget {
  kind: string;
  label: string;
  raw: string;
  source: { line: number };
}

/** The report of one added document: its model, its entry of the build's check, and the targets found in it (undefined when the data holds none). */
export function documentReport(model: DocumentModel, check: DocumentCheck, targets?: FoundTarget[]): DocumentReport {
  const file = model.file;
  const out: string[] = [];
  const headings = model.blocks.filter((b): b is HeadingNode => b.type === "heading");
  const depths = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b);
  out.push(
    `headings: ${headings.length}${depths.length ? ` (${depths.map((d) => `level ${d}: ${headings.filter((h) => h.depth === d).length}`).join(", ")})` : ""}`,
  );
  for (const h of headings) out.push(at(file, h.line, `${"  ".repeat(h.depth - 1)}${short(`${h.numbering} ${plain(h.title)}`.trim())}`));
  out.push(`paragraphs: ${check.paragraphs}`);
  out.push(`list items: ${check.listItems}`);
  out.push(`tables: ${check.tables.length}`);
  for (const t of check.tables) out.push(at(file, t.line, `${t.rows} rows × ${t.columns} columns`));
  out.push(`footnotes placed: ${check.footnotesAttached} of ${check.footnotes}`);
  const refs = new Set([...JSON.stringify(model.blocks).matchAll(FOOTNOTE_REF_RE)].map((m) => m[1]));
  for (const f of model.footnotes) if (!refs.has(f.label)) out.push(at(file, f.line, `note [${f.label}] has no mark in the text`));
  let warnings = 0;
  const extra = Object.entries(check).filter(([k, v]) => !KNOWN.has(k) && Array.isArray(v)) as [string, unknown[]][];
  if (targets) {
    out.push(`targets found: ${targets.length} (not yet matched to an indicator)`);
    for (const t of targets) out.push(at(file, t.source.line, `${t.kind}  ${short(t.label, 60)}: ${t.raw}`));
  } else if (!extra.some(([k]) => k === "targets")) out.push("targets found: none reported by the data build");
  for (const [key, items] of extra) {
    out.push(`${key === "targets" ? "targets found" : key}: ${items.length}`);
    for (const item of items) out.push(describe(file, item));
    if (/warning|fault|problem/i.test(key))
      warnings += items.filter((i) => !(typeof i === "object" && i !== null && "accepted" in i && i.accepted)).length;
  }
  const unexplained = check.suspicious.filter((s) => !s.explanation);
  warnings += unexplained.length;
  out.push(`suspicious paragraphs: ${check.suspicious.length} (${unexplained.length} not explained)`);
  for (const s of check.suspicious) out.push(at(file, s.line, `${s.reason}${s.explanation ? " (explained)" : ""}: ${short(s.text, 80)}`));
  if (model.notes.length) {
    out.push(`repairs the parser made: ${model.notes.length}`);
    for (const n of model.notes) out.push(`  ${n}`);
  }
  return { text: out.join("\n"), warnings };
}
