/** A list item: `-`, `+`, `(1)` at the start of a line, its text up to the next blank line or block. */
import { collapse } from "../../model/text.ts";
import { matchListMarker } from "../heading.ts";
import { chunkText, readChunk } from "./chunk.ts";
import { quoteDepthAfter } from "./quote-depth.ts";
import type { BlockRule } from "./types.ts";

export const listItemRule: BlockRule = {
  name: "list-item",
  interrupts: true,
  starts: (ctx, i) => matchListMarker(ctx.lines[i]!.text.replace(/^\s*\*+(?=[-+(])/, "")) !== null,
  read(ctx, i) {
    const { lines, end } = readChunk(ctx, i);
    const text = collapse(chunkText(lines));
    const marker = matchListMarker(text.replace(/^\*+(?=[-+(])/, ""))!;
    ctx.quoteDepth = quoteDepthAfter(text, ctx.quoteDepth);
    const range = { line: lines[0]!.line, endLine: lines[lines.length - 1]!.line };
    ctx.out.push({ type: "list", ordered: marker.ordered, items: [{ marker: marker.marker, text: marker.rest, ...range }], ...range });
    return end;
  },
};
