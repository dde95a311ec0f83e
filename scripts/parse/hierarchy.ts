/**
 * Gives each heading its depth from the order in which numbering styles nest, the way the
 * documents use them: a style seen before is a sibling of that level; a new style is a child.
 * The legal levels nest by rank, whatever came before: Phần (and a Phụ lục, or a Quy định issued
 * with the decision) > Chương > Mục > Điều; each closes everything under the last one of its rank
 * or a higher one. A numbered run that restarts at 1
 * under a heading of its own style (`2. Mục tiêu chủ yếu` followed by `1.`, `2.` … `18.`)
 * is a numbered list, not a set of headings.
 */
import type { BlockNode, HeadingNode, ListNode, NumberingStyle } from "../model/document.ts";
import { matchNumbering } from "./heading.ts";
import { collapse } from "../model/text.ts";

/** The legal levels, outermost first: Phần > Chương > Mục > Điều (khoản and điểm are numbered blocks under them). */
const LEGAL_RANK: Partial<Record<NumberingStyle, number>> = { part: 0, appendix: 0, attached: 0, chapter: 1, section: 2, article: 3 };
const TOP = Object.keys(LEGAL_RANK) as NumberingStyle[];
const ordinalOf = (numbering: string): number => matchNumbering(`${numbering} x`)?.ordinal ?? 0;

export function assignDepths(blocks: BlockNode[]): BlockNode[] {
  const stack: { style: NumberingStyle; ordinal: number }[] = [];
  let run: { style: NumberingStyle; next: number; list: ListNode; lastHeadingLine: number; lastWhole: boolean } | undefined;
  const out: BlockNode[] = [];
  for (const b of blocks) {
    if (b.type === "paragraph" && b.fromHeading && run && run.lastHeadingLine === b.line) {
      // A run-in title's item already holds its whole text; an emphasised title's run-on text
      // (`*a) Chi đầu tư phát triển: *Ước thực hiện …`) is its own, and goes into the item with it.
      if (!run.lastWhole) {
        const item = run.list.items[run.list.items.length - 1]!;
        item.text = collapse(`${item.text} ${b.text}`);
        item.endLine = Math.max(item.endLine, b.endLine);
        run.list.endLine = Math.max(run.list.endLine, b.endLine);
      }
      continue;
    }
    if (b.type === "list" && run && b.ordered && ordinalOf(b.items[0]!.marker) === run.next) {
      // A long item of the run, read as a numbered paragraph, continues it.
      run.list.items.push(...b.items);
      run.list.endLine = b.endLine;
      run.next += b.items.length;
      continue;
    }
    if (b.type !== "heading") {
      out.push(b);
      continue;
    }
    const ordinal = ordinalOf(b.numbering);
    if (run && b.style === run.style && ordinal === run.next) {
      appendItem(run, b);
      continue;
    }
    const at = stack.findIndex((s) => s.style === b.style);
    const restartsUnderSameStyle = !TOP.includes(b.style) && at >= 0 && at === stack.length - 1 && ordinal === 1 && stack[at]!.ordinal >= 1;
    if (restartsUnderSameStyle) {
      const list: ListNode = { type: "list", ordered: true, items: [], line: b.line, endLine: b.endLine };
      run = { style: b.style, next: 1, list, lastHeadingLine: b.line, lastWhole: false };
      out.push(list);
      appendItem(run, b);
      continue;
    }
    run = undefined;
    const rank = LEGAL_RANK[b.style];
    if (rank !== undefined) {
      // Keep only the legal levels above this one: a Điều stays under its Mục and Chương.
      const keep = stack.findIndex((s) => !((LEGAL_RANK[s.style] ?? Infinity) < rank));
      if (keep >= 0) stack.length = keep;
    } else if (at >= 0) stack.length = at;
    // A style not yet open nests under the current heading, whatever its usual rank: 004 puts
    // `A.` under `I.`, while 000 puts `I.` under `A.`.
    stack.push({ style: b.style, ordinal });
    b.depth = stack.length;
    out.push(b);
  }
  return out;
}

function appendItem(run: { next: number; list: ListNode; lastHeadingLine: number; lastWhole: boolean }, h: HeadingNode): void {
  run.list.items.push({ marker: h.numbering, text: h.fullText ?? `${h.title}${h.titleEnd ?? ""}`, line: h.line, endLine: h.endLine });
  run.list.endLine = h.endLine;
  run.lastHeadingLine = h.line;
  run.lastWhole = h.fullText !== undefined;
  run.next++;
}
