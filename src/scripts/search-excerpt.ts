/**
 * The excerpt under a search result: the passage's words around the best match of the query,
 * starting at a word (at a clause's start when one begins near), with whole words marked. Where
 * the passage holds the typed phrase, or the longest run of its words, only that is marked; else
 * the typed words that stand alone. A word matches a query word when they are the same once folded
 * (tone marks, `đ`, case; so `hoá` is `hóa`), or exactly when the query word was typed with marks
 * and the passage holds it so; only the last typed word, which may still be being typed, also
 * matches the start of a word.
 */
import { fold } from "./search-query.ts";
import { splitTones } from "../lib/vietnamese.ts";

interface Token {
  start: number;
  end: number;
  folded: string;
  exact: string;
}

/** What to show: the phrases typed (their spellings, the typed one first) and the expansions of abbreviations. */
export interface ExcerptQuery {
  typed: string[];
  expanded?: string[];
}

/** Tone marks apart from the letters, so that `hoá` and `hóa` are one spelling. */
export const spelling = (w: string): string => {
  const { letters, tones } = splitTones(w);
  return `${letters}|${tones.sort().join("")}`;
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const marked = (typed: string) => typed !== fold(typed);
const wordsOf = (p: string) => p.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** A clause begins after these signs. */
const CLAUSE = /[.;:!?,(·]\s*$/;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: fold(m[0]),
    exact: spelling(m[0]),
  }));
}

/** Which tokens are typed words standing alone; words of one letter or digit are too common to mark. */
function wordMatcher(tokens: Token[], typed: string[]) {
  const words = [...new Set(typed.flatMap(wordsOf))].filter((w) => w.length > 1);
  const last = wordsOf(typed[0] ?? "").at(-1);
  const tests = words.map((w) => {
    const f = fold(w);
    const e = spelling(w);
    if (marked(w) && tokens.some((t) => t.exact === e)) return (t: Token) => t.exact === e;
    if (tokens.some((t) => t.folded === f) || w !== last) return (t: Token) => t.folded === f;
    return (t: Token) => t.folded.startsWith(f);
  });
  return (t: Token) => tests.some((test) => test(t));
}

/** Runs of two words or more to look for, longest first: each expansion whole, the typed phrases and their parts. */
function runsOf(query: ExcerptQuery): string[][] {
  const runs: string[][] = (query.expanded ?? []).map((p) => wordsOf(fold(p))).filter((s) => s.length > 1);
  for (const p of query.typed) {
    const w = wordsOf(fold(p));
    for (let n = w.length; n > 1; n--) for (let i = 0; i + n <= w.length; i++) runs.push(w.slice(i, i + n));
  }
  return runs.sort((a, b) => b.length - a.length);
}

/** The tokens of the longest run of the query wherever it stands (folded); none when no run is there. */
function runTokens(tokens: Token[], query: ExcerptQuery): number[] {
  for (const seq of runsOf(query)) {
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
export function excerpt(text: string, query: ExcerptQuery, words = 28): string {
  const tokens = tokensOf(text);
  if (!tokens.length) return escape(text);
  const inRun = runTokens(tokens, query);
  const matches = wordMatcher(tokens, query.typed);
  const hit = inRun.length ? tokens.map((_, i) => inRun.includes(i)) : tokens.map(matches);
  let at = inRun.length ? inRun[0]! : -1;
  if (at < 0) {
    // The window holding the most matching words.
    let best = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (!hit[i]) continue;
      const n = hit.slice(i, i + words).filter(Boolean).length;
      if (n > best) [best, at] = [n, i];
    }
  }
  const gapBefore = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  // A few words before the match, reaching back near the end to fill the excerpt…
  let from = at < words / 2 ? 0 : Math.max(0, Math.min(at - 6, tokens.length - words));
  // …and from the start of the clause nearest to there, when one begins close by.
  if (from > 0) {
    const near: number[] = [];
    for (let i = Math.max(1, from - 6); i <= Math.min(at, from + 6); i++) if (CLAUSE.test(gapBefore(i))) near.push(i);
    if (near.length) from = near.reduce((a, b) => (Math.abs(b - from) < Math.abs(a - from) ? b : a));
  }
  let to = Math.min(tokens.length, from + words);
  // The match is in, and a marked run is not cut at the end.
  while (to < tokens.length && (to <= at || (hit[to - 1] && hit[to]))) to++;
  let html = from > 0 ? "… " : "";
  let open = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (hit[i] && !open) {
      html += "<mark>";
      open = true;
    }
    html += escape(text.slice(t.start, t.end));
    const gap = i + 1 < to ? gapBefore(i + 1) : "";
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
