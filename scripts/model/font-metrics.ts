/**
 * Text widths from a TrueType font's own tables (`cmap`, `hmtx`): the advance of every character,
 * as the renderer lays it out without kerning. Used where text is drawn into an image at build
 * time (the chart images), so a line is measured with the very font the image is drawn with. No
 * I/O: the caller reads the font file.
 */

/** The width of `text` at `size` px, in px. */
export type Measure = (text: string, size: number) => number;

/** A font file's advances: `measure` for text, from the file's bytes. */
export function fontMeasure(bytes: Uint8Array): Measure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font: no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const metrics = view.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1));
  const glyphOf = cmap(view, table("cmap"));
  const cache = new Map<number, number>();
  /** A character's advance in em; one the font lacks is measured as its base letter (marks add nothing). */
  const advance = (cp: number): number => {
    const known = cache.get(cp);
    if (known !== undefined) return known;
    let glyph = glyphOf(cp);
    if (glyph === 0) {
      const base = String.fromCodePoint(cp).normalize("NFD").codePointAt(0)!;
      glyph = base === cp ? 0 : glyphOf(base);
    }
    const em = advanceOf(glyph) / unitsPerEm;
    cache.set(cp, em);
    return em;
  };
  return (text, size) => {
    let em = 0;
    for (const ch of text.normalize("NFC")) em += advance(ch.codePointAt(0)!);
    return em * size;
  };
}

/** The character → glyph map of a `cmap` table (format 12, or else format 4, of Unicode). */
function cmap(view: DataView, at: number): (cp: number) => number {
  const subtables = view.getUint16(at + 2);
  const offsets = new Map<number, number>();
  for (let i = 0; i < subtables; i++) {
    const rec = at + 4 + 8 * i;
    const off = at + view.getUint32(rec + 4);
    offsets.set(view.getUint16(off), offsets.get(view.getUint16(off)) ?? off);
  }
  const f12 = offsets.get(12);
  if (f12 !== undefined) {
    const groups = view.getUint32(f12 + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const rec = f12 + 16 + 12 * g;
        const start = view.getUint32(rec);
        if (cp >= start && cp <= view.getUint32(rec + 4)) return view.getUint32(rec + 8) + cp - start;
      }
      return 0;
    };
  }
  const f4 = offsets.get(4);
  if (f4 === undefined) throw new Error("font: no Unicode cmap (format 4 or 12)");
  const segs = view.getUint16(f4 + 6) / 2;
  const ends = f4 + 14,
    starts = ends + 2 * segs + 2,
    deltas = starts + 2 * segs,
    ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      if (cp > view.getUint16(ends + 2 * s)) continue;
      const start = view.getUint16(starts + 2 * s);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const range = view.getUint16(ranges + 2 * s);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(ranges + 2 * s + range + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * Breaks `text` at spaces into lines at most `width` px wide; a word wider than a line on its own
 * is cut where it stops fitting (an address has no spaces). Nothing is left out.
 */
export function wrapMeasured(text: string, measure: (s: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
