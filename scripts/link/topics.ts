/**
 * Lists passages (headings and paragraphs) under the topics they speak of, each with the keywords
 * that put it there, and says which term each speaks of: the 2020–2025 results, the 2025–2030
 * goals, or a yearly plan. A heading is listed when it mentions a topic once, a paragraph when it
 * mentions it twice: a single word in passing ("ưu tiên bố trí đầu tư các dự án lĩnh vực giáo
 * dục, y tế") does not make a paragraph about a subject.
 * Every section page must have a listed passage or be listed as general in content/topics.yml.
 */
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import type { SourceMeta } from "../model/schema.ts";
import { topicsSchema, type Topics } from "../model/topics.ts";
import { topicMatcher, type TopicMatcher } from "../model/topic-match.ts";
import { occurrences, phraseKeys, tokenize } from "../model/words.ts";
import type { PageEntry, Period, TopicPage, TopicPassage } from "../model/generated.ts";
import { readYamlFile, type YamlFile } from "../ingest/yaml-file.ts";
import type { Passage } from "./passages.ts";

export const TOPICS_FILE = "content/topics.yml";

export const periodNames: Record<Period, string> = {
  "ket-qua": "Kết quả 2020–2025",
  "muc-tieu": "Mục tiêu 2025–2030",
  "ke-hoach": "Kế hoạch năm",
};

/**
 * A page is under a topic (its same-topic box, scripts/model/generated.ts `pages`) when one of its
 * headings is listed under it, or this many of its paragraphs are; a page with no such topic is
 * under every topic one of its passages is listed under.
 */
export const PAGE_PARAGRAPHS = 3;

/** How many mentions of a topic list a passage under it: a heading, a paragraph. */
export const MENTIONS = { heading: 1, paragraph: 2 } as const;

/**
 * A paragraph on a topic's page: about `max` characters (two lines on a phone), cut at words and
 * marked “…”, from the start of the sentence (or clause) where the topic is first mentioned, at
 * offset `at` (“…giáo dục và đào tạo có bước chuyển biến…” rather than the paragraph's opening).
 */
export function excerpt(text: string, at = 0, max = 110): string {
  const raw = text.replace(/\s+/g, " ");
  // The offset in the text with its spaces made one and trimmed.
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  const mention = Math.max(0, Math.min(t.length, text.slice(0, at).replace(/\s+/g, " ").length - lead));
  let from = 0;
  if (mention > max - 30) {
    // The sentence or clause the mention is in, when it starts near enough; else a few words before it.
    const clause = Math.max(t.lastIndexOf(". ", mention), t.lastIndexOf("; ", mention));
    from = clause >= 0 && mention - clause < max - 30 ? clause + 2 : t.lastIndexOf(" ", Math.max(0, mention - 30)) + 1;
  }
  const rest = t.slice(from);
  const cut =
    rest.length <= max + 10
      ? rest
      : `${rest
          .slice(0, max)
          .replace(/\s+\S*$/, "")
          .replace(/[\s.,;:–-]+$/, "")}…`;
  return from > 0 ? `…${cut.replace(/^[\s.,;:–-]+/, "")}` : cut;
}

export function readTopics(root: string): YamlFile<Topics> {
  return readYamlFile(root, TOPICS_FILE, topicsSchema, "topics/schema");
}

/** Which term a page speaks of, from its document and its part. */
export function periodOf(meta: SourceMeta, page: PageEntry, all: PageEntry[]): Period {
  if (meta.kind === "bao-cao-kinh-te-xa-hoi" || meta.kind === "nghi-quyet") return "ke-hoach";
  if (meta.kind === "chuong-trinh-hanh-dong") return "muc-tieu";
  let top = page;
  while (top.parent) top = all.find((p) => p.slug === top.parent)!;
  const title = top.title.toLowerCase();
  if (title.startsWith("phần thứ hai")) return "muc-tieu";
  if (title.startsWith("phụ lục") && !title.includes("kết quả")) return "muc-tieu";
  return "ket-qua";
}

/** Problems of the data itself, before any text is read: duplicate ids, keywords and phrases; exceptions that name no keyword of their topics. */
function checkData({ data, lineOf }: YamlFile<Topics>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const problem = (line: number, message: string, expected: string, rule: string) =>
    problems.push({ file: TOPICS_FILE, line, message, expected, rule, fatal: true });
  const ids = new Set<string>();
  data.topics.forEach((t, i) => {
    if (ids.has(t.id)) problem(lineOf(["topics", i, "id"]), `topic “${t.id}” is defined twice`, "each topic id once", "topics/duplicate");
    ids.add(t.id);
    const seen = new Set<string>();
    t.keywords.forEach((k, j) => {
      const key = phraseKeys(k).join(" ");
      if (seen.has(key))
        problem(
          lineOf(["topics", i, "keywords", j]),
          `keyword “${k}” of topic ${t.id} is listed twice`,
          "each keyword once",
          "topics/duplicate",
        );
      seen.add(key);
    });
  });
  const phrases = new Set<string>();
  data.exceptions.forEach((e, i) => {
    const keys = phraseKeys(e.phrase);
    if (phrases.has(keys.join(" ")))
      problem(lineOf(["exceptions", i, "phrase"]), `exception “${e.phrase}” is listed twice`, "each phrase once", "topics/duplicate");
    phrases.add(keys.join(" "));
    e.not.forEach((id, j) => {
      const topic = data.topics.find((t) => t.id === id);
      if (!topic) {
        problem(
          lineOf(["exceptions", i, "not", j]),
          `exception “${e.phrase}” names topic “${id}”, which is not defined`,
          "the id of a topic above",
          "topics/unknown-topic",
        );
        return;
      }
      const tokens = tokenize(e.phrase);
      if (!topic.keywords.some((k) => occurrences(tokens, phraseKeys(k)).length))
        problem(
          lineOf(["exceptions", i, "not", j]),
          `exception “${e.phrase}” holds no keyword of topic ${id}`,
          "a phrase that contains one of the topic's keywords as whole words",
          "topics/exception-without-keyword",
        );
    });
  });
  return problems;
}

