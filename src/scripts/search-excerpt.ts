/**
 * The excerpt under a search result: the passage's words around the best match of the query,
 * starting at a word (at the sentence's start when it is near), with whole words marked: a word
 * matches a query word when they are the same once folded (tone marks, `đ`, case; so `hoá` is
 * `hóa`), or exactly when the query word was typed with marks and the passage holds it so; only the
 * last word of the query, which may still be being typed, also matches the start of a word.
 */
import { fold } from "./search-query.ts";

interface Token {
  start: number;
  end: number;
  folded: string;
  exact: string;
}

/** Tone marks apart from the letters, so that `hoá` and `hóa` are one spelling. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
export const spelling = (w: string): string => {
  const d = w.normalize("NFD").toLowerCase();
  return `${d.replace(TONES, "")}|${(d.match(TONES) ?? []).sort().join("")}`;
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const marked = (typed: string) => typed !== fold(typed);

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: fold(m[0]),
    exact: spelling(m[0]),
  }));
}

/** Which tokens match which query words; `phrases` are the query's variants, the typed one first. */
function matcher(tokens: Token[], phrases: string[]) {
  const words = [...new Set(phrases.flatMap((p) => p.split(/[^\p{L}\p{N}]+/u).filter(Boolean)))];
  const last = phrases[0]
    ?.split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .at(-1);
  const tests = words.map((w) => {
    const f = fold(w);
    const e = spelling(w);
    const exactHere = marked(w) && tokens.some((t) => t.exact === e);
    const wholeHere = tokens.some((t) => t.folded === f);
    if (exactHere) return (t: Token) => t.exact === e;
    if (wholeHere || w !== last) return (t: Token) => t.folded === f;
    return (t: Token) => t.folded.startsWith(f);
  });
  return (t: Token) => tests.some((test) => test(t));
}

/** The words of the longest phrase of the query wherever it stands in a row (folded); none when it is nowhere. */
function phraseWords(tokens: Token[], phrases: string[]): number[] {
  const seqs = phrases
    .map((p) =>
      fold(p)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    )
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const seq of seqs) {
    const at: number[] = [];
    for (let i = 0; i + seq.length <= tokens.length; i++)
      if (seq.every((w, k) => tokens[i + k]!.folded === w)) at.push(...seq.map((_, k) => i + k));
    if (at.length) return at;
  }
  return [];
}

/**
 * The excerpt as HTML: `words` words from near the best match, `<mark>` around matching words
 * (a run of them, `14.700` or a phrase, in one mark), `…` where text is left out.
 */
export function excerpt(text: string, phrases: string[], words = 28): string {
  const tokens = tokensOf(text);
  if (!tokens.length) return escape(text);
  // Where the phrase stands, only it is marked: its words elsewhere (“hành lang”) are noise.
  const inPhrase = phraseWords(tokens, phrases);
  const matches = matcher(tokens, phrases);
  const hit = inPhrase.length ? tokens.map((_, i) => inPhrase.includes(i)) : tokens.map(matches);
  let at = inPhrase.length ? inPhrase[0]! : -1;
  if (at < 0) {
    // The window holding the most matching words.
    let best = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (!hit[i]) continue;
      const n = hit.slice(i, i + words).filter(Boolean).length;
      if (n > best) [best, at] = [n, i];
    }
  }
  let from = Math.max(0, at - 6);
  // Start at the sentence when it begins a few words before.
  for (let i = at; i > Math.max(0, at - 10); i--) {
    if (/[.;:!?]\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
      from = i;
      break;
    }
  }
  if (at <= 10) from = at < 0 ? 0 : Math.min(from, at);
  if (at >= 0 && at <= 6) from = 0;
  // Near the end, the window reaches back to hold as many words.
  from = Math.max(0, Math.min(from, tokens.length - words));
  const to = Math.min(tokens.length, from + words);
  let html = from > 0 ? "… " : "";
  let open = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (hit[i] && !open) {
      html += "<mark>";
      open = true;
    }
    html += escape(text.slice(t.start, t.end));
    const gap = i + 1 < to ? text.slice(t.end, tokens[i + 1]!.start) : "";
    // A run of matching words joined by a space or a sign stays in one mark.
    if (open && !(hit[i + 1] && i + 1 < to && gap.length <= 1)) {
      html += "</mark>";
      open = false;
    }
    html += escape(gap);
  }
  const tail = text.slice(tokens[to - 1]!.end).trim();
  if (to < tokens.length) html += " …";
  else if (tail) html += escape(tail);
  return html;
}
