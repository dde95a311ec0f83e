/**
 * What a typed query becomes before it reaches Pagefind. Pagefind folds tone marks but keeps
 * `đ` apart from `d`, so a word typed without marks runs as the spellings the index holds
 * (the vocabulary, scripts/search/vocabulary.ts: `duong` as `duong` and `đuong`, `den` only as
 * `đen`); an abbreviation also runs as its expansion and back (`UBND` ↔ `Ủy ban nhân dân`).
 * Each variant is one Pagefind search, and one more as a quoted phrase; results are merged.
 */
import { fold } from "../lib/vietnamese.ts";

export interface GlossaryTerm {
  abbr: string;
  full: string;
}

/** Folded word → its forms in the index (no tone marks, `đ` kept), for words with a form holding `đ`. */
export type Vocabulary = Record<string, string[]>;

/** A query to run, and how much its results count: the typed words 1, an abbreviation's expansion less. */
export interface Variant {
  text: string;
  weight: number;
}

/** Lower case, no tone marks, đ → d (the site's one folding, `src/lib/vietnamese.ts`). */
export { fold };

const MAX_VARIANTS = 8;
const EXPANSION = 0.92;

/**
 * The spellings to search of one word. Typed with marks, `đ` or signs, it is searched as typed;
 * typed in plain letters, as its forms in the vocabulary, or (a word still being typed) as the
 * beginnings of the forms of the words it begins.
 */
export function wordForms(word: string, vocabulary: Vocabulary): string[] {
  if (!/^[a-z0-9]+$/i.test(word)) return [word];
  const w = word.toLowerCase();
  // The form with d is the word as typed (its case kept: `UBND`).
  const known = vocabulary[w];
  if (known) return [...known].sort((a, b) => Number(a !== w) - Number(b !== w)).map((f) => (f === w ? word : f));
  const starts = new Set([w]);
  for (const [key, forms] of Object.entries(vocabulary)) if (key.startsWith(w)) for (const f of forms) starts.add(f.slice(0, w.length));
  return [...starts].map((f) => (f === w ? word : f));
}

/** The query variants to search, the typed words first. */
export function expandQuery(query: string, glossary: GlossaryTerm[], vocabulary: Vocabulary = {}): Variant[] {
  const q = query.normalize("NFC").replace(/["“”]/g, " ").replace(/\s+/g, " ").trim();
  if (!q) return [];
  const phrases = new Map<string, number>([[q, 1]]);
  const folded = fold(q);
  const words = folded.split(" ");
  for (const t of glossary) {
    // The abbreviation, typed with or without its marks (`hdnd` is HĐND).
    const abbr = fold(t.abbr);
    const at = words.indexOf(abbr);
    if (at >= 0) {
      const typed = q.split(" ");
      if (typed[at] !== t.abbr && !phrases.has(t.abbr)) phrases.set([...typed.slice(0, at), t.abbr, ...typed.slice(at + 1)].join(" "), 1);
      phrases.set([...typed.slice(0, at), t.full, ...typed.slice(at + 1)].join(" "), EXPANSION);
    }
    const full = fold(t.full);
    if (folded.includes(full)) phrases.set(folded.replace(full, t.abbr), EXPANSION);
  }
  const out = new Map<string, number>();
  for (const [p, weight] of phrases) {
    let combos: string[][] = [[]];
    for (const w of p.split(" ")) {
      const forms = wordForms(w, vocabulary);
      combos = combos.flatMap((c) => forms.map((f) => [...c, f])).slice(0, MAX_VARIANTS);
    }
    for (const c of combos) {
      const text = c.join(" ");
      if (!out.has(text)) out.set(text, weight);
    }
  }
  return [...out].slice(0, MAX_VARIANTS * 2).map(([text, weight]) => ({ text, weight }));
}
