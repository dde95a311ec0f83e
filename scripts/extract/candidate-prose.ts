/**
 * Quantitative targets and results stated in sentences, found without a concordance entry: every
 * value with a unit in the items of a target list (a list under a heading or lead-in naming “chỉ
 * tiêu” or “mục tiêu”), and elsewhere in the clauses that say “chỉ tiêu”, “phấn đấu”, “mục tiêu”
 * or state the value after “đạt”. Each value keeps its own words (`raw`), the words naming it
 * (`label`), its unit and the source line where its words start.
 */
import type { BlockNode, DocumentModel, ListItem, ParagraphNode } from "../model/document.ts";
import { collapse, plain } from "../model/text.ts";
import { ownLines } from "./prose-values.ts";
import { inferKind } from "./candidate-kinds.ts";
import { CANDIDATE_UNITS } from "./candidate-units.ts";

/** A value found in the text, before it is linked to its document and address. */
export interface FoundValue {
  kind: string;
  label: string;
  unit: string;
  raw: string;
  line: number;
  /** The paragraph, list item or table row it was read from (its address comes from the emit stage). */
  node: object;
  /** How a concordance entry would name it: a sentence's item (its first line, the words before the value, which time they occur) or a table row. */
  ref:
    | { item: { line: number; after: string; nth: number; ordered: boolean; list?: number; worded?: boolean } }
    | { row: { table: number; key: string } };
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const UNIT = `(?:${CANDIDATE_UNITS.join("|")})(?![\\p{L}\\d])`;
/** Words before a number that make it a stated value even in a unit of its own (“tối thiểu 01 sàn”). */
const BOUND = String.raw`(?:tối thiểu|tối đa|khoảng trên|khoảng|trên|dưới|hơn|ít nhất|không quá|gấp)`;
const RANGE = String.raw`(?:${NUM})(?:\s*%?\s*(?:-|–|đến)\s*(?:${NUM}))?`;
/** A value: its bound words, the number or range, its unit, and “trở lên”. */
const VALUE = new RegExp(
  String.raw`(?<![\p{L}\d/.,-])(?:(?<bound>${BOUND})\s+)?(?<num>${RANGE})(?:\s*(?<unit>${UNIT})|\s+(?<word>[\p{Ll}][\p{Ll}\p{M}]*(?: [\p{Ll}][\p{Ll}\p{M}]*)?))(?<more>\s+trở lên)?`,
  "gu",
);
/** Words between the name of a value and the value itself, taken off the end of the label. */
const LEAD = new RegExp(
  String.raw`(?:\s+(?:đạt|đạt được|phấn đấu|ước|ước đạt|bình quân|tăng|giảm|chiếm|là|ở mức|có|còn|bằng|mỗi năm|hằng năm|hàng năm|trong đó|tối thiểu|trên|khoảng))+\s*$`,
  "iu",
);
/** Words after a percentage that make it a comparison with a plan or a past value. */
const COMPARED =
  /^\s*(?:kế hoạch|KH|dự toán|so (?:với )?(?:cùng kỳ|năm|kế hoạch|dự toán|KH)|so cùng kỳ|chỉ tiêu (?:đề ra|được giao|giao)|mục tiêu (?:đề ra|được giao))/iu;
const TARGET_CONTEXT = /chỉ tiêu|mục tiêu|các chỉ số/iu;
const TARGET_CLAUSE = /chỉ tiêu|phấn đấu|mục tiêu/iu;
/** A value stated as reached or as a level to hold (“đạt”, “lên mức”, “ở mức”). */
const AFTER_REACH =
  /(?:^|\s)(?:đạt(?: được)?(?: tỷ lệ| tỉ lệ)?|ước(?: đạt)?|chiếm|giảm còn|tăng lên|(?:lên|ở|dưới|giữ) mức)(?:\s+(?:bình quân|khoảng|trên|tối thiểu|gần))*\s*$/iu;
/** Words after a leading-zero number that count parts of the text or time, not a target (“07 chỉ tiêu”, “01 năm”). */
const NOT_COUNTED = /^(?:chỉ|năm|tháng|ngày|kèm|điều|khoản|điểm|mục|phụ|nhiệm|nhóm|lần)(?: |$)/u;
/** Words of a budget before the sum it sets or reports. */
const BUDGET_LEAD =
  /(?:^|\s)(?:là|thông qua|giao|giao là|quyết định|dự toán|ước thực hiện(?: cả năm)?|thực hiện cả năm)(?:\s+(?:khoảng|trên))?\s*$/iu;
/** A heading that is only the name of a target list (“II. MỤC TIÊU”, “2. Mục tiêu cụ thể”, “Các chỉ tiêu chủ yếu”): every list under it, at any depth, lists targets. */
const TARGET_HEADING = /^[\dIVXLC.\s]*(?:các )?(?:mục tiêu|chỉ tiêu)(?: cụ thể| chủ yếu| chính)?\s*:?$/iu;

/** The text of a paragraph or item as read: footnote marks and links taken out, spaces collapsed, emphasis marks dropped. */
const readText = (s: string) => collapse(plain(s).replace(/\*+/g, ""));

/** Clauses of a text, with where each starts (split at “;”, “:” and a full stop before a capital). */
function clauses(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[;:]\s+|\.\s+(?=\p{Lu})/gu;
  let from = 0;
  for (const m of text.matchAll(re)) {
    out.push({ start: from, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: from, text: text.slice(from) });
  return out;
}

/** The words naming a value: the clause's words before it (after the previous value), or after it when none come before. */
function labelOf(clause: string, before: string, after: string): string {
  const cut = (s: string) => {
    const words = s.trim();
    if (words.length <= 140) return words;
    return `${words.slice(0, 140).replace(/\s+\S*$/, "")}…`;
  };
  const head = before
    .replace(/^[\s,;.(]*(?:\(\d+\)|\d+\.|[a-zđ]\)|[-–+•])?\s*/u, "")
    .replace(LEAD, "")
    .replace(/[\s,(]+$/u, "");
  if (head.length >= 3) return cut(head);
  const tail = after.replace(/^[\s,]+/, "").replace(/[.;,]\s*$/, "");
  // “gấp 1,65 lần giai đoạn 2016 - 2020”: the words after name what it is compared with, not what it is.
  if (/^(?:giai đoạn|so với|năm (?:19|20)\d{2}|cùng kỳ)/iu.test(tail)) return cut(clause);
  return cut(tail || clause);
}

/**
 * `lastLine` of scripts/extract/prose-values.ts for every node of a model, with the blocks' start
 * lines sorted once (that function reads them all on each call).
 */
function lastLines(model: DocumentModel): (node: ListItem | ParagraphNode) => number {
  const starts = model.blocks.flatMap((b) => (b.type === "list" ? b.items.map((i) => i.line) : [b.line])).sort((a, b) => a - b);
  return (node) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= node.line) lo = mid + 1;
      else hi = mid;
    }
    const next = starts[lo];
    return next === undefined ? node.endLine : Math.max(node.endLine, next - 1);
  };
}

