/** `**bold**` and `*italic*` markers of portal Markdown: stripped from titles, read to find where a title ends. */
import { collapse } from "../../model/text.ts";

/** The text without any emphasis marker (`** **`, `****` and unbalanced ones included). */
export const stripEmphasis = (s: string): string =>
  collapse(
    s
      .replace(/\*+/g, " ")
      .replace(/\s+([,.;:)])/g, "$1")
      .replace(/([(“])\s+/g, "$1"),
  );

/**
 * Splits a block's text at the end of the emphasis run it opens with: `**Điều 1.** Sửa đổi …` →
 * lead `Điều 1.`, rest `Sửa đổi …`. A marker directly followed by another run (`*2.2.* *Tập …*`,
 * `… 2025 ****với …`) or by a word (`*2.5. **Thúc đẩy …*`) does not end the run. `lead` is
 * undefined when the text does not open with emphasis.
 */
export function splitLeadEmphasis(raw: string): { lead?: string; rest: string } {
  const s = raw.trim();
  if (!s.startsWith("*")) return { rest: stripEmphasis(s) };
  const markers = [...s.matchAll(/\*+/g)];
  for (const m of markers.slice(1)) {
    const at = m.index;
    const after = s.slice(at + m[0].length);
    const before = s.slice(0, at);
    if (stripEmphasis(before) === "") continue; // `** **` before the text
    // `**Điều 1. **Công bố …`: a run of the opening length after a space closes the run, the space inside it.
    const closesAfterSpace = /\s$/.test(before) && m[0].length === markers[0]![0].length;
    if (/^\S/.test(after) && !/^[,.;:)”"]/.test(after) && !closesAfterSpace) continue; // opens a run, or closes and reopens one
    // `*2.2.* *Tập …*`: the numbering closes one run and the title opens the next.
    if (/^\s+\*/.test(after) && /^[\dIVXA-Z.)\s]+$/u.test(stripEmphasis(before))) continue;
    const rest = stripEmphasis(after);
    return { lead: stripEmphasis(before), rest };
  }
  return { lead: stripEmphasis(s), rest: "" };
}

/** A line holding only emphasis markers or a lone cell bar (`** **`, `****`, `* *`, `|`): blank in this layout. */
export const isEmptyMarkup = (text: string): boolean => /^\s*[*|\s]*$/.test(text) && text.trim() !== "";

/**
 * A block in emphasis whose markers do not pair (`** Thuận lợi cơ bản tác động tăng thu*`, a space
 * after the opening run, runs of different lengths), written as one pair of the shorter run, so that
 * no `*` shows on the page. Any other text is returned as it is.
 */
export function repairEmphasis(text: string): string {
  const m = /^(\*+)\s*([^*\s](?:[^*]*[^*\s])?)\s*(\*+)$/.exec(text);
  if (!m) return text;
  const paired = m[1]!.length === m[3]!.length && !/^\*+\s|\s\*+$/.test(text);
  if (paired) return text;
  const mark = "*".repeat(Math.min(m[1]!.length, m[3]!.length, 2));
  return `${mark}${m[2]}${mark}`;
}
