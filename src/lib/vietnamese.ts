/**
 * Vietnamese text, in one place for the build (scripts/) and the browser scripts (src/scripts/):
 * folding for matching what people type (no marks, `đ` → `d`), the five tone marks apart from the
 * letters so that a tone placed on either vowel is one spelling (“hoá” and “hóa”, “thuỷ” and
 * “thủy”), and the letters of the alphabet for character classes. No I/O and no Node API: the
 * browser bundles import it.
 */

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;

/** Each tone mark's digit in a syllable key (sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5). */
const TONE_DIGITS: Record<string, string> = { "\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5" };
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The vowels of Vietnamese, each of which can take the five tone marks. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];

/**
 * The lower-case letters of Vietnamese, for a character class: a-z, then each vowel's toned forms,
 * after the vowel itself when a-z does not hold it (“àáảãạ”, “ăằắẳẵặ”, …), then đ. A function, so
 * that a browser bundle that does not use it leaves it out.
 */
export const lowerLetters = (): string =>
  "a-z" + VOWELS.map((v) => (/[a-z]/.test(v) ? "" : v) + TONE_MARKS.map((t) => (v + t).normalize("NFC")).join("")).join("") + "đ";

/** Canonical composition (NFC), the form every text of the model and the pages is in. */
export const nfc = (s: string): string => s.normalize("NFC");

/** Lower case, every mark removed (tones and the marks of ă, â, ê, ô, ơ, ư), `đ` → `d`; spaces kept as they are. */
export const foldLetters = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

/** What people type, folded for matching: `foldLetters`, each run of spaces one space, trimmed. */
export const fold = (s: string): string => foldLetters(s).replace(/\s+/g, " ").trim();

/**
 * A word's letters in lower case, decomposed (NFD) and without its tone marks, and the tone marks
 * it had, in order: “hoá” and “hóa” both give “hoa” and [sắc].
 */
export function splitTones(word: string): { letters: string; tones: string[] } {
  const tones: string[] = [];
  const letters = word
    .normalize("NFD")
    .toLowerCase()
    .replace(TONE_RE, (m) => (tones.push(m), ""));
  return { letters, tones };
}

/** A syllable's key: its letters in lower case (NFC) without the tone mark, then the tone's digit (“hóa” → “hoa1”). */
export function syllableKey(syllable: string): string {
  const { letters, tones } = splitTones(syllable);
  const last = tones.at(-1);
  return letters.normalize("NFC") + (last ? TONE_DIGITS[last] : "");
}
