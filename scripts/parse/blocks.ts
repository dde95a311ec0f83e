/**
 * Turns the body lines (footnotes already extracted, tables already found) into a flat list of
 * blocks: headings split from run-in text, paragraphs re-joined across hard wraps and page breaks,
 * list items, separators, and front and back matter.
 */
import type { BlockNode, HeadingNode, ListItem, ListNode, ParagraphNode } from "../model/document.ts";
import type { HeadingCorrection, SourceMeta } from "../model/schema.ts";
import { collapse, endsSentence, joinBroken, isAllCaps, plain, startsLower, startsUpper, UPPER_CLASS } from "../model/text.ts";
import { matchListMarker, matchNumbering, type Numbering } from "./heading.ts";
import { parseBlankLineBlocks } from "./blank-line.ts";
import { isBlank, type Line } from "./lines.ts";
import { MAX_TITLE, numberedShape, type NumberedShape } from "./numbered-shape.ts";
import { isSeparator, readBackMatter, readFrontMatter, startsRecipients } from "./matter.ts";
import type { FoundTable } from "./tables/cell-per-line.ts";

type Mode = SourceMeta["format"]["paragraphs"];

/** A hard-wrapped line that was wrapped, not ended: it runs close to the wrap width. */
const WRAPPED_WIDTH = 60;

/** Splits a numbered line's text into the heading and the body text that runs on after it. */
export function splitHeading(text: string): { title: string; body: string } {
  const t = collapse(text);
  const m = new RegExp(`[.:]\\s+(?=[*"“(]?[${UPPER_CLASS}])`, "u").exec(t);
  if (m && m.index > 0) return { title: t.slice(0, m.index).trim(), body: t.slice(m.index + 1).trim() };
  return { title: t.replace(/[.:]$/, "").trim(), body: "" };
}

interface Pending {
  kind: "paragraph" | "item";
  text: string;
  line: number;
  endLine: number;
  marker?: string;
  ordered?: boolean;
  /** The last physical line, to tell a wrapped line from a short final one. */
  lastLength: number;
}

export function parseBlocks(lines: Line[], tables: FoundTable[], mode: Mode, corrections: HeadingCorrection[] = []): BlockNode[] {
  // Portal Markdown has no page breaks to mend: a block ends at a blank line.
  if (mode === "blank-line") return parseBlankLineBlocks(lines, tables, corrections);
  const corrected = new Map(corrections.map((c) => [c.line, c]));
  const blocks: BlockNode[] = [];
  const tableAt = new Map(tables.map((t) => [t.start, t]));
  // The title block ends where a table starts: a table is never front matter.
  const front = readFrontMatter(tables.length ? lines.slice(0, Math.min(...tables.map((t) => t.start))) : lines);
  blocks.push(...front.nodes);
  let pending: Pending | undefined;

  const flush = () => {
    if (!pending) return;
    const text = collapse(pending.text);
    if (pending.kind === "paragraph") blocks.push({ type: "paragraph", text, line: pending.line, endLine: pending.endLine });
    else
      blocks.push({
        type: "list",
        ordered: Boolean(pending.ordered),
        items: [{ marker: pending.marker!, text, line: pending.line, endLine: pending.endLine }],
        line: pending.line,
        endLine: pending.endLine,
      });
    pending = undefined;
  };
  const start = (p: Omit<Pending, "lastLength">, l: Line) => {
    flush();
    pending = { ...p, lastLength: l.text.trimEnd().length };
  };

  for (let i = front.next; i < lines.length; i++) {
    const l = lines[i]!;
    const table = tableAt.get(i);
    if (table) {
      flush();
      blocks.push(table.node);
      i = table.end - 1;
      continue;
    }
    if (isBlank(l)) {
      flush();
      continue;
    }
    if (isSeparator(l)) {
      flush();
      blocks.push({ type: "separator", line: l.line, endLine: l.line });
      continue;
    }
    if (startsRecipients(l)) {
      flush();
      const back = readBackMatter(lines, i);
      blocks.push(...back.nodes);
      i = back.next - 1;
      continue;
    }
    const correction = corrected.get(l.line);
    if (correction) {
      // A heading the source printed without its number (content/corrections.yml says which).
      flush();
      blocks.push({
        type: "heading",
        depth: 0,
        numbering: "",
        style: correction.style,
        title: collapse(l.text),
        line: l.line,
        endLine: l.line,
      });
      continue;
    }
    const numbering = matchNumbering(l.text);
    if (numbering) {
      flush();
      i = readNumbered(lines, i, numbering, mode, blocks);
      continue;
    }
    const marker = matchListMarker(l.text);
    if (marker) {
      start({ kind: "item", text: marker.rest, line: l.line, endLine: l.line, marker: marker.marker, ordered: marker.ordered }, l);
      if (mode === "line" || mode === "blank-separated") flush();
      continue;
    }
    if (pending && mode === "wrapped") {
      pending.text = joinBroken(pending.text, l.text);
      pending.endLine = l.line;
      pending.lastLength = l.text.trimEnd().length;
      continue;
    }
    start({ kind: "paragraph", text: l.text, line: l.line, endLine: l.line }, l);
    if (mode !== "wrapped") flush();
  }
  flush();
  return joinBrokenBlocks(blocks);
}

