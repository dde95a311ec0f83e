/**
 * Settles, run by run, the numbered blocks whose shape alone does not decide between heading and
 * numbered paragraph (scripts/parse/numbered-shape.ts). A run is the numbered siblings under one
 * parent (1.1., 1.2., 1.3. …). A member "has text of its own" when what follows it, before its next
 * sibling, is text (a paragraph, list, table, or a deeper numbered block), not the next sibling or
 * an outer heading.
 *
 * - A `paragraph` (it reads as sentences, or is too long for a title) is a numbered paragraph.
 * - A `sentence` (one sentence with its full stop) is a heading only when it has text of its own
 *   and no sibling is a `paragraph`: a title printed with a stop, as 004 does (`1.1.4.` … `1.1.6.`
 *   among the titles `1.1.2.`, `1.1.3.`). Otherwise it is a numbered paragraph.
 * - Once the run holds a numbered paragraph (of either kind above): a run-in title (`2. Giao cho Sở Kế hoạch và Đầu tư:
 *   Phối hợp …`) is a numbered paragraph too, its text whole (the label is how that paragraph
 *   begins), and so is a title with no text of its own (`13. Duy trì tỷ lệ trên 90% làng, …`
 *   among the 18 goals of 000, its full stop missing in the source).
 * - A title with text of its own stays a heading whatever its siblings are (`1.6.1. Về hệ thống
 *   kết cấu hạ tầng`), and a run of titles and run-in titles stays headings.
 */
import type { BlockNode, HeadingNode, ListNode, NumberingStyle, ParagraphNode } from "../model/document.ts";
import { collapse } from "../model/text.ts";
import { matchNumbering, RANK } from "./heading.ts";
import { numberedShape, type NumberedShape } from "./numbered-shape.ts";

/** The levels above khoản and điểm: never members of a run. */
const LEGAL = new Set<NumberingStyle>(["part", "appendix", "attached", "chapter", "section", "article"]);

interface Numbered {
  index: number;
  style: NumberingStyle;
  ordinal: number;
  kind: "heading" | "item";
}

const numberedItem = (b: BlockNode) => {
  if (b.type !== "list" || !b.ordered || b.items.length !== 1) return null;
  const n = matchNumbering(`${b.items[0]!.marker} x`);
  return n && !LEGAL.has(n.style) ? n : null;
};

/** One block per numbered item, so that runs can be read element by element. */
function explode(blocks: BlockNode[]): BlockNode[] {
  return blocks.flatMap((b) =>
    b.type === "list" && b.ordered && b.items.length > 1 && b.items.every((i) => matchNumbering(`${i.marker} x`))
      ? b.items.map((item): ListNode => ({ type: "list", ordered: true, items: [item], line: item.line, endLine: item.endLine }))
      : [b],
  );
}

/**
 * `sentencesInArticles: false` keeps a one-sentence numbered block inside an article (`Điều 4.`)
 * a numbered paragraph: a clause (khoản) of a resolution is a sentence, not a title printed with a stop.
 */
