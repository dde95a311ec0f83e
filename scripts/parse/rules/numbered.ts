/**
 * Numbered blocks (`I.`, `A.`, `1.`, `1.2.`, `a)`): a heading when they carry a title, a numbered
 * paragraph when they read as a task sentence (`a) Hoàn thiện chính sách, pháp luật về …;`). The
 * whole text up to the blank line decides (scripts/parse/numbered-shape.ts), so a title wrapped
 * after its first 12 characters is joined; a title in emphasis (`**1. Mục tiêu chung**`) ends
 * where the emphasis ends. Runs of siblings settle the doubtful ones (scripts/parse/numbered-runs.ts).
 */
import type { BlockNode, HeadingNode } from "../../model/document.ts";
import { collapse, isAllCaps } from "../../model/text.ts";
import { numberedShape } from "../numbered-shape.ts";
import { readChunk } from "./chunk.ts";
import { leadsIn, numberingAt, readNumberedBlock } from "./numbered-block.ts";
import { opensQuote } from "./quote-depth.ts";
import type { BlockRule } from "./types.ts";

export const numberedRule: BlockRule = {
  name: "numbered",
  interrupts: true,
  starts(ctx, i) {
    const text = ctx.lines[i]!.text;
    if (ctx.quoteDepth > 0 || opensQuote(text)) return false;
    const n = numberingAt(ctx.lines, i);
    if (!n || n.style === "article" || n.style === "appendix") return false;
    // `Phần thứ nhất` opens a part only as a title.
    return n.style !== "part" || n.rest === "" || isAllCaps(n.rest);
  },
  read(ctx, i) {
    const { lines, end } = readChunk(ctx, i);
    const block = readNumberedBlock(lines);
    const n = block.numbering;
    const range = { line: lines[0]!.line, endLine: lines[lines.length - 1]!.line };
    const item = (text: string): BlockNode => ({ type: "list", ordered: true, items: [{ marker: n.numbering, text, ...range }], ...range });
    const heading = (title: string, fullText?: string): HeadingNode => ({
      type: "heading",
      depth: 0,
      numbering: n.numbering,
      style: n.style,
      title: collapse(title),
      ...range,
      ...(fullText ? { fullText } : {}),
    });
    const body = (text: string): BlockNode => ({ type: "paragraph", text: collapse(text), ...range, fromHeading: true });

    if (block.emphasised !== undefined) {
      // Emphasis marks the title: it is a heading unless it reads as sentences.
      const shape = numberedShape(n.numbering, block.emphasised);
      if (shape.kind === "paragraph") {
        ctx.out.push(item(n.rest));
        return end;
      }
      const runOn = shape.kind === "run-in" ? collapse(`${shape.body} ${block.after}`) : block.after;
      // The colon is kept for when the title becomes a list item (`a) Chi đầu tư phát triển: Ước …`).
      const colon = /:\s*$/.test(block.emphasised) ? { titleEnd: ":" } : {};
      ctx.out.push({ ...heading(shape.title.replace(/[.:]$/, "")), ...colon });
      if (runOn) ctx.out.push(body(runOn));
      return end;
    }
    const shape = numberedShape(n.numbering, n.rest);
    if (shape.kind === "paragraph" || shape.kind === "sentence" || (shape.kind === "run-in" && !shape.body && leadsIn(n.rest))) {
      ctx.out.push(item(n.rest));
    } else if (shape.kind === "run-in" && /[:;]/.test(shape.title)) {
      // A label that holds a colon or a semicolon already reads as a sentence: `… tiêu chí bổ sung sau: (i) Các chỉ tiêu …: …`.
      ctx.out.push(item(n.rest));
    } else if (shape.kind === "run-in" && !shape.body) {
      // A label over its own blocks (`1. Đối với công chức, viên chức …:`): a title, kept whatever its siblings are when text follows it.
      ctx.out.push({ ...heading(shape.title), titleEnd: ":" });
    } else if (shape.kind === "run-in") {
      ctx.out.push(heading(shape.title, n.rest));
      if (shape.body) ctx.out.push(body(shape.body));
    } else ctx.out.push(heading(shape.title));
    return end;
  },
};
