/**
 * How big a page's title is set. Document titles run long (a numbered paragraph of a legal article,
 * a part's whole heading in capitals): at the size of a short title they fill a phone's first
 * screen. A title's weight is its length, a quarter more when it is mostly capitals (capitals are wider);
 * past 70 it is set a step smaller, past 140 two steps. The same for every font: nothing is measured.
 */
export function titleClass(text: string): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, "");
  const caps = letters.length > 0 && letters.replace(/\p{Lu}/gu, "").length / letters.length < 0.2;
  const weight = text.trim().length * (caps ? 1.25 : 1);
  const size = weight > 140 ? "title-longer" : weight > 70 ? "title-long" : undefined;
  return [size, caps ? "title-caps" : undefined].filter(Boolean).join(" ") || undefined;
}
