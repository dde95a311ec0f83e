/** Parses one source file into the document model, choosing the rules its `format` names. */
import type { SourceFile } from "../ingest/read-sources.ts";
import { Diagnostics } from "../model/diagnostics.ts";
import type { DocumentModel } from "../model/document.ts";
import { mergeLists, parseBlocks } from "./blocks.ts";
import { unifyNumberedRuns } from "./numbered-runs.ts";
import { extractBracketedFootnotes } from "./footnotes/bracketed.ts";
import { extractEndFootnotes } from "./footnotes/end-replacement-char.ts";
import { extractPageFootnotes } from "./footnotes/page-bottom.ts";
import { extractSuperscriptFootnotes } from "./footnotes/superscript.ts";
import type { FootnoteResult } from "./footnotes/types.ts";
import { assignDepths } from "./hierarchy.ts";
import { dropRepeats, numberLines, type Line } from "./lines.ts";
import { parseCellTable, startsCellTable, type FoundTable } from "./tables/cell-per-line.ts";
import { isRowMark } from "./tables/pipe-cells.ts";
import { parsePipeLineTable, type SkippedTable, startsPipeLineTable, unboxLayoutTables } from "./tables/pipe-lines.ts";
import { parsePipeRowTable, startsPipeRowTable } from "./tables/pipe-rows.ts";
import { dropRepeatedHeaders } from "./tables/repeated-header.ts";
import { reportStrayRows } from "./tables/stray-rows.ts";
import { readTableUnit } from "./tables/unit.ts";
import { parseTabTable, startsTabTable } from "./tables/tab-separated.ts";

function extractFootnotes(source: SourceFile, lines: Line[], diag: Diagnostics): FootnoteResult {
  switch (source.meta.format.footnotes) {
    case "end-replacement-char":
      return extractEndFootnotes(lines, diag, (l) => l.text.startsWith("\t"));
    case "page-bottom":
      return extractPageFootnotes(lines, diag);
    case "superscript":
      return extractSuperscriptFootnotes(lines, diag);
    case "bracketed":
      return extractBracketedFootnotes(lines, diag);
    case "none":
      return { lines, footnotes: [] };
  }
}

/** Portal tables: `|` on lines of their own, or `| a | b |` rows; layout tables are left out (see unboxLayoutTables). */
function findPipeTables(lines: Line[], diag: Diagnostics, reported: SkippedTable[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = startsPipeLineTable(lines, i)
      ? parsePipeLineTable(lines, i, diag)
      : startsPipeRowTable(lines[i]!)
        ? parsePipeRowTable(lines, i, diag)
        : null;
    if (table && "node" in table) {
      readTableUnit(table.node, lines, i);
      const prev = found[found.length - 1];
      if (prev && continuesTable(lines, prev, table)) {
        // A table the page or the copy cut in two: its second part has no header of its own.
        prev.node.rows.push(...table.node.rows);
        dropRepeatedHeaders(prev.node, diag);
        prev.node.endLine = table.node.endLine;
        prev.end = table.end;
      } else found.push(table);
    } else if (table?.skip === "unreadable") {
      reported.push(table);
    }
    if (table) i = table.end - 1;
  }
  return found;
}

/** `next` has no header, as many columns as `prev`, opens with a numbered row, and only blank lines come between them. */
function continuesTable(lines: Line[], prev: FoundTable, next: FoundTable): boolean {
  if (next.node.header.length > 0 || next.node.columns !== prev.node.columns) return false;
  if (!isRowMark(next.node.rows[0]?.cells[0]?.text ?? "")) return false;
  for (let k = prev.end; k < next.start; k++) if (lines[k]!.text.trim() !== "") return false;
  return true;
}

/** `reported`: `|` blocks no table could be read from, already reported (not stray rows again). */
function findTables(source: SourceFile, lines: Line[], diag: Diagnostics, reported: SkippedTable[] = []): FoundTable[] {
  const style = source.meta.format.tables;
  if (style === "none") return [];
  if (style === "pipe") return findPipeTables(lines, diag, reported);
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
  const diag = new Diagnostics(source.path, source.acceptedFaults);
  const read = extractFootnotes(source, dropRepeats(numberLines(source.lines), source.repeatCorrections), diag);
  const footnotes = read.footnotes;
  const lines = source.meta.format.tables === "pipe" ? unboxLayoutTables(read.lines) : read.lines;
  const unreadable: SkippedTable[] = [];
  const tables = findTables(source, lines, diag, unreadable);
  reportStrayRows(lines, [...tables, ...unreadable], diag);
  const blocks = mergeLists(
    assignDepths(
      unifyNumberedRuns(parseBlocks(lines, tables, source.meta.format.paragraphs, source.headingCorrections), {
        sentencesInArticles: source.meta.format.paragraphs !== "blank-line",
        leadInLists: source.meta.format.paragraphs === "blank-line",
      }),
    ),
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
