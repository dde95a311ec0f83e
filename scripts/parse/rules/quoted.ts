/**
 * Quoted amended text (`“Điều 6. Quy trình thực hiện`, `"1. Đối tượng …` up to the closing `”.`)
 * is content of the article that quotes it: every block from an opening quotation mark until the
 * quote closes is a paragraph or a list item, never a heading.
 */
import { matchListMarker } from "../heading.ts";
import { collapse } from "../../model/text.ts";
import { chunkText, readChunk } from "./chunk.ts";
import { opensQuote, quoteDepthAfter } from "./quote-depth.ts";
import type { BlockRule } from "./types.ts";

export const quotedRule: BlockRule = {
  name: "quoted",
  interrupts: false,
  starts: (ctx, i) => ctx.quoteDepth > 0 || opensQuote(ctx.lines[i]!.text),
  read(ctx, i) {
    const { lines, end } = readChunk(ctx, i);
    const text = collapse(chunkText(lines));
    ctx.quoteDepth = quoteDepthAfter(text, ctx.quoteDepth);
    const range = { line: lines[0]!.line, endLine: lines[lines.length - 1]!.line };
    const marker = matchListMarker(text);
    if (marker && !marker.ordered)
      ctx.out.push({ type: "list", ordered: false, items: [{ marker: marker.marker, text: marker.rest, ...range }], ...range });
    else ctx.out.push({ type: "paragraph", text, ...range });
    return end;
  },
};
