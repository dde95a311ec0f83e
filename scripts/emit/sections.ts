/**
 * Cuts a document model into reading pages: a heading's section is its own page when it is
 * large; smaller sections stay inside their parent's page. Gives every heading, paragraph,
 * list item, table and table row an id that is stable for the same input.
 */
import type { BlockNode, DocumentModel, HeadingNode, NumberingStyle } from "../model/document.ts";
import { plain } from "../model/text.ts";
import { slugify } from "../model/slug.ts";
import { IdScope, numberingSlug } from "./slug.ts";

/** A page's text budget in characters: a section larger than this is split into its subsections. */
export const PAGE_BUDGET = 16000;

export interface SectionNode {
  heading?: HeadingNode;
  /** Blocks between this heading and its first subsection. */
  blocks: BlockNode[];
  children: SectionNode[];
  /**
   * Blocks after the subsections: numbered paragraphs that are siblings of a titled subsection
   * (`1.6.2. Đẩy nhanh …` after the heading `1.6.1. Về hệ thống kết cấu hạ tầng`), with what
   * follows them. They close that subsection instead of reading as part of it.
   */
  after?: BlockNode[];
  size: number;
}

export interface Page {
  slug: string;
  title: string;
  numbering: string;
  /** The headings of the page's ancestors, for breadcrumbs. */
  ancestors: HeadingNode[];
  section: SectionNode;
  /** Subsections that are pages of their own, listed at the end of this page. */
  childPages: Page[];
  parent?: Page;
}

const blockSize = (b: BlockNode): number => {
  switch (b.type) {
    case "paragraph":
      return plain(b.text).length;
    case "list":
      return b.items.reduce((n, i) => n + plain(i.text).length, 0);
    case "table":
      return b.rows.length * 120;
    case "matter":
      return b.lines.join(" ").length;
    default:
      return 40;
  }
};

/**
 * True when `marker` numbers a later sibling of the heading numbered `heading`: `1.6.2.` after
 * `1.6.1.`, `c)` after `b)`; not `1.` under `2.` (a list restarting under its heading).
 */
function followsSibling(heading: string, marker: string): boolean {
  const parts = (n: string) =>
    /^(\d{1,2}\.){1,3}$/.test(n) ? n.slice(0, -1).split(".").map(Number) : /^[a-zđ]\)$/u.test(n) ? [n.charCodeAt(0)] : null;
  const h = parts(heading);
  const m = parts(marker);
  if (!h || !m || h.length !== m.length) return false;
  return h.slice(0, -1).every((x, k) => x === m[k]) && m[m.length - 1]! > h[h.length - 1]!;
}

/** The marker of a numbered paragraph (a list of the document's numbered items), else undefined. */
const numberedMarker = (b: BlockNode) => (b.type === "list" && b.ordered ? b.items[0]!.marker : undefined);

/** Builds the section tree from the flat block list. */
export function sectionTree(model: DocumentModel): SectionNode {
  const root: SectionNode = { blocks: [], children: [], size: 0 };
  const stack: SectionNode[] = [root];
  /** The section whose `after` receives the blocks, once a numbered paragraph closed a subsection. */
  let tail: SectionNode | undefined;
  model.blocks.forEach((b, i) => {
    if (b.type === "heading") {
      while (stack.length > b.depth) stack.pop();
      const node: SectionNode = { heading: b, blocks: [], children: [], size: 0 };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
      tail = undefined;
      return;
    }
    const marker = numberedMarker(b);
    const sibling = marker ? stack.findLastIndex((n) => n.heading !== undefined && followsSibling(n.heading.numbering, marker)) : -1;
    if (sibling > 1 && closesParent(model.blocks, i, stack[sibling - 1]!)) {
      stack.length = sibling;
      tail = stack[sibling - 1]!;
      tail.after ??= [];
    }
    (tail ? tail.after! : stack[stack.length - 1]!.blocks).push(b);
  });
  const measure = (n: SectionNode): number =>
    (n.size = [...n.blocks, ...(n.after ?? [])].reduce((s, b) => s + blockSize(b), 0) + n.children.reduce((s, c) => s + measure(c), 0));
  measure(root);
  return root;
}

/** True when no heading comes under `parent` after block `i`: its `after` blocks then end it in order. */
function closesParent(blocks: BlockNode[], i: number, parent: SectionNode): boolean {
  const next = blocks.slice(i + 1).find((b) => b.type === "heading");
  if (!next || next.type !== "heading") return true;
  return parent.heading !== undefined && next.depth <= parent.heading.depth;
}

/** Styles whose numbering stands apart from a title in capitals: `Phụ lục 01 – PHIẾU …`, `Chương I – QUY ĐỊNH CHUNG`. */
const TITLED = new Set<NumberingStyle>(["part", "appendix", "chapter", "section"]);

/** The heading's text as shown: numbering and title. */
export const headingLabel = (h: HeadingNode): string =>
  TITLED.has(h.style) && h.title ? `${h.numbering} – ${h.title}` : `${h.numbering} ${h.title}`.trim();

/** Slug of a heading for ids and URLs: its numbering chain then the first words of its title. */
function headingSlug(h: HeadingNode, chain: string[]): string {
  const ordinal = /^phần thứ (nhất|hai|ba|tư)/i.exec(h.numbering)
    ? ["nhất", "hai", "ba", "tư"].indexOf(/^phần thứ (\S+)/i.exec(h.numbering)![1]!.toLowerCase()) + 1
    : undefined;
  const own = numberingSlug(h.numbering, ordinal);
  // `1.1.` already says it is under `1.`: the parent's number is not repeated (phan-1-1-1-nong-nghiep).
  const parent = chain[chain.length - 1];
  const prefix = parent && own.startsWith(`${parent}-`) ? chain.slice(0, -1) : chain;
  return [...prefix, own, slugify(h.title, 6)].filter(Boolean).join("-");
}

/** Splits the tree into pages. The document root itself becomes the contents page, not a reading page. */
export function paginate(root: SectionNode): Page[] {
  const pages: Page[] = [];
  const slugs = new IdScope();
  const visit = (node: SectionNode, ancestors: HeadingNode[], chain: string[], parent?: Page): void => {
    const h = node.heading!;
    const page: Page = {
      slug: slugs.take(headingSlug(h, chain)),
      title: h.title,
      numbering: h.numbering,
      ancestors,
      section: node,
      childPages: [],
      ...(parent ? { parent } : {}),
    };
    pages.push(page);
    parent?.childPages.push(page);
    if (node.size > PAGE_BUDGET && node.children.length > 0) {
      const prefix = TITLED.has(h.style) ? [headingSlug({ ...h, title: "" }, [])] : [...chain.slice(0, 1), numberingSlug(h.numbering)];
      for (const c of node.children) visit(c, [...ancestors, h], prefix, page);
      page.section = { ...node, children: [] };
    }
  };
  if (root.blocks.length > 0) {
    const intro: HeadingNode = {
      type: "heading",
      depth: 1,
      numbering: "",
      style: "unnumbered",
      title: "Mở đầu",
      line: root.blocks[0]!.line,
      endLine: root.blocks[0]!.endLine,
    };
    pages.push({
      slug: slugs.take("mo-dau"),
      title: "Mở đầu",
      numbering: "",
      ancestors: [],
      section: { heading: intro, blocks: root.blocks, children: [], size: 0 },
      childPages: [],
    });
  }
  for (const c of root.children) visit(c, [], []);
  return pages;
}

export { headingSlug };
