/**
 * Puts every section page under its topics (by the words of its own headings, else its parent's
 * topics) and says which term it speaks of: the 2020–2025 results, the 2025–2030 goals, or a
 * yearly plan. A page with no topic must be listed as general in content/topics.yml.
 */
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import type { SourceMeta } from "../model/schema.ts";
import { topicsSchema, type Topics } from "../model/topics.ts";
import type { PageEntry, Period, TopicPage } from "../model/generated.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";

export const periodNames: Record<Period, string> = {
  "ket-qua": "Kết quả 2020–2025",
  "muc-tieu": "Mục tiêu 2025–2030",
  "ke-hoach": "Kế hoạch năm",
};

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

export function readTopics(root: string): Topics {
  return readYamlFile(root, "content/topics.yml", topicsSchema, "topics/schema").data;
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

export function assignTopics(topics: Topics, docs: { meta: SourceMeta; pages: PageEntry[] }[]): TopicPage[] {
  const problems: Diagnostic[] = [];
  const out: TopicPage[] = [];
  // Folded once: the keywords of each topic, and the pages listed as general.
  const keywords = new Map(topics.topics.map((t) => [t.id, t.keywords.map(fold)]));
  const general = new Set(topics.general);
  const mentions = (id: string, text: string) => keywords.get(id)!.some((k) => text.includes(k));
  for (const { meta, pages } of docs) {
    const own = new Map<string, string[]>();
    const bySlug = new Map(pages.map((p) => [p.slug, p]));
    for (const p of pages) {
      const words = fold(p.toc.map((t) => t.label).join(" | "));
      own.set(
        p.slug,
        topics.topics.filter((t) => mentions(t.id, words)).map((t) => t.id),
      );
    }
    for (const p of pages) {
      let found = own.get(p.slug)!;
      let up = p;
      while (!found.length && up.parent) {
        up = bySlug.get(up.parent)!;
        found = own.get(up.slug)!;
      }
      const url = p.url;
      if (!found.length && !general.has(url)) {
        problems.push({
          file: "content/topics.yml",
          line: 1,
          message: `section page ${url} (“${p.title}”) has no topic`,
          expected: "a keyword of a topic in its headings, or its URL under `general`",
          rule: "topics/unassigned",
          fatal: true,
        });
      }
      const headings: TopicPage["headings"] = {};
      for (const id of found) {
        const entry = p.toc.slice(1).find((e) => mentions(id, fold(e.label)));
        if (entry && !mentions(id, fold(p.toc[0]!.label))) headings[id] = { label: entry.label, url: entry.url };
      }
      out.push({ doc: meta.id, slug: p.slug, url, title: p.title, period: periodOf(meta, p, pages), topics: found, headings });
    }
  }
  if (problems.length) throw new BuildError(problems);
  return out;
}
