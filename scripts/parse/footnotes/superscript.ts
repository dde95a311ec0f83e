/**
 * Footnotes of 004: superscript numbers (`⁷²`) both at the reference and at the start of the
 * footnote text, which sits near its page position, often between paragraphs or table parts.
 */
import type { Footnote } from "../../model/document.ts";
import type { Diagnostics } from "../../model/diagnostics.ts";
import { footnoteRef } from "../../model/text.ts";
import { isBlank, type Line } from "../lines.ts";
import type { FootnoteResult } from "./types.ts";

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const toDigits = (s: string): string => [...s].map((c) => String(SUP.indexOf(c))).join("");
const TEXT_START = new RegExp(`^([${SUP}]+)\\s*(\\S.*)$`);
const REFERENCE = new RegExp(`\\s?([${SUP}]+)`, "g");

export function extractSuperscriptFootnotes(input: Line[], diag: Diagnostics): FootnoteResult {
  const lines = input.map((l) => ({ ...l }));
  const footnotes: Footnote[] = [];
  let current: Footnote | undefined;
  for (const l of lines) {
    const m = TEXT_START.exec(l.text);
    if (m) {
      current = { label: toDigits(m[1]!), text: m[2]!.trim(), line: l.line, endLine: l.line };
      footnotes.push(current);
      l.text = "";
    } else if (current && !isBlank(l)) {
      current.text = `${current.text} ${l.text.trim()}`;
      current.endLine = l.line;
      l.text = "";
    } else {
      current = undefined;
    }
  }
  const refs: { label: string; line: number }[] = [];
  for (const l of lines) {
    l.text = l.text.replace(REFERENCE, (whole, digits: string, offset: number, all: string) => {
      // m² and m³ are units, not references.
      if (/k?m$/.test(all.slice(0, offset)) && /^[²³]$/.test(digits)) return whole;
      const label = toDigits(digits);
      refs.push({ label, line: l.line });
      return footnoteRef(label);
    });
  }
  const texts = new Map(footnotes.map((f) => [f.label, f]));
  const seen = new Set<string>();
  for (const r of refs) {
    if (!texts.has(r.label)) diag.error(r.line, `footnote reference ${r.label} has no footnote text`, "footnotes/superscript-orphan-ref");
    if (seen.has(r.label)) diag.error(r.line, `footnote ${r.label} is referenced twice`, "footnotes/superscript-duplicate-ref");
    seen.add(r.label);
  }
  for (const f of footnotes) {
    if (!seen.has(f.label))
      diag.error(f.line, `footnote text ${f.label} has no reference in the text`, "footnotes/superscript-orphan-text");
  }
  return { lines, footnotes };
}