/** The source line where the `nth` occurrence (0-based) of `raw` starts in the item's own lines (up to `last`). */
function lineOfRaw(model: DocumentModel, lines: string[], node: ListItem | ParagraphNode, last: number, raw: string, nth: number): number {
  const own = ownLines(model, lines, node.line, last);
  let text = "";
  const starts: { offset: number; line: number }[] = [];
  for (const { line, text: t } of own) {
    const c = collapse(t.replace(/\*+/g, ""));
    if (!c) continue;
    starts.push({ offset: text ? text.length + 1 : 0, line });
    text = text ? `${text} ${c}` : c;
  }
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    const next = text.indexOf(raw, at + 1);
    if (next < 0) break;
    at = next;
  }
  if (at < 0) return node.line;
  return starts.filter((s) => s.offset <= at).at(-1)?.line ?? node.line;
}

/** Bound words the concordance's reader takes as part of a value (scripts/extract/prose-values.ts); others go into `after`. */
const READ_BOUNDS = new Set(["trên", "dưới", "khoảng", "tối thiểu"]);

/** The words just before a value (up to four, from the same clause) and which time they occur in the text up to it. */
function afterWords(text: string, at: number, bound: string | undefined): { after: string; nth: number } {
  const boundLength = bound && !READ_BOUNDS.has(bound) ? bound.length + 1 : 0;
  const before = text.slice(0, at + boundLength).trimEnd();
  const clause = before.split(/[;:,(]\s*/u).at(-1) ?? before;
  const after = clause.split(" ").slice(-4).join(" ").trim() || before.slice(-12).trim();
  let nth = 0;
  for (let i = text.indexOf(after); i >= 0 && i < before.length; i = text.indexOf(after, i + 1)) nth++;
  return { after, nth: Math.max(nth, 1) };
}

/** The headings above each block (outermost first), and the lead-in paragraph of each list. */
function contexts(blocks: BlockNode[]): Map<BlockNode, string> {
  const path: { depth: number; title: string }[] = [];
  const out = new Map<BlockNode, string>();
  blocks.forEach((b, i) => {
    if (b.type === "heading") {
      while (path.length && path.at(-1)!.depth >= b.depth) path.pop();
      path.push({ depth: b.depth, title: `${b.numbering} ${b.title}` });
      return;
    }
    const prev = blocks[i - 1];
    const lead = b.type === "list" && prev?.type === "paragraph" && /:\s*$/.test(plain(prev.text)) ? readText(prev.text) : "";
    out.set(b, [...path.map((p) => p.title), lead].filter(Boolean).join(" › "));
  });
  return out;
}

/** Every target or result stated in the document's sentences. */
export function proseCandidates(model: DocumentModel, lines: string[], docYear: number, title = ""): FoundValue[] {
  const found: FoundValue[] = [];
  const around = contexts(model.blocks);
  const lastOf = lastLines(model);
  for (const b of model.blocks) {
    if (b.type !== "paragraph" && b.type !== "list") continue;
    const context = around.get(b) ?? "";
    // The nearest heading or lead-in decides whether the block is a list of targets.
    const nearest = context.split(" › ").at(-1) ?? "";
    const targetList =
      (TARGET_CONTEXT.test(nearest) && !/tổng quát/iu.test(nearest)) || context.split(" › ").some((h) => TARGET_HEADING.test(h));
    const nodes: (ListItem | ParagraphNode)[] = b.type === "list" ? b.items : [b];
    const ordered = b.type === "paragraph" || b.ordered;
    const list = b.type === "list" ? b.items[0]!.line : undefined;
    for (const node of nodes) {
      const text = readText(node.text);
      const seen = new Map<string, number>();
      for (const clause of clauses(text)) {
        const offset = clause.start;
        let prevEnd = 0;
        VALUE.lastIndex = 0;
        for (let m = VALUE.exec(clause.text); m; m = VALUE.exec(clause.text)) {
          const g = m.groups!;
          const before = clause.text.slice(0, m.index);
          // A number followed by an ordinary word is a value only after a bound (“tối thiểu 01 sàn”);
          // the search goes on from the next character, so that “2025 tăng khoảng 12%” still finds “khoảng 12%”.
          // In a target list, a count written with a leading zero (“05 bộ dữ liệu”) is a target of that many, as official texts write counts.
          const count = targetList && /^0\d$/.test(g.num!) && !NOT_COUNTED.test(g.word ?? "");
          // An age or a span of time (“trên 15 tuổi”, “dưới 24 tháng”) says who or when, not how much.
          if (g.word && /^(?:tuổi|tháng|năm|ngày|giờ)(?: |$)/u.test(g.word)) {
            VALUE.lastIndex = m.index + 1;
            continue;
          }
          if (g.word && !g.bound && !count) {
            VALUE.lastIndex = m.index + 1;
            continue;
          }
          // A floor or ceiling (“chiếm tối thiểu 80%”, “8% trở lên”) sets a target wherever it is written.
          const bounded = /^(?:tối thiểu|tối đa|ít nhất|không quá)$/u.test(g.bound ?? "") || Boolean(g.more);
          // A sum of money a budget states (“thông qua tổng thu … 10.367,700 tỷ đồng”, “Ước thực hiện cả năm là 11.580 tỷ đồng”).
          const budget = /đồng|USD/u.test(g.unit ?? "") && BUDGET_LEAD.test(before);
          const inTarget = targetList || bounded || budget || TARGET_CLAUSE.test(clause.text) || AFTER_REACH.test(before);
          if (!inTarget) continue;
          // A share of the plan or of last year (“đạt 100% kế hoạch”, “tăng 11,8% so với cùng kỳ”) compares two values,
          // unless the sentence sets it as a target (“phấn đấu tỷ lệ giải ngân đạt 95% kế hoạch”).
          const next = clause.text.slice(m.index + m[0].length);
          if (g.unit?.startsWith("%") && COMPARED.test(next) && !TARGET_CLAUSE.test(clause.text)) continue;
          // A year is not a value, nor the area a yield is per (“230 triệu đồng trên 01 ha”).
          if (!g.unit && /^(?:19|20)\d{2}$/.test(g.num!)) continue;
          if (g.bound === "trên" && /^0?1$/.test(g.num!)) continue;
          const raw = (g.word ? `${g.bound ?? ""} ${g.num} ${g.word.split(" ")[0]}` : m[0]).trim();
          const unit = g.unit ? collapse(g.unit) : g.word!.split(" ")[0]!;
          const nth = seen.get(raw) ?? 0;
          seen.set(raw, nth + 1);
          const label = labelOf(clause.text, clause.text.slice(prevEnd, m.index), clause.text.slice(m.index + m[0].length));
          prevEnd = m.index + m[0].length;
          found.push({
            kind: inferKind(clause.text, `${title} › ${context}`, docYear, unit),
            label,
            unit,
            raw,
            line: lineOfRaw(model, lines, node, lastOf(node), raw, nth),
            node,
            ref: {
              item: {
                line: node.line,
                ...afterWords(text, offset + m.index, g.bound),
                ordered,
                ...(list ? { list } : {}),
                ...(g.word ? { worded: true } : {}),
              },
            },
          });
        }
      }
    }
  }
  return found;
}
