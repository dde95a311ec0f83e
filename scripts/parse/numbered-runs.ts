/**
 * Makes each run of numbered siblings (1.1., 1.2., 1.3. … under one parent) uniform: either all
 * headings or all numbered items, whichever most of them already are (ties go to headings).
 * Without it a run can alternate between the two, because whether a numbered line reads as a
 * heading depends on its punctuation, which the documents do not use consistently.
 */
import type { BlockNode, HeadingNode, ListNode, NumberingStyle } from "../model/document.ts";
import { collapse } from "../model/text.ts";
import { splitHeading } from "./blocks.ts";
import { matchNumbering, RANK } from "./heading.ts";

interface Numbered {
  index: number;
  style: NumberingStyle;
  ordinal: number;
  kind: "heading" | "item";
}

const numberedItem = (b: BlockNode) => {
  if (b.type !== "list" || !b.ordered || b.items.length !== 1) return null;
  const n = matchNumbering(`${b.items[0]!.marker} x`);
  return n && n.style !== "part" && n.style !== "appendix" && n.style !== "article" ? n : null;
};

/** One block per numbered item, so that runs can be read element by element. */
function explode(blocks: BlockNode[]): BlockNode[] {
  return blocks.flatMap((b) =>
    b.type === "list" && b.ordered && b.items.length > 1 && b.items.every((i) => matchNumbering(`${i.marker} x`))
      ? b.items.map((item): ListNode => ({ type: "list", ordered: true, items: [item], line: item.line, endLine: item.endLine }))
      : [b],
  );
}

export function unifyNumberedRuns(input: BlockNode[]): BlockNode[] {
  const blocks = explode(input);
  const numbered: Numbered[] = [];
  blocks.forEach((b, index) => {
    if (b.type === "heading") {
      const n = matchNumbering(`${b.numbering} x`);
      if (n) numbered.push({ index, style: b.style, ordinal: n.ordinal, kind: "heading" });
    } else {
      const n = numberedItem(b);
      if (n) numbered.push({ index, style: n.style, ordinal: n.ordinal, kind: "item" });
    }
  });
  // Split into runs: same style, consecutive ordinals, no higher-ranked numbering in between.
  const runs: Numbered[][] = [];
  const open = new Map<NumberingStyle, Numbered[]>();
  for (const n of numbered) {
    for (const [style, run] of open)
      if (RANK[style] >= RANK[n.style] && style !== n.style) {
        runs.push(run);
        open.delete(style);
      }
    const run = open.get(n.style);
    if (run && run[run.length - 1]!.ordinal + 1 === n.ordinal) run.push(n);
    else {
      if (run) runs.push(run);
      open.set(n.style, [n]);
    }
  }
  runs.push(...open.values());

  const replace = new Map<number, BlockNode[]>();
  for (const run of runs) {
    const headings = run.filter((n) => n.kind === "heading").length;
    const target = headings * 2 >= run.length ? "heading" : "item";
    for (const n of run) {
      if (n.kind === target) continue;
      const b = blocks[n.index]!;
      if (target === "heading" && b.type === "list") {
        const item = b.items[0]!;
        const { title, body } = splitHeading(item.text);
        const h: HeadingNode = {
          type: "heading",
          depth: 0,
          numbering: item.marker,
          style: n.style,
          title,
          line: item.line,
          endLine: item.endLine,
          ...(body ? { fullText: collapse(item.text) } : {}),
        };
        replace.set(
          n.index,
          body ? [h, { type: "paragraph", text: body, line: item.line, endLine: item.endLine, fromHeading: true }] : [h],
        );
      } else if (target === "item" && b.type === "heading") {
        const next = blocks[n.index + 1];
        const text = b.fullText ?? b.title;
        if (next?.type === "paragraph" && next.fromHeading && next.line === b.line) replace.set(n.index + 1, []);
        replace.set(n.index, [
          {
            type: "list",
            ordered: true,
            items: [{ marker: b.numbering, text, line: b.line, endLine: b.endLine }],
            line: b.line,
            endLine: b.endLine,
          },
        ]);
      }
    }
  }
  return blocks.flatMap((b, i) => replace.get(i) ?? [b]);
}
