/**
 * Vietnamese text as a row of syllables, for finding words and phrases: a phrase matches whole
 * syllables in a row, never part of a longer one ("trường" is not inside "trưởng"; "y tế" is
 * not inside "quy tế"). Syllables compare by their letters and their tone, wherever the tone mark
 * is placed ("hoá" and "hóa", "thuỷ" and "thủy" are one syllable), and "đ" stays apart from "d":
 * with tones and "đ" folded away, "Đảng" would be "đang" (now) and "cảng" (port) "càng" (more).
 */

import { syllableKey } from "../../src/lib/vietnamese.ts";

/** A syllable's key: its letters in lower case without the tone mark, then the tone's digit ("hóa" → "hoa1"). */
export { syllableKey };

/** One token of a text: a syllable (letters and digits) or one punctuation mark, with where it is. */
export interface Token {
  key: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * The tokens of `text`: syllables and single punctuation marks, so that a phrase never runs
 * across a comma or a full stop unless it is written with one ("nông, lâm").
 */
export function tokenize(text: string): Token[] {
  const nfc = text.normalize("NFC");
  return [...nfc.matchAll(TOKEN_RE)].map((m) => ({ key: syllableKey(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** A phrase ready to look for: its tokens' keys. */
export const phraseKeys = (phrase: string): string[] => tokenize(phrase).map((t) => t.key);

/** Where `phrase` (its keys) occurs in `tokens`, as token index ranges [from, to). */
export function occurrences(tokens: Token[], phrase: string[]): [number, number][] {
  const out: [number, number][] = [];
  if (!phrase.length) return out;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let k = 0;
    while (k < phrase.length && tokens[i + k]!.key === phrase[k]) k++;
    if (k === phrase.length) out.push([i, i + phrase.length]);
  }
  return out;
}

/** True when the text holds `phrase` as whole syllables. */
export const holdsPhrase = (text: string, phrase: string): boolean => occurrences(tokenize(text), phraseKeys(phrase)).length > 0;
