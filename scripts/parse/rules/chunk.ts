/** The lines of one block: up to the next blank line, table, or block that starts after a line that ended. */
import { endsSentence } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import { numberingOf } from "./numbered-block.ts";
import type { RuleContext } from "./types.ts";

/** The first of a numbered run or list: `1.`, `1.1.`, `a)`, `-`. */
const startsRun = (text: string): boolean => numberingOf(text)?.ordinal === 1 || /^\s*[-+–•]\s/.test(text);

/** Reads the lines of the block starting at `i`; returns them and the index after them. */
export function readChunk(ctx: RuleContext, i: number): { lines: Line[]; end: number } {
  const out: Line[] = [ctx.lines[i]!];
  // A one-line title: an article's (`**Điều 3.** Tổ chức thực hiện`) or one in emphasis (`**1. Mục đích**`).
  const first = ctx.lines[i]!.text;
  const head = numberingOf(first)?.style === "article" || (numberingOf(first) !== null && /\*\s*$/.test(first));
  let j = i + 1;
  for (; j < ctx.lines.length; j++) {
    const l = ctx.lines[j]!;
    if (isBlank(l) || ctx.tableAt.has(j)) break;
    // A wrapped line may start with `1.` or `-`; a block starts there only after a line that ended,
    // or, under a numbered title, where the first of a run starts (`**Điều 3.** Tổ chức thực hiện` / `1. Giao …`).
    if (endsSentence(out[out.length - 1]!.text) && ctx.rules.some((r) => r.interrupts && r.starts(ctx, j))) break;
    // A change of emphasis after a line that ended: `… ngày 05/4/2023;*` / `*Căn cứ …`.
    if (/[.;:!?]["”]?\*+\s*$/.test(out[out.length - 1]!.text) && /^\s*\*/.test(l.text)) break;
    if (head && out.length === 1 && startsRun(l.text) && ctx.rules.some((r) => r.interrupts && r.starts(ctx, j))) break;
    out.push(l);
  }
  return { lines: out, end: j };
}

/** The raw text of a chunk's lines, joined by spaces. */
export const chunkText = (lines: Line[]): string => lines.map((l) => l.text.trim()).join(" ");
