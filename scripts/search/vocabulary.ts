/**
 * The spellings of `đ` the index holds. Pagefind folds tone marks but keeps `đ` apart from `d`, so a
 * word typed without marks (`duong`) must be searched as the forms that exist (`duong` for
 * “Dương”, `đuong` for “đường”), and only those. The vocabulary maps each folded word (no marks,
 * `đ` → `d`) to its forms in the index, as Pagefind stores them (no tone marks, `đ` kept), for
 * the words that have a form with `đ`; a word missing from it is searched as typed.
 */
import type { SearchRecord } from "./records.ts";

/** Folded word → its forms in the index, sorted; only words with a form holding `đ`. */
export type Vocabulary = Record<string, string[]>;

/** As Pagefind indexes a word: lower case, tone marks removed, `đ` kept. */
export const indexForm = (w: string): string => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");

/** The words of a text as Pagefind splits them: runs of letters and digits. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

export function vocabularyOf(records: SearchRecord[]): Vocabulary {
  const forms = new Map<string, Set<string>>();
  for (const r of records)
    for (const w of wordsOf(`${r.title} ${r.content}`)) {
      const form = indexForm(w);
      if (!form.includes("d") && !form.includes("đ")) continue;
      const key = form.replace(/đ/g, "d");
      (forms.get(key) ?? forms.set(key, new Set()).get(key)!).add(form);
    }
  const out: Vocabulary = {};
  for (const key of [...forms.keys()].sort()) if ([...forms.get(key)!].some((f) => f.includes("đ"))) out[key] = [...forms.get(key)!].sort();
  return out;
}
