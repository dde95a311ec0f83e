/**
 * A topic's page (/chu-de/<topic>/): the section pages under it, by term (what 2020–2025 achieved,
 * what 2025–2030 commits to, the yearly plans), each pointing at the heading that speaks of the
 * topic when it is not the page's own; and the indicators whose names hold one of its keywords.
 */
import type { DocumentIndex, Period, TopicsData } from "../../scripts/model/generated.ts";
import type { Indicator } from "../../scripts/model/indicators.ts";
import { fold, regionRows } from "./indicators.ts";

type Topic = TopicsData["topics"][number];

/** A section page as a topic's page lists it. */
export interface TopicSection {
  /** Where the link goes: the heading that speaks of the topic, or the page. */
  link: string;
  /** The link's words: that heading's label, or the page's title. */
  label: string;
  /** The page's title when the link goes to a heading inside it, else "". */
  within: string;
  /** The page's opening words when the link goes to the page, else "". */
  description: string;
  docTitle: string;
}

/** The section pages under topic `id` that speak of `period`, in the order of topics.json. */
export function topicSections(topics: TopicsData, docs: DocumentIndex[], id: string, period: Period): TopicSection[] {
  return topics.pages
    .filter((p) => p.topics.includes(id) && p.period === period)
    .map((p) => {
      const d = docs.find((x) => x.meta.id === p.doc)!;
      const heading = p.headings[id];
      return {
        link: heading?.url ?? p.url,
        label: heading ? heading.label : p.title,
        within: heading ? p.title : "",
        description: heading ? "" : d.pages.find((x) => x.slug === p.slug)!.description,
        docTitle: d.meta.shortTitle,
      };
    });
}

/** The indicators whose name holds one of the topic's keywords (both folded: no tone marks, lower case). */
export function topicIndicators(topic: Topic, indicators: Indicator[]): Indicator[] {
  const keywords = topic.keywords.map(fold);
  return indicators.filter((i) => keywords.some((k) => fold(i.name).includes(k)));
}

/** Everything the topic's page shows: its sections by term, its indicators (a row per region), its description. */
export function topicPage(topics: TopicsData, docs: DocumentIndex[], indicators: Indicator[], id: string) {
  const topic = topics.topics.find((t) => t.id === id)!;
  const achieved = topicSections(topics, docs, id, "ket-qua");
  const committed = topicSections(topics, docs, id, "muc-tieu");
  const planned = topicSections(topics, docs, id, "ke-hoach");
  const mine = topicIndicators(topic, indicators);
  const description =
    `${topic.name}: ${achieved.length} mục về kết quả 2020–2025, ${committed.length} mục về mục tiêu 2025–2030, ` +
    `${mine.length} chỉ tiêu, trong năm báo cáo của Hải Dương và Hải Phòng.`;
  return { topic, achieved, committed, planned, indicators: mine, rows: mine.flatMap(regionRows), description };
}

/** How many section pages are under each topic, by topic id (for /chu-de/). */
export const sectionCount = (topics: TopicsData, id: string): number => topics.pages.filter((p) => p.topics.includes(id)).length;