/** Reads a numbered line (and, in wrapped sources, the lines it continues on) as a heading or numbered item. */
function readNumbered(lines: Line[], i: number, n: Numbering, mode: Mode, out: BlockNode[]): number {
  const first = lines[i]!;
  let text = n.rest;
  let end = i;
  const topLevel = n.style === "part" || n.style === "appendix";
  if (topLevel && text.replace(/\*/g, "").trim() === "") {
    // The title of a part or appendix follows on its own lines: capitals, or a **bold** run, or one line.
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j])) j++;
    const titleLines: Line[] = [];
    const firstTitle = lines[j];
    if (firstTitle && !matchNumbering(firstTitle.text) && !firstTitle.text.startsWith("\t") && !/^S?TT\t/.test(firstTitle.text)) {
      if (firstTitle.text.trim().startsWith("**")) {
        for (; j < lines.length && !isBlank(lines[j]); j++) {
          titleLines.push(lines[j]!);
          if (lines[j]!.text.trimEnd().endsWith("**")) break;
        }
      } else if (isAllCaps(firstTitle.text)) {
        for (; j < lines.length && isAllCaps(lines[j]!.text) && !matchNumbering(lines[j]!.text); j++) titleLines.push(lines[j]!);
      } else if (firstTitle.text.trim().length <= MAX_TITLE && !endsSentence(firstTitle.text)) {
        titleLines.push(firstTitle);
      }
    }
    if (titleLines.length) {
      text = titleLines.map((t) => t.text.replace(/\*\*/g, "").trim()).join(" ");
      end = lines.indexOf(titleLines[titleLines.length - 1]!);
    }
  } else if (mode === "wrapped") {
    // The heading runs on while the line was wrapped (close to the wrap width) and no sentence ended.
    const caps = isAllCaps(text);
    let lastLength = first.text.trimEnd().length;
    for (let j = i + 1; j < lines.length; j++) {
      let next = lines[j]!;
      if (isBlank(next) && !caps && lastLength >= WRAPPED_WIDTH && !endsSentence(text)) {
        // A page break inside the heading's run-in sentence: it goes on after the blank lines.
        let k = j;
        while (k < lines.length && isBlank(lines[k])) k++;
        if (k < lines.length && startsLower(lines[k]!.text)) {
          j = k;
          next = lines[k]!;
        }
      }
      if (isBlank(next) || matchNumbering(next.text) || matchListMarker(next.text)) break;
      if (caps ? !isAllCaps(next.text) : lastLength < WRAPPED_WIDTH) break;
      text = joinBroken(text, next.text);
      end = j;
      lastLength = next.text.trimEnd().length;
    }
  }
  const endLine = lines[end]!.line;
  const shape = topLevel || n.style === "article" ? legacyShape(text) : numberedShape(n.numbering, text);
  if (shape.kind === "paragraph" || shape.kind === "sentence") {
    // A numbered paragraph; a one-sentence title with its full stop is told apart by its run.
    out.push({
      type: "list",
      ordered: true,
      items: [{ marker: n.numbering, text: collapse(text), line: first.line, endLine }],
      line: first.line,
      endLine,
    });
    return end;
  }
  const body = shape.kind === "run-in" ? shape.body : "";
  const heading: HeadingNode = {
    type: "heading",
    depth: 0,
    numbering: n.numbering,
    style: n.style,
    title: shape.title.replace(/\*\*/g, ""),
    line: first.line,
    endLine,
    // A run-in title keeps its whole text: among numbered paragraphs it becomes one of them.
    ...(shape.kind === "run-in" ? { fullText: collapse(text) } : {}),
  };
  out.push(heading);
  if (body) out.push({ type: "paragraph", text: body, line: first.line, endLine, fromHeading: true });
  return end;
}

