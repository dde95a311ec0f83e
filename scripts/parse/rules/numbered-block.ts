/** Reads a numbered block's lines into its numbering, its title (if any) and the text that runs on. */
import { matchNumbering, type Numbering } from "../heading.ts";
import type { Line } from "../lines.ts";
import { splitLeadEmphasis, stripEmphasis } from "./emphasis.ts";
import { chunkText } from "./chunk.ts";

export interface NumberedBlock {
  numbering: Numbering;
  /** The whole text without emphasis markers, numbering included. */
  whole: string;
  /** The title when emphasis holds it (`**1. Mục tiêu chung**`, `**Điều 2. Mục tiêu**`), without its numbering. */
  emphasised?: string;
  /** What follows the emphasised title. */
  after: string;
}

/** The numbering at the start of a line, emphasis markers ignored. */
export const numberingOf = (text: string): Numbering | null => matchNumbering(stripEmphasis(text));

/** A line that holds only a numbering (`*2.1.`, `a)`): its title is printed on the next line. */
const bareNumbering = (text: string): boolean => /^[\s*]*(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\)|[IVXLC]+\.)[\s*]*$/u.test(text);

/** `**Điều` alone on its line, its number on the next (`3. Về đăng ký kết hôn**`): the portal broke the line after the word. */
const bareArticle = (text: string, next: string): boolean => /^[\s*]*Điều[\s*]*$/u.test(text) && /^[\s*]*\d{1,3}\./.test(next);

/** The numbering of the block starting at `lines[i]`, also when the line holds the numbering alone and the next line its title. */
export function numberingAt(lines: readonly Line[], i: number): Numbering | null {
  const text = lines[i]!.text;
  const next = lines[i + 1]?.text.trim() ?? "";
  const split = next !== "" && (bareNumbering(text) || bareArticle(text, next));
  return numberingOf(text) ?? (split ? numberingOf(`${text.trim()} ${next}`) : null);
}

export function readNumberedBlock(lines: Line[]): NumberedBlock {
  const raw = chunkText(lines);
  const whole = stripEmphasis(raw);
  const numbering = matchNumbering(whole)!;
  const { lead, rest } = splitLeadEmphasis(raw);
  const inLead = lead === undefined ? null : matchNumbering(lead);
  if (inLead && inLead.rest) return { numbering, whole, emphasised: inLead.rest, after: rest };
  return { numbering, whole, after: "" };
}

/** A clause that leads into what follows (`Sửa đổi, bổ sung khoản 2 Điều 2 như sau:`), not a title. */
export const leadsIn = (text: string): boolean => /(như sau|sau đây|gồm|bao gồm|cụ thể)\s*:\s*$/u.test(text);
