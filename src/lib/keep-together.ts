/**
 * Text as HTML with the words a line must not split kept together: document numbers and codes
 * (30-NQ/TW, 226/2025/QH15, KT-XH), year ranges (2021–2025), the places of the corpus (content/site.yml), and
 * counts with their word (6 lần). Each is wrapped in `<span class="nobr">` (white-space: nowrap);
 * the rest is escaped as it is. Nothing visible changes but where lines may break.
 */
import { escapeMarkup as esc } from "../../scripts/model/text.ts";
import { settings } from "./site.ts";

let together: RegExp | undefined;
/** Codes, year ranges, the places' names (longest first) and counts with their word, as one capturing group. */
function togetherPattern(): RegExp {
  const places = [...settings().places].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  together ??= new RegExp(`(\\S*[\\d\\p{Lu}]\\S*[-/]\\S*[\\p{L}\\d]|\\d{4}\\s?[–-]\\s?\\d{4}|${places.join("|")}|\\d+ lần)`, "gu");
  return together;
}

export function keepTogether(text: string): string {
  return text
    .split(togetherPattern())
    .map((part, i) => (i % 2 ? `<span class="nobr">${esc(part)}</span>` : esc(part)))
    .join("");
}
