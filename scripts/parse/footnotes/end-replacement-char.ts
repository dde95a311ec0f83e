/**
 * Footnotes of 000: their texts are at the end of the file, each starting with U+FFFD; their
 * reference marks were lost, leaving a line break in mid-sentence where the next line starts
 * with punctuation or with a space and a lower-case letter. Footnote texts are in reference order.
 */
import type { Footnote } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { footnoteRef, LOWER_CLASS } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FootnoteResult } from "./types.ts";

const MARK = "\uFFFD";
/** A line that continues the previous one after a lost reference mark. */
const CONTINUATION = new RegExp(`^(?:[,.;:]|[ \\t]+[${LOWER_CLASS}0-9])`);

export function extractEndFootnotes(input: Line[], diag: Diagnostics, isTableLine: (l: Line) => boolean): FootnoteResult {
  const start = input.findIndex((l) => l.text.startsWith(MARK));
  if (start < 0) return { lines: input, footnotes: [] };

  const footnotes: Footnote[] = [];
  for (const l of input.slice(start)) {
    if (l.text.startsWith(MARK)) {
      footnotes.push({ label: String(footnotes.length + 1), text: l.text.slice(1).trim(), line: l.line, endLine: l.line });
    } else if (!isBlank(l)) {
      const last = footnotes[footnotes.length - 1]!;
      last.text = `${last.text} ${l.text.trim()}`;
      last.endLine = l.line;
    }
  }

  const body = input.slice(0, start).map((l) => ({ ...l }));
  let refs = 0;
  let target: Line | undefined; // the line that received the previous piece
  for (let i = 1; i < body.length; i++) {
    const cur = body[i]!;
    const prev = body[i - 1]!;
    if (isBlank(cur) || isTableLine(cur) || isTableLine(prev)) {
      target = undefined;
      continue;
    }
    if (!CONTINUATION.test(cur.text)) {
      target = undefined;
      continue;
    }
    const host = target ?? (isBlank(prev) ? undefined : prev);
    if (!host) continue;
    refs++;
    const rest = cur.text.replace(/^[ \t]+(?=[^,.;:])/, " ");
    host.text = `${host.text.trimEnd()}${footnoteRef(String(refs))}${rest}`;
    cur.text = "";
    target = host;
  }
  if (refs !== footnotes.length) {
    diag.error(
      input[start]!.line,
      `found ${refs} footnote reference breaks in the body but ${footnotes.length} footnote texts`,
      "footnotes/end-count",
      `${footnotes.length} references`,
    );
  }
  const emptied = input.slice(start).map((l) => ({ ...l, text: "" }));
  return { lines: [...body, ...emptied], footnotes };
}
