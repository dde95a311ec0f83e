/** Parses one source file into the document model, choosing the rules its `format` names. */
import type { SourceFile } from "../ingest/read-sources.ts";
import { Diagnostics } from "../model/diagnostics.ts";
import type { DocumentModel } from "../model/document.ts";
import { mergeLists, parseBlocks } from "./blocks.ts";
import { unifyNumberedRuns } from "./numbered-runs.ts";
import { extractEndFootnotes } from "./footnotes/end-replacement-char.ts";
import { extractPageFootnotes } from "./footnotes/page-bottom.ts";
import { extractSuperscriptFootnotes } from "./footnotes/superscript.ts";
import type { FootnoteResult } from "./footnotes/types.ts";
import { assignDepths } from "./hierarchy.ts";
import { dropRepeats, numberLines, type Line } from "./lines.ts";
import { parseCellTable, startsCellTable, type FoundTable } from "./tables/cell-per-line.ts";
import { parseTabTable, startsTabTable } from "./tables/tab-separated.ts";

function extractFootnotes(source: SourceFile, lines: Line[], diag: Diagnostics): FootnoteResult {
  switch (source.meta.format.footnotes) {
    case "end-replacement-char":
      return extractEndFootnotes(lines, diag, (l) => l.text.startsWith("\t"));
    case "page-bottom":
      return extractPageFootnotes(lines, diag);
    case "superscript":
      return extractSuperscriptFootnotes(lines, diag);
    case "bracketed": // read by the parse-tables part of issue 27; until then, as none
    case "none":
      return { lines, footnotes: [] };
  }
}

function findTables(source: SourceFile, lines: Line[], diag: Diagnostics): FoundTable[] {
  const style = source.meta.format.tables;
  if (style === "none") return [];
  const found: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const table =
      style === "cell-per-line"
        ? startsCellTable(l)
          ? parseCellTable(lines, i, diag)
          : null
        : startsTabTable(l)
          ? parseTabTable(lines, i, diag)
          : null;
    if (table) {
      found.push(table);
      i = table.end - 1;
    }
  }
  return found;
}

/** Sources → model for one document. Throws a BuildError listing every fatal problem found. */
export function parseDocument(source: SourceFile): DocumentModel {
  const diag = new Diagnostics(source.path);
  const { lines, footnotes } = extractFootnotes(source, dropRepeats(numberLines(source.lines), source.repeatCorrections), diag);
  const tables = findTables(source, lines, diag);
  const blocks = mergeLists(
    assignDepths(unifyNumberedRuns(parseBlocks(lines, tables, source.meta.format.paragraphs, source.headingCorrections))),
  );
  if (!blocks.some((b) => b.type === "heading")) {
    diag.error(1, "no heading found in the document", "structure/no-headings", "numbered headings such as `I.`, `1.` or `Phần thứ nhất`");
  }
  diag.throwIfFatal();
  return {
    id: source.meta.id,
    file: source.path,
    blocks,
    footnotes,
    notes: diag.items.map((d) => `${d.file}:${d.line}: ${d.message} (${d.rule})`),
    repeats: source.repeatCorrections.map((r) => ({ line: r.line, of: r.of, text: r.text.normalize("NFC") })),
  };
}
