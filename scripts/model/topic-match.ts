/**
 * Which topics a text speaks of, by the keywords of content/topics.yml found in it as whole
 * syllables (scripts/model/words.ts), leaving out a keyword inside an exception's phrase for the
 * topics that exception names. Shared by the build (passages) and the site (indicator names).
 */
import type { Topic, TopicException } from "./topics.ts";
import { occurrences, phraseKeys, tokenize } from "./words.ts";

/** What a text holds of one topic: its keywords found, one per mention, in the order they occur. */
export interface TopicHits {
  /** One entry per mention (a keyword inside a longer keyword found there is not counted again). */
  mentions: string[];
  /** The keywords found, each once, in the order they first occur. */
  words: string[];
  /** Where in the text the first mention starts (a character offset). */
  first: number;
}

export interface TopicMatcher {
  /** The topics `text` mentions, by topic id (topics it does not mention are absent). */
  hits(text: string): Map<string, TopicHits>;
  /** How many times each exception (by its index) has covered a keyword so far. */
  uses: number[];
}

/** A matcher for `topics` with `exceptions`; each call of `hits` counts the exceptions it used. */
export function topicMatcher(topics: Topic[], exceptions: TopicException[]): TopicMatcher {
  const keys = topics.map((t) => ({
    id: t.id,
    // Longest first, so that "khu công nghiệp" is taken before the "công nghiệp" inside it.
    keywords: t.keywords.map((k) => ({ word: k, keys: phraseKeys(k) })).sort((a, b) => b.keys.length - a.keys.length),
  }));
  const phrases = exceptions.map((e) => ({ keys: phraseKeys(e.phrase), not: new Set(e.not) }));
  const uses = exceptions.map(() => 0);
  const hits = (text: string): Map<string, TopicHits> => {
    const tokens = tokenize(text);
    const covers = phrases.map((p) => occurrences(tokens, p.keys));
    const out = new Map<string, TopicHits>();
    for (const { id, keywords } of keys) {
      const taken: { at: number; to: number; word: string }[] = [];
      for (const k of keywords)
        for (const [at, to] of occurrences(tokens, k.keys)) {
          if (taken.some((t) => at < t.to && to > t.at)) continue;
          const cover = phrases.findIndex((p, i) => p.not.has(id) && covers[i]!.some(([a, b]) => a <= at && to <= b));
          if (cover >= 0) {
            uses[cover]!++;
            continue;
          }
          taken.push({ at, to, word: k.word });
        }
      if (!taken.length) continue;
      const mentions = taken.sort((a, b) => a.at - b.at).map((t) => t.word);
      out.set(id, { mentions, words: [...new Set(mentions)], first: tokens[taken[0]!.at]!.start });
    }
    return out;
  };
  return { hits, uses };
}
