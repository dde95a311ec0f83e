/**
 * The block rules of documents whose paragraphs end at a blank line (`format.paragraphs:
 * blank-line`, Markdown copied from a legal portal). Each rule is one file; the ordered list is
 * `index.ts`. As in markdown-it's block parser, a rule has a silent mode (`starts`) that only
 * answers whether a block of its kind starts at a line, and a reading mode (`read`).
 */
import type { BlockNode } from "../../model/document.ts";
import type { Line } from "../lines.ts";
import type { FoundTable } from "../tables/cell-per-line.ts";

/** What the rules share while one document is read. */
export interface RuleContext {
  lines: Line[];
  out: BlockNode[];
  tableAt: Map<number, FoundTable>;
  /** Indices of lines that held only a cell bar `|` no table took (read as blank lines): a header laid out as a table. */
  barAt: Set<number>;
  /** How many quotation marks are open: quoted amended text never opens a heading. */
  quoteDepth: number;
  /** The ordered rules, so that a rule can ask whether another block starts at a line. */
  rules: readonly BlockRule[];
}

/** One kind of block. */
export interface BlockRule {
  name: string;
  /** Silent mode: does a block of this kind start at line `i`? */
  starts(ctx: RuleContext, i: number): boolean;
  /** Reads the block that starts at line `i`, pushes its nodes and returns the index after it. */
  read(ctx: RuleContext, i: number): number;
  /** Whether the block may start on a line that directly follows a line ending a sentence (no blank line between). */
  interrupts: boolean;
}
