/**
 * A title in capitals on lines of its own, as forms and attached documents print it, and the
 * header of a form laid out as a table (issuer | motto) that may stand between `Phụ lục 01` and the
 * form's title (Hải Phòng QĐ 212's three forms).
 */
import { isAllCaps } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import { matchTitleLine } from "./appendix.ts";
import { stripEmphasis } from "./emphasis.ts";
import { numberingOf } from "./numbered-block.ts";
import type { RuleContext } from "./types.ts";

const MOTTO = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u;
const SLOGAN = /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u;

/** The index of the next non-blank line at or after `j`. */
export const skipBlank = (ctx: RuleContext, j: number): number => {
  let k = j;
  while (k < ctx.lines.length && isBlank(ctx.lines[k])) k++;
  return k;
};

/** A line that can be part of such a title: in capitals, not a numbered or appendix heading, not a parenthesised subtitle. */
const titleLine = (text: string): boolean => {
  const s = stripEmphasis(text);
  return isAllCaps(s) && !s.startsWith("(") && numberingOf(text) === null && matchTitleLine(text) === null;
};

/**
 * Reads a title in capitals from line `k`: its lines up to a blank line, and, with `acrossBlank`,
 * the next blocks in capitals too (`**PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG**` / `CÔNG CHỨC/VIÊN CHỨC`).
 * Returns the title's lines and the index of its last line, or null when line `k` is not one.
 */
export function readCapsTitle(ctx: RuleContext, k: number, acrossBlank: boolean): { text: string[]; last: number } | null {
  const text: string[] = [];
  let last = -1;
  let j = k;
  while (j < ctx.lines.length && titleLine(ctx.lines[j]!.text)) {
    for (; j < ctx.lines.length && !isBlank(ctx.lines[j]) && titleLine(ctx.lines[j]!.text); j++) {
      text.push(stripEmphasis(ctx.lines[j]!.text));
      last = j;
    }
    if (!acrossBlank || j >= ctx.lines.length || !isBlank(ctx.lines[j])) break;
    j = skipBlank(ctx, j);
  }
  return text.length > 0 ? { text, last } : null;
}

/**
 * A form's header at line `k` (`TÊN CƠ QUAN, TỔ CHỨC, ĐƠN VỊ` | `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` /
 * `Độc lập - Tự do - Hạnh phúc`): its lines and the index after it, or null when none starts there.
 */
export function readFormHeader(ctx: RuleContext, k: number): { lines: Line[]; next: number } | null {
  const motto = ctx.lines.slice(k, k + 6).findIndex((l) => MOTTO.test(stripEmphasis(l.text)));
  if (motto < 0) return null;
  let end = k + motto + 1;
  const slogan = skipBlank(ctx, end);
  if (slogan < ctx.lines.length && SLOGAN.test(stripEmphasis(ctx.lines[slogan]!.text))) end = slogan + 1;
  const lines = ctx.lines.slice(k, end).filter((l) => !isBlank(l));
  return { lines, next: skipBlank(ctx, end) };
}
