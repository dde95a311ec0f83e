/**
 * How search results are ordered. Besides the search as typed, each query variant runs as quoted
 * phrases (Pagefind answers a quoted phrase with the records that hold its words whole and in a
 * row): the variant whole, then for a typed variant of several words the runs of its words, longest
 * first, and its words alone. A record's tier is the share of the typed words it holds in a row
 * (1: the whole phrase); holding every word whole, apart, ranks above holding them only as the starts
 * of longer words (`lang` of `làng` is whole, `tien` of `tiến` too; `hoa` of `hoạch` is not). Tiers
 * order all results; Pagefind's score orders each tier.
 */
import type { Variant } from "./search-query.ts";

/** A quoted search: what is sent, and the tier a record that holds it reaches. */
export interface Probe {
  quoted: string;
  tier: number;
}

/** Runs of words are looked for in queries of this many words or fewer. */
const MAX_RUN_WORDS = 6;
/** A record holding every word whole, not in a row. */
export const WHOLE_WORDS = 0.25;

const wordsOf = (text: string) => text.split(" ").filter(Boolean);
const quote = (words: string[]) => `"${words.join(" ")}"`;

/** The quoted searches of a query's variants, each once, with the highest tier it stands for. */
export function probesOf(variants: Variant[]): Probe[] {
  const tiers = new Map<string, number>();
  const add = (quoted: string, tier: number) => tiers.set(quoted, Math.max(tier, tiers.get(quoted) ?? -1));
  for (const v of variants) {
    const words = wordsOf(v.text);
    add(quote(words), 1);
    if (v.weight < 1 || words.length < 2 || words.length > MAX_RUN_WORDS) continue;
    for (let n = words.length - 1; n >= 2; n--)
      for (let k = 0; k + n <= words.length; k++) add(quote(words.slice(k, k + n)), (n / words.length) * 0.9);
    for (const w of words) add(quote([w]), 0);
  }
  return [...tiers].map(([quoted, tier]) => ({ quoted, tier }));
}

/**
 * The tier of each record found by the probes (`hits`: the ids each probe found): the best phrase
 * it holds, or WHOLE_WORDS when it holds every word of one typed variant whole.
 */
export function tiersOf(variants: Variant[], probes: Probe[], hits: Set<string>[]): Map<string, number> {
  const tiers = new Map<string, number>();
  const byQuote = new Map(probes.map((p, i) => [p.quoted, hits[i]!]));
  probes.forEach((p, i) => {
    if (p.tier > 0) for (const id of hits[i]!) tiers.set(id, Math.max(p.tier, tiers.get(id) ?? 0));
  });
  for (const v of variants) {
    const words = wordsOf(v.text);
    if (v.weight < 1 || words.length < 2) continue;
    const sets = words.map((w) => byQuote.get(quote([w])) ?? new Set<string>());
    for (const id of sets[0]!) if (sets.every((s) => s.has(id))) tiers.set(id, Math.max(WHOLE_WORDS, tiers.get(id) ?? 0));
  }
  return tiers;
}
