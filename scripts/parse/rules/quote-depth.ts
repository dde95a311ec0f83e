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
