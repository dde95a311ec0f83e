/** Counts the quotation marks a text leaves open, so that quoted amended text is read as content. */

/** The depth after reading `text` from `depth`: `“` opens, `”` closes, a straight `"` closes an open quote or opens one. */
export function quoteDepthAfter(text: string, depth: number): number {
  let d = depth;
  for (const ch of text) {
    if (ch === "“") d++;
    else if (ch === "”") d = Math.max(0, d - 1);
    else if (ch === '"') d = d > 0 ? d - 1 : d + 1;
  }
  return d;
}

/** Whether a block's text opens with a quotation mark (after emphasis markers): `“Điều 5. …`, `"1. …`. */
export const opensQuote = (text: string): boolean => /^[\s*]*[“"]/.test(text);

/**
 * Whether a block the article itself speaks in starts here although a quote is still open: the
 * next amending instruction (`2. Sửa đổi, bổ sung Điều 7 như sau:`), a new quoted text (a block
 * opening with `“`: quotes of amended text do not nest across blocks), or the next article or
 * chapter in bold (`**Điều 2.`, `**Chương II`). A source that drops a closing `”` (Huế's
 * Nghị quyết 35/2025/NQ-HĐND after its quoted Điều 5) would otherwise keep every later heading
 * inside the quote.
 */
export function closesOpenQuote(text: string): boolean {
  const t = text.replace(/^[\s*]+/, "");
  return (
    opensQuote(text) ||
    (/^(Điều|Chương)\s+[0-9IVXLC]+\b/u.test(t) && /^\s*\*\*/.test(text)) ||
    /^\d+\.\s+(Sửa đổi|Bổ sung|Thay thế|Bãi bỏ)\b.*(như sau|sau đây)\s*:\**\s*$/iu.test(t)
  );
}
