/**
 * Reads a value stated in a sentence: the concordance names the list item (by its first line), the
 * words that introduce the value (`after`, the nth time they occur) and, for a worded value, the
 * words that end it (`until`). The value's own words are read from the source text that follows.
 */
import type { DocumentModel, Footnote, ListItem, ParagraphNode } from "../model/document.ts";
import { collapse, plain } from "../model/text.ts";
import { wordedNumber } from "./number.ts";
import { CANDIDATE_UNITS } from "./candidate-units.ts";

export interface ProseRef {
  line: number;
  label: string;
  after: string;
  nth?: number | undefined;
  until?: string | undefined;
  /** The nth share of a structure printed as one figure (“8,8%-61,8%-29,4%”), 1-based. */
  part?: number | undefined;
}

export interface ProseHit {
  raw: string;
  unit: string;
  line: number;
  node: ListItem | ParagraphNode | Footnote;
}

/** The units a value in the text is written in, longest first where one starts another (“triệu tỷ đồng” before “tỷ đồng”). */
const UNITS = [
  String.raw`%\s*\/\s*năm`,
  "%",
  "triệu tỷ đồng",
  "tỷ đồng",
  "tỷ USD",
  "triệu USD",
  "triệu lượt khách",
  "lượt khách",
  "xã",
  "lần",
  String.raw`triệu đồng\/ha`,
  String.raw`triệu đồng\/tháng`,
  String.raw`vạn lượt lao động\/năm`,
  "triệu đồng",
  "triệu tấn",
  "triệu lượt",
  String.raw`USD\/người`,
  "USD",
  String.raw`giường(?: bệnh)?\/\s*(?:0?1\s+)?vạn dân`,
  "giường(?: bệnh)?",
  String.raw`bác sĩ\/\s*(?:0?1\s+)?vạn dân`,
  "căn(?: nhà ở xã hội)?",
  "tổ chức đảng",
  "đảng viên(?: mới)?",
  "doanh nghiệp",
  "nhà máy",
];
/** A bound word, a number (or a range), its unit, and “trở lên”. */
const TOKEN = new RegExp(
  String.raw`^(?:(?:trên|dưới|khoảng|tối thiểu(?: đạt)?|từ|giảm)\s+)?\d+(?:[.,]\d+)*(?: (?:nghìn|tỷ) \d{3})?(?:\s*%?\s*(?:-|–|đến)\s*\d+(?:[.,]\d+)*)?` +
    // A unit of a candidate (scripts/extract/candidate-prose.ts) is read too, so that an accepted proposal reads its value whole.
    String.raw`(?:\s*(?:${UNITS.join("|")}|${CANDIDATE_UNITS.join("|")})(?![\p{L}\d]))?(?:\s+trở lên)?`,
  "u",
);
/** A structure of shares printed as one figure: “8,8%-61,8%-29,4%”. */
const STRUCTURE = /^\d+(?:,\d+)?%(?:\s*-\s*\d+(?:,\d+)?%)+/u;

/** The list item, paragraph or footnote that starts at `line`. */
export function itemAt(model: DocumentModel, line: number): ListItem | ParagraphNode | Footnote | undefined {
  for (const b of model.blocks) {
    if (b.type === "paragraph" && b.line === line) return b;
    if (b.type === "list") for (const i of b.items) if (i.line === line) return i;
  }
  return model.footnotes.find((f) => f.line === line);
}

