/** The rule that always applies last: the lines up to the next blank line or block are one paragraph. */
import { collapse } from "../../model/text.ts";
import { chunkText, readChunk } from "./chunk.ts";
import { repairEmphasis } from "./emphasis.ts";
import { quoteDepthAfter } from "./quote-depth.ts";
import type { BlockRule } from "./types.ts";

export const paragraphRule: BlockRule = {
  name: "paragraph",
  interrupts: false,
  starts: () => true,
  read(ctx, i) {
    const { lines, end } = readChunk(ctx, i);
    const text = repairEmphasis(collapse(chunkText(lines)));
    ctx.quoteDepth = quoteDepthAfter(text, ctx.quoteDepth);
    ctx.out.push({ type: "paragraph", text, line: lines[0]!.line, endLine: lines[lines.length - 1]!.line });
    return end;
  },
};
