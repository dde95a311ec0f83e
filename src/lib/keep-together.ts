/**
 * Text as HTML with the words a line must not split kept together: document numbers and codes
 * (30-NQ/TW, 226/2025/QH15, KT-XH), year ranges (2021–2025), the names Hải Dương and Hải Phòng, and
 * counts with their word (6 lần). Each is wrapped in `<span class="nobr">` (white-space: nowrap);
 * the rest is escaped as it is. Nothing visible changes but where lines may break.
 */
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

const TOGETHER = /(\S*[\d\p{Lu}]\S*[-/]\S*[\p{L}\d]|\d{4}\s?[–-]\s?\d{4}|Hải (?:Dương|Phòng)|\d+ lần)/u;

export function keepTogether(text: string): string {
  return text
    .split(new RegExp(TOGETHER.source, "gu"))
    .map((part, i) => (i % 2 ? `<span class="nobr">${esc(part)}</span>` : esc(part)))
    .join("");
}
