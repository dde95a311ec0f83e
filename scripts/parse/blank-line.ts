/**
 * The `blank-line` layout (Markdown copied from a legal portal): a block's lines run to the next
 * blank line or the next block that starts, whatever their lengths. The ordered rules of
 * `rules/index.ts` decide what each block is.
 */
import type { BlockNode } from "../model/document.ts";
import type { HeadingCorrection } from "../model/schema.ts";
import { collapse } from "../model/text.ts";
import { isBlank, type Line } from "./lines.ts";
import { isSeparator, readFrontMatter } from "./matter.ts";
import { titleLineSpan } from "./rules/appendix.ts";
import { isEmptyMarkup, stripEmphasis } from "./rules/emphasis.ts";
import { blockRules } from "./rules/index.ts";
import { chunkText, readChunk } from "./rules/chunk.ts";
import { closesOpenQuote } from "./rules/quote-depth.ts";
import type { RuleContext } from "./rules/types.ts";
import type { FoundTable } from "./tables/cell-per-line.ts";

/** Parses the body lines of a `blank-line` document into blocks. */
export function parseBlankLineBlocks(input: Line[], tables: FoundTable[], corrections: HeadingCorrection[] = []): BlockNode[] {
  const tableAt = new Map(tables.map((t) => [t.start, t]));
  const inTable = new Set(tables.flatMap((t) => Array.from({ length: t.end - t.start }, (_, k) => t.start + k)));
  // Lines of markup alone (`** **`, `****`, a `|` no table took) separate blocks like blank lines.
  const lines = input.map((l, k) => (!inTable.has(k) && isEmptyMarkup(l.text) ? { line: l.line, text: "" } : l));
  // The header is laid out as a table: its `-----` rules underline the issuer and the motto, they do not end it.
  // An appendix's title line is never part of it.
  const appendix = lines.findIndex((_, k) => titleLineSpan(lines, k) > 0);
  const header = appendix < 0 ? lines : lines.slice(0, appendix);
  const front = readFrontMatter(header.map((l) => ({ line: l.line, text: isSeparator(l) ? "" : stripEmphasis(l.text) })));
  const barAt = new Set(input.flatMap((l, k) => (!inTable.has(k) && /^\s*\|\s*$/.test(l.text) ? [k] : [])));
  const ctx: RuleContext = { lines, out: [...front.nodes], tableAt, barAt, quoteDepth: 0, rules: blockRules };
  const corrected = new Map(corrections.map((c) => [c.line, c]));
  for (let i = front.next; i < lines.length;) {
    const table = tableAt.get(i);
    if (table) {
      ctx.out.push(table.node);
      i = table.end;
      continue;
    }
    const l = lines[i]!;
    if (isBlank(l)) {
      i++;
      continue;
    }
    const correction = corrected.get(l.line);
    if (correction) {
      // A heading the source printed without its number (content/corrections.yml says which).
      ctx.out.push({
        type: "heading",
        depth: 0,
        numbering: "",
        style: correction.style,
        title: stripEmphasis(l.text),
        line: l.line,
        endLine: l.line,
      });
      i++;
      continue;
    }
    if (ctx.quoteDepth > 0 && closesOpenQuote(chunkText(readChunk(ctx, i).lines))) ctx.quoteDepth = 0;
    const rule = blockRules.find((r) => r.starts(ctx, i))!;
    i = rule.read(ctx, i);
  }
  return ctx.out.map((b) => (b.type === "paragraph" ? { ...b, text: collapse(b.text) } : b));
}