/** One document's pages and passages, as the topics read them. */
export interface TopicDocument {
  meta: SourceMeta;
  pages: PageEntry[];
  passages: Passage[];
}

/** The passages listed under each topic, and each section page's topics, by the rule of MENTIONS. */
export function listPassages(
  matcher: TopicMatcher,
  topicIds: string[],
  docs: TopicDocument[],
): { pages: TopicPage[]; passages: TopicPassage[] } {
  const passages: TopicPassage[] = [];
  const pages: TopicPage[] = [];
  for (const { meta, pages: entries, passages: own } of docs) {
    const byUrl = new Map(entries.map((p) => [p.url, p]));
    for (const p of own) {
      const entry = byUrl.get(p.page)!;
      for (const [topic, hits] of matcher.hits(p.text)) {
        if (hits.mentions.length < MENTIONS[p.kind]) continue;
        passages.push({
          topic,
          doc: meta.id,
          page: p.page,
          url: p.url,
          kind: p.kind,
          text: p.kind === "heading" ? p.text : excerpt(p.text, hits.first),
          under: p.kind === "heading" ? "" : p.under,
          line: p.line,
          period: periodOf(meta, entry, entries),
          words: hits.words,
        });
      }
    }
    for (const e of entries) {
      const here = passages.filter((x) => x.page === e.url);
      const all = topicIds.filter((id) => here.some((x) => x.topic === id));
      const strong = all.filter((id) => {
        const mine = here.filter((x) => x.topic === id);
        return mine.some((x) => x.kind === "heading") || mine.length >= PAGE_PARAGRAPHS;
      });
      const topics = strong.length ? strong : all;
      pages.push({ doc: meta.id, slug: e.slug, url: e.url, title: e.title, period: periodOf(meta, e, entries), topics });
    }
  }
  return { pages, passages };
}

/** The passages listed under each topic and each section page's topics; throws a BuildError naming every problem of content/topics.yml. */
export function assignTopics(
  file: YamlFile<Topics>,
  docs: TopicDocument[],
): { pages: TopicPage[]; passages: TopicPassage[]; unassigned: string[] } {
  const { data, lineOf } = file;
  const problems = checkData(file);
  if (problems.length) throw new BuildError(problems);
  const matcher = topicMatcher(data.topics, data.exceptions);
  const { pages, passages } = listPassages(
    matcher,
    data.topics.map((t) => t.id),
    docs,
  );
  const problem = (line: number, message: string, expected: string, rule: string) =>
    problems.push({ file: TOPICS_FILE, line, message, expected, rule, fatal: true });
  data.exceptions.forEach((e, i) => {
    if (!matcher.uses[i])
      problem(
        lineOf(["exceptions", i, "phrase"]),
        `exception “${e.phrase}” covers no keyword in any passage`,
        "a phrase that occurs in the documents, or the entry removed (stale)",
        "topics/stale-exception",
      );
  });
  const general = new Set(data.general);
  data.general.forEach((url, i) => {
    const page = pages.find((p) => p.url === url);
    const listedHere = [...new Set(passages.filter((x) => x.page === url).map((x) => x.topic))];
    if (!page)
      problem(lineOf(["general", i]), `general page ${url} is not a section page`, "the URL of a section page", "topics/unknown-page");
    else if (listedHere.length)
      problem(
        lineOf(["general", i]),
        `general page ${url} (“${page.title}”) has passages listed under ${listedHere.join(", ")}`,
        "only pages with no listed passage under `general` (stale)",
        "topics/stale-general",
      );
  });
  // A page no topic lists is a warning, not an error: a newly added document builds at once, and
  // the report says which of its pages want a keyword or a place under `general`.
  const unassigned = pages
    .filter((p) => !passages.some((x) => x.page === p.url) && !general.has(p.url))
    .map(
      (p) =>
        `warning: ${TOPICS_FILE}:${lineOf(["general"])}: section page ${p.url} (“${p.title}”) has no passage listed under a topic, ` +
        "expected a keyword of a topic in its headings or paragraphs, or its URL under `general` (topics/unassigned)",
    );
  if (problems.length) throw new BuildError(problems);
  return { pages, passages, unassigned };
}

/** The build's summary of the topics: per topic, the passages listed by term, and of them headings. */
export function formatTopicTable(topics: { id: string }[], passages: TopicPassage[], unassigned: string[] = []): string {
  const head = `${"topic".padEnd(34)} ${"results".padStart(7)} ${"goals".padStart(6)} ${"yearly".padStart(6)} ${"total".padStart(6)} ${"headings".padStart(8)}`;
  const rows = topics.map((t) => {
    const mine = passages.filter((p) => p.topic === t.id);
    const n = (period: Period) => mine.filter((p) => p.period === period).length;
    return (
      `${t.id.padEnd(34)} ${String(n("ket-qua")).padStart(7)} ${String(n("muc-tieu")).padStart(6)} ${String(n("ke-hoach")).padStart(6)} ` +
      `${String(mine.length).padStart(6)} ${String(mine.filter((p) => p.kind === "heading").length).padStart(8)}`
    );
  });
  return [`passages listed per topic (${TOPICS_FILE}):`, head, ...rows, ...unassigned].join("\n");
}
