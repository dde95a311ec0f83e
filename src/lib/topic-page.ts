/**
 * A topic's page (/chu-de/<topic>/): the passages (headings and paragraphs) listed under it, by
 * term (what 2020–2025 achieved, what 2025–2030 commits to, the yearly plans), each linking to
 * its anchor with the words that put it there; and the indicators whose names hold its keywords.
 */
import type { DocumentIndex, Period, TopicsData } from "../../scripts/model/generated.ts";
import type { Indicator } from "../../scripts/model/indicators.ts";
import { topicMatcher } from "../../scripts/model/topic-match.ts";
import { regionRows } from "./indicators.ts";
import { documentCountWord, placesPhrase } from "./scope.ts";

type Topic = TopicsData["topics"][number];

/** A passage as a topic's page lists it. */
export interface TopicEntry {
  /** The passage's address: its page, or its page and anchor. */
  link: string;
  /** The link's words: a heading's label, or a paragraph's opening words. */
  label: string;
  /** A heading's own page when it is inside one, or the heading a paragraph is under; else "". */
  within: string;
  /** The topic's keywords found in the passage, shown as why it is listed. */
  words: string[];
  heading: boolean;
  docTitle: string;
}

/** The passages under topic `id` that speak of `period`, in reading order of the documents. */
export function topicEntries(topics: TopicsData, docs: DocumentIndex[], id: string, period: Period): TopicEntry[] {
  return topics.passages
    .filter((p) => p.topic === id && p.period === period)
    .map((p) => {
      const d = docs.find((x) => x.meta.id === p.doc)!;
      const page = d.pages.find((x) => x.url === p.page)!;
      const heading = p.kind === "heading";
      return {
        link: p.url,
        label: p.text,
        within: heading ? (p.url === p.page ? "" : page.title) : p.under,
        words: p.words,
        heading,
        docTitle: d.meta.shortTitle,
      };
    });
}

/** The indicators whose name holds one of the topic's keywords as whole words (the exceptions of content/topics.yml apply). */
export function topicIndicators(topics: TopicsData, topic: Topic, indicators: Indicator[]): Indicator[] {
  const matcher = topicMatcher([topic], topics.exceptions);
  return indicators.filter((i) => matcher.hits(i.name).has(topic.id));
}

/** Everything the topic's page shows: its passages by term, its indicators (a row per region), its description. */
export function topicPage(topics: TopicsData, docs: DocumentIndex[], indicators: Indicator[], id: string) {
  const topic = topics.topics.find((t) => t.id === id)!;
  const achieved = topicEntries(topics, docs, id, "ket-qua");
  const committed = topicEntries(topics, docs, id, "muc-tieu");
  const planned = topicEntries(topics, docs, id, "ke-hoach");
  const mine = topicIndicators(topics, topic, indicators);
  const description =
    `${topic.name}: ${achieved.length} đoạn về kết quả 2020–2025, ${committed.length} đoạn về mục tiêu 2025–2030, ` +
    `${mine.length} chỉ tiêu, trong ${documentCountWord()} báo cáo của ${placesPhrase()}.`;
  return { topic, achieved, committed, planned, indicators: mine, rows: mine.flatMap(regionRows), description };
}

/** How many passages are listed under each topic, by topic id (for /chu-de/). */
export const passageCount = (topics: TopicsData, id: string): number => topics.passages.filter((p) => p.topic === id).length;
