/**
 * `Điều N.` articles: a heading with the article's short title (`Điều 1. Mục tiêu, chỉ tiêu`), or,
 * when a whole clause runs on after the number (`**Điều 1.** Sửa đổi, bổ sung … (Chi tiết tại Phụ
 * lục kèm theo).`), a short heading `Điều 1.` with the clause as its first paragraph.
 */
import { collapse } from "../../model/text.ts";
import { numberedShape } from "../numbered-shape.ts";
import { readChunk } from "./chunk.ts";
import { numberingAt, readNumberedBlock } from "./numbered-block.ts";
import { opensQuote } from "./quote-depth.ts";
import type { BlockRule } from "./types.ts";

/** The longest article title kept whole when no emphasis marks it; a longer text is a clause. */
const MAX_ARTICLE_TITLE = 200;

export const articleRule: BlockRule = {
  name: "article",
  interrupts: true,
  starts: (ctx, i) => ctx.quoteDepth === 0 && !opensQuote(ctx.lines[i]!.text) && numberingAt(ctx.lines, i)?.style === "article",
  read(ctx, i) {
    const { lines, end } = readChunk(ctx, i);
    const block = readNumberedBlock(lines);
    const n = block.numbering;
    let title = "";
    let body = "";
    if (block.emphasised !== undefined) {
      title = block.emphasised.replace(/[.:]$/, "").trim();
      body = block.after;
    } else {
      const shape = numberedShape(n.numbering, n.rest);
      // An article's title has no punctuation of its own; a colon or a stop makes the text a clause.
      if (shape.kind === "title" && shape.title.length <= MAX_ARTICLE_TITLE) title = shape.title;
      else body = n.rest;
    }
    const range = { line: lines[0]!.line, endLine: lines[lines.length - 1]!.line };
    ctx.out.push({ type: "heading", depth: 0, numbering: n.numbering, style: "article", title: collapse(title), ...range });
    if (body) ctx.out.push({ type: "paragraph", text: collapse(body), ...range, fromHeading: true });
    return end;
  },
};