export function unifyNumberedRuns(input: BlockNode[], { sentencesInArticles = true, leadInLists = false } = {}): BlockNode[] {
  const blocks = explode(input);
  const inArticle = new Set<number>();
  let article = false;
  blocks.forEach((b, index) => {
    if (b.type === "heading" && LEGAL.has(b.style)) article = b.style === "article";
    if (article) inArticle.add(index);
  });
  /** Whether a one-sentence member may be a title: it is outside an article, or titles are read as in the five sources. */
  const promotable = (n: Numbered) => sentencesInArticles || (!inArticle.has(n.index) && hasChildren(n));
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

  const member = new Map(runs.flatMap((run) => run.map((n) => [n.index, n] as const)));
  /** A deeper numbered block follows (`3. Nâng cao … khu công nghiệp.` then `a) …`): a title, whatever its stop. */
  const hasChildren = (n: Numbered): boolean => {
    const next = member.get(n.index + 1);
    const b = blocks[n.index + 1];
    return next ? RANK[next.style] > RANK[n.style] : b?.type === "heading" && RANK[b.style] > RANK[n.style];
  };
  const hasOwnText = (n: Numbered): boolean => {
    let j = n.index + 1;
    const here = blocks[n.index]!;
    if (blocks[j]?.type === "paragraph" && (blocks[j] as ParagraphNode).fromHeading && blocks[j]!.line === here.line) {
      // An emphasised title's run-on text is its own (`**6. Sở Văn hóa:** Chủ trì …`); a run-in title's is part of it.
      if (here.type === "heading" && here.fullText === undefined) return true;
      j++;
    }
    const next = blocks[j];
    if (!next || next.type === "separator" || next.type === "matter") return false;
    if (member.has(j)) return RANK[member.get(j)!.style] > RANK[n.style];
    return next.type !== "heading" || RANK[next.style] > RANK[n.style];
  };
  /**
   * The heading as a numbered paragraph, its text whole: the title and the body split off it, which
   * may have gone on since (a page break joined: 002 IV.2 runs on to line 185).
   */
  const toItem = (b: HeadingNode, body?: ParagraphNode): ListNode => {
    const whole = b.fullText ?? `${b.title}${b.titleEnd ?? ""}`;
    let text = whole;
    if (body) {
      let k = b.title.length;
      while (k < whole.length && !body.text.startsWith(whole.slice(k).trimStart())) k++;
      text = collapse(`${whole.slice(0, k)} ${body.text}`);
    }
    const endLine = Math.max(b.endLine, body?.endLine ?? 0);
    return { type: "list", ordered: true, items: [{ marker: b.numbering, text, line: b.line, endLine }], line: b.line, endLine };
  };

  const replace = new Map<number, BlockNode[]>();
  for (const run of runs) {
    const shapes = run.map((n) => shapeOf(blocks[n.index]!));
    // `*Trọng tâm:*` then `a) Phổ cập kết nối số …` / `- …`, `b) …`: the lettered run is the list the
    // paragraph introduces, task sentences with their dash lists, however short some are.
    const introduced = leadInLists && RANK[run[0]!.style] >= RANK["lower-letter"] && introduces(blocks[run[0]!.index - 1]);
    const titled = (k: number) =>
      !introduced && promotable(run[k]!) && shapes[k] === "sentence" && !shapes.includes("paragraph") && hasOwnText(run[k]!);
    const paragraphs = shapes.some((s, k) => s === "paragraph" || (s === "sentence" && !titled(k)));
    run.forEach((n, k) => {
      const b = blocks[n.index]!;
      const shape = shapes[k];
      if (b.type === "list" && titled(k)) {
        const item = b.items[0]!;
        const title = numberedShape(item.marker, item.text);
        replace.set(n.index, [
          {
            type: "heading",
            depth: 0,
            numbering: item.marker,
            style: n.style,
            title: (title.kind === "sentence" ? title.title : item.text).replace(/\*\*/g, ""),
            line: item.line,
            endLine: item.endLine,
          },
        ]);
      } else if (b.type === "heading" && (introduced || (paragraphs && (shape === "run-in" || !hasOwnText(n))))) {
        const next = blocks[n.index + 1];
        const body = next?.type === "paragraph" && next.fromHeading && next.line === b.line ? next : undefined;
        if (body) replace.set(n.index + 1, []);
        replace.set(n.index, [toItem(b, body)]);
      }
    });
  }
  return blocks.flatMap((b, i) => replace.get(i) ?? [b]);
}

/** A paragraph of its own that ends with a colon (`*Trọng tâm:*`, `… như sau:`): it introduces what follows. */
const introduces = (b: BlockNode | undefined): boolean =>
  b?.type === "paragraph" && !b.fromHeading && /:$/.test(b.text.replace(/[*\s]+$/, ""));

/** The shape of a run's member: a heading is a run-in title when it kept its whole text. */
function shapeOf(b: BlockNode): NumberedShape["kind"] {
  if (b.type === "heading") return b.fullText === undefined ? "title" : "run-in";
  const item = (b as ListNode).items[0]!;
  return numberedShape(item.marker, item.text).kind;
}
