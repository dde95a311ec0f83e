/** The lines of one block: up to the next blank line, table, or block that starts after a line that ended. */
import { endsSentence } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import type { RuleContext } from "./types.ts";

/** Reads the lines of the block starting at `i`; returns them and the index after them. */
export function readChunk(ctx: RuleContext, i: number): { lines: Line[]; end: number } {
  const out: Line[] = [ctx.lines[i]!];
  let j = i + 1;
  for (; j < ctx.lines.length; j++) {
    const l = ctx.lines[j]!;
    if (isBlank(l) || ctx.tableAt.has(j)) break;
    // A wrapped line may start with `1.` or `-`; a block starts there only after a line that ended.
    if (endsSentence(out[out.length - 1]!.text) && ctx.rules.some((r) => r.interrupts && r.starts(ctx, j))) break;
    out.push(l);
  }
  return { lines: out, end: j };
}

/** The raw text of a chunk's lines, joined by spaces. */
export const chunkText = (lines: Line[]): string => lines.map((l) => l.text.trim()).join(" ");
