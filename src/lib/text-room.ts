/**
 * Room for a text drawn in SVG, where the browser does not lay it out: an upper bound of its width
 * that holds for the sans-serif fonts readers have (Roboto, SF, Noto Sans, Segoe UI, Liberation
 * Sans, Arial, and DejaVu Sans or Verdana, the widest of them). A label is drawn only where this
 * much room is free, so it neither clips nor overlaps in any of those fonts. Long labels are not
 * drawn in SVG at all: they are HTML beside the drawing.
 */

/** Width in em, per character: capitals, m, w and symbols up to 1; other letters and digits 0.7; spaces and narrow punctuation 0.4. */
function charBound(c: string): number {
  if (/[\s.,:;'’|!()[\]\-–]/.test(c)) return 0.4;
  if (/[mwMW]/.test(c) || /[^\p{L}\p{N}]/u.test(c) || c !== c.toLowerCase()) return 1;
  return 0.7;
}

/** An upper bound of the width of `text` at `size` (in the drawing's units), bold or not. */
export function widthBound(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text.normalize("NFC")) em += charBound(c);
  return em * size * (bold ? 1.1 : 1);
}