export function readProseValue(model: DocumentModel, sourceLines: string[], ref: ProseRef): ProseHit | string {
  const node = itemAt(model, ref.line);
  if (!node) return `no list item or paragraph starts at line ${ref.line}`;
  // Emphasis marks are not words: the text is read as candidates read it (“Tổng sản phẩm trong tỉnh *(GRDP) *tăng”).
  const text = collapse(plain(node.text).replace(/\*+/g, ""));
  if (!text.includes(ref.label)) return `the item at line ${ref.line} does not name “${ref.label}”`;
  let at = -1;
  for (let k = 0; k < (ref.nth ?? 1); k++) {
    at = text.indexOf(ref.after, at + 1);
    if (at < 0) return `“${ref.after}” does not occur ${ref.nth ?? 1} time(s) in the item at line ${ref.line}`;
  }
  const rest = text.slice(at + ref.after.length).trimStart();
  let raw: string;
  if (ref.until !== undefined) {
    const end = rest.indexOf(ref.until);
    if (end < 0) return `“${ref.until}” does not follow “${ref.after}” in the item at line ${ref.line}`;
    raw = rest.slice(0, end + ref.until.length).trim();
  } else if (ref.part !== undefined) {
    const m = STRUCTURE.exec(rest);
    const share = m?.[0].split(/\s*-\s*/)[ref.part - 1];
    if (!share) return `no structure of shares with a part ${ref.part} follows “${ref.after}” in the item at line ${ref.line}`;
    raw = share;
  } else {
    const m = TOKEN.exec(rest);
    if (!m) return `no value follows “${ref.after}” in the item at line ${ref.line} (it reads “${rest.slice(0, 40)}…”)`;
    raw = m[0].trim();
  }
  const line = lineOf(ownLines(model, sourceLines, ref.line, lastLine(model, node)), ref.after, ref.nth ?? 1, raw);
  const worded = wordedNumber(raw);
  if (worded) return { raw, unit: worded.unit, line, node };
  const unitMatch = /\d\s*(%(?:\s*\/\s*năm)?|[\p{L}][\p{L}\s/0-9]*?)(?:\s+trở lên)?$/u.exec(raw);
  return { raw, unit: unitMatch ? unitMatch[1]!.trim() : "", line, node };
}

/**
 * The last source line an item's text may come from: its own end, or, when a line the parser
 * joined onto it (“; giá trị …” after a page break) is not counted in its range, the line before
 * the next block.
 */
export function lastLine(model: DocumentModel, node: ListItem | ParagraphNode | Footnote): number {
  if (model.footnotes.includes(node as Footnote)) return node.endLine;
  const starts = model.blocks.flatMap((b) => (b.type === "list" ? b.items.map((i) => i.line) : [b.line])).filter((l) => l > node.line);
  const next = Math.min(...starts, Infinity);
  return Number.isFinite(next) ? Math.max(node.endLine, next - 1) : node.endLine;
}

/**
 * The source lines of an item, numbered, without the footnotes printed inside it at a page break
 * (a figure that runs across the break is read as one, and keeps the line where it starts).
 */
export function ownLines(model: DocumentModel, lines: string[], from: number, to: number): { line: number; text: string }[] {
  const inFootnote = (n: number) => model.footnotes.some((f) => f.line <= n && n <= f.endLine && !(f.line <= from && to <= f.endLine));
  const out: { line: number; text: string }[] = [];
  for (let n = from; n <= to; n++) if (!inFootnote(n)) out.push({ line: n, text: lines[n - 1] ?? "" });
  return out;
}

/** The source line where the raw text starts, found by reading the source lines of the item as one text. */
function lineOf(lines: { line: number; text: string }[], after: string, nth: number, raw: string): number {
  const from = lines[0]?.line ?? 1;
  const starts: { offset: number; line: number }[] = [];
  let text = "";
  for (const { line: n, text: source } of lines) {
    const t = collapse(source.replace(/\*+/g, ""));
    if (!t) continue;
    starts.push({ offset: text ? text.length + 1 : 0, line: n });
    text = text ? `${text} ${t}` : t;
  }
  let at = -1;
  for (let k = 0; k < nth; k++) at = text.indexOf(after, at + 1);
  const pos = text.indexOf(raw, Math.max(0, at));
  if (pos < 0) return from;
  return starts.filter((s) => s.offset <= pos).at(-1)?.line ?? from;
}
