/**
 * `PHỤ LỤC`, `Phụ lục II`, `Mẫu biểu số 01`, `CHƯƠNG I`, `Mục 1.` open an appendix (or a chapter, a section) only as a
 * title: alone on their line (possibly bold), possibly followed by a number and a title in
 * capitals. Inside a sentence (`(Chi tiết tại Phụ lục kèm theo)`, `Phụ lục V – kèm theo Nghị
 * quyết này`) they are words of a paragraph.
 */
import type { MatterNode, NumberingStyle } from "../../model/document.ts";
import { collapse, isAllCaps } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import { readCapsTitle, readFormHeader, skipBlank } from "./caps-title.ts";
import { stripEmphasis } from "./emphasis.ts";
import type { BlockRule } from "./types.ts";

// A Roman numeral is a whole word: `MỤC LỤC` is not section L.
const NUMBER = String.raw`(?:\s+(?:số|SỐ))?(?:\s*(\d{1,3}[a-z]?)|\s+([IVXLC]{1,6})(?![\p{L}\d]))?`;
const TITLES: { style: NumberingStyle; re: RegExp }[] = [
  { style: "appendix", re: new RegExp(`^((?:PHỤ LỤC|Phụ lục|MẪU BIỂU|Mẫu biểu)${NUMBER})\\s*[.:]?\\s*(.*)$`, "u") },
  { style: "chapter", re: new RegExp(`^((?:CHƯƠNG|Chương)${NUMBER})\\s*[.:]?\\s*(.*)$`, "u") },
  { style: "section", re: new RegExp(`^((?:MỤC|Mục)${NUMBER})\\s*[.:]?\\s*(.*)$`, "u") },
];

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const romanValue = (s: string): number =>
  [...s].reduce((sum, c, k) => sum + ((ROMAN[c] ?? 0) < (ROMAN[s[k + 1] ?? ""] ?? 0) ? -ROMAN[c]! : ROMAN[c]!), 0);

/** The numbering and style of a title line, or null when the line is not one (a sentence naming an appendix). */
export function matchTitleLine(text: string): { style: NumberingStyle; numbering: string; ordinal: number; rest: string } | null {
  const s = stripEmphasis(text);
  for (const { style, re } of TITLES) {
    const m = re.exec(s);
    if (!m) continue;
    const rest = m[4]!.trim();
    // A chapter or a section (Mục) needs its number; what follows the number must be a title in capitals.
    if (style !== "appendix" && !m[2] && !m[3]) return null;
    if (rest && !isAllCaps(rest)) return null;
    const ordinal = m[2] ? Number.parseInt(m[2], 10) : m[3] ? romanValue(m[3]) : 0;
    return { style, numbering: collapse(m[1]!), ordinal, rest };
  }
  return null;
}

/** How many lines the title line at `lines[i]` takes: one, or two when the portal broke it (`**Phụ` / `lục 01**`, `**Chương` / `I**`). */
export function titleLineSpan(lines: readonly Line[], i: number): 0 | 1 | 2 {
  if (matchTitleLine(lines[i]!.text)) return 1;
  const next = lines[i + 1];
  if (!next || isBlank(next) || lines[i]!.text.trim().length > 20) return 0;
  return matchTitleLine(`${lines[i]!.text.trim()} ${next.text.trim()}`) ? 2 : 0;
}

export const appendixRule: BlockRule = {
  name: "appendix",
  interrupts: true,
  starts: (ctx, i) => ctx.quoteDepth === 0 && titleLineSpan(ctx.lines, i) > 0,
  read(ctx, i) {
    const first = ctx.lines[i]!;
    const span = titleLineSpan(ctx.lines, i);
    const m = matchTitleLine(span === 1 ? first.text : `${first.text.trim()} ${ctx.lines[i + 1]!.text.trim()}`)!;
    let title = m.rest;
    let end = i + span - 1;
    let header: MatterNode | undefined;
    if (!title) {
      // The title follows on its own lines, in capitals; a form's header laid out as a table
      // (issuer | motto) may come first: the form's title is the one after it.
      const k = skipBlank(ctx, end + 1);
      const form = readFormHeader(ctx, k);
      const boxed = ctx.tableAt.has(k) || [...ctx.barAt].some((b) => b > end && b < k);
      const found = boxed ? null : form ? readCapsTitle(ctx, form.next, true) : readCapsTitle(ctx, k, false);
      if (found) {
        title = found.text.join(" ");
        end = found.last;
        const lines = form?.lines ?? [];
        if (lines.length > 0)
          header = {
            type: "matter",
            role: "title-block",
            lines: lines.map((l) => stripEmphasis(l.text)),
            line: lines[0]!.line,
            endLine: lines.at(-1)!.line,
          };
      }
    }
    ctx.out.push({
      type: "heading",
      depth: 0,
      numbering: m.numbering,
      style: m.style,
      title: collapse(title).replace(/[.:]$/, ""),
      line: first.line,
      endLine: ctx.lines[end]!.line,
    });
    if (header) ctx.out.push(header);
    return end + 1;
  },
};