/** Parts, appendices and articles are always headings: their title, split from text that runs on. */
function legacyShape(text: string): NumberedShape {
  const { title, body } = caseAware(text);
  return body ? { kind: "run-in", title, body } : { kind: "title", title };
}

/** Headings in capitals are never split at a full stop inside them (`TP. HẢI PHÒNG`). */
function caseAware(text: string): { title: string; body: string } {
  if (isAllCaps(text)) return { title: collapse(text).replace(/[.:]$/, ""), body: "" };
  return splitHeading(text);
}

const lastText = (b: BlockNode): string | undefined =>
  b.type === "paragraph" ? b.text : b.type === "list" ? b.items[b.items.length - 1]!.text : undefined;

/** Words a Vietnamese sentence does not end on, so a capital after them is a name, not a new sentence. */
const OPEN_WORDS = new Set([
  "của",
  "và",
  "các",
  "cho",
  "để",
  "với",
  "tại",
  "trong",
  "là",
  "về",
  "giúp",
  "những",
  "được",
  "theo",
  "từ",
  "đến",
  "có",
  "bằng",
  "như",
  "mà",
  "hoặc",
  "nhằm",
  "thành",
]);

/** The text stops on a function word, or on a capitalised word that starts a name (`tỉnh Hải` | `Dương`). */
function cannotEndSentence(text: string): boolean {
  const last = /(\S+)\s*$/.exec(text)?.[1] ?? "";
  return OPEN_WORDS.has(last) || (startsUpper(last) && !isAllCaps(last) && /\p{Ll}\s+\S+\s*$/u.test(text));
}

/**
 * Re-joins blocks that a page break (or a removed footnote block) cut in the middle of a sentence:
 * the first does not end a sentence and the second starts in lower case, with a digit or with
 * punctuation; or the first stops on a word no sentence ends on and the second starts with a capital.
 */
export function joinBrokenBlocks(blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const prevText = prev ? lastText(prev) : undefined;
    if (prev && prevText !== undefined && b.type === "paragraph" && !b.fromHeading && !endsSentence(prevText)) {
      const t = b.text;
      const continues =
        startsLower(t) ||
        /^[\d,.;:()%\-–]/.test(t) ||
        (/[,\-–]$/.test(plain(prevText).trimEnd()) && !isAllCaps(t)) ||
        (startsUpper(t) && !isAllCaps(t) && cannotEndSentence(plain(prevText)));
      if (continues) {
        const joined = collapse(joinBroken(prevText, t));
        if (prev.type === "paragraph") {
          prev.text = joined;
          prev.endLine = b.endLine;
        } else if (prev.type === "list") {
          const item = prev.items[prev.items.length - 1]!;
          item.text = joined;
          item.endLine = b.endLine;
          prev.endLine = b.endLine;
        }
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** The second list goes on counting where the first stopped: (1) … then (2). */
function continuesNumbering(a: ListNode, b: ListNode): boolean {
  const num = (m: string) => Number(/^\((\d+)\)$/.exec(m)?.[1] ?? NaN);
  return a.ordered && b.ordered && num(b.items[0]!.marker) === num(a.items[a.items.length - 1]!.marker) + 1;
}

/** Markers of one kind: `-`/`+`, `(1)`, or the document's decimal numbering. */
const markerFamily = (marker: string): string => (/^[-+–•]$/.test(marker) ? "bullet" : marker.startsWith("(") ? "paren" : "numbered");

/** Merges consecutive lists of the same kind and marker family into one list. */
export function mergeLists(blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  for (const [i, b] of blocks.entries()) {
    const prev = out[out.length - 1];
    const next = blocks[i + 1];
    if (b.type === "paragraph" && prev?.type === "list" && next?.type === "list" && continuesNumbering(prev, next)) {
      // A paragraph between item (1) and item (2) belongs to item (1).
      const item = prev.items[prev.items.length - 1]!;
      item.text = collapse(joinBroken(item.text, b.text));
      item.endLine = b.endLine;
      prev.endLine = b.endLine;
      continue;
    }
    if (
      b.type === "list" &&
      prev?.type === "list" &&
      prev.ordered === b.ordered &&
      markerFamily(prev.items[0]!.marker) === markerFamily(b.items[0]!.marker)
    ) {
      prev.items.push(...b.items);
      prev.endLine = b.endLine;
      continue;
    }
    out.push(b.type === "list" ? { ...b, items: [...b.items] } : b);
  }
  return out;
}

export type { ListItem, ListNode, ParagraphNode };
