/**
 * What a typed query becomes before it reaches Pagefind. Pagefind folds tone marks but keeps
 * `đ` apart from `d`, so a query typed without diacritics (`dang`) also runs with `đ` at the
 * start of its syllables (`đang`); an abbreviation also runs as its expansion and back
 * (`UBND` ↔ `Ủy ban nhân dân`). Each variant is one Pagefind search; results are merged.
 */
export interface GlossaryTerm {
  abbr: string;
  full: string;
}

/** Lower case, no tone marks, đ → d. */
export const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const MAX_VARIANTS = 8;

/** The query variants to search, the query itself first. */
export function expandQuery(query: string, glossary: GlossaryTerm[]): string[] {
  const q = query.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!q) return [];
  const phrases = new Set<string>([q]);
  const folded = fold(q);
  const words = folded.split(" ");
  for (const t of glossary) {
    // The abbreviation, typed with or without its marks (`hdnd` is HĐND).
    const abbr = fold(t.abbr);
    const at = words.indexOf(abbr);
    if (at >= 0) {
      const typed = q.split(" ");
      if (typed[at] !== t.abbr) phrases.add([...typed.slice(0, at), t.abbr, ...typed.slice(at + 1)].join(" "));
      phrases.add([...typed.slice(0, at), t.full, ...typed.slice(at + 1)].join(" "));
    }
    const full = fold(t.full);
    if (folded.includes(full)) phrases.add(folded.replace(full, t.abbr));
  }
  const out: string[] = [];
  for (const p of phrases) {
    // `d` at the start of a syllable may stand for `đ`.
    const words = p.split(" ");
    let combos: string[][] = [[]];
    for (const w of words) {
      const alts = /^d[a-z]*$/i.test(w) ? [w, `đ${w.slice(1)}`] : [w];
      combos = combos.flatMap((c) => alts.map((a) => [...c, a]));
      if (combos.length > MAX_VARIANTS) combos = combos.slice(0, MAX_VARIANTS);
    }
    for (const c of combos) out.push(c.join(" "));
  }
  return [...new Set(out)].slice(0, MAX_VARIANTS * 2);
}
