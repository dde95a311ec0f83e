/**
 * What a reading page (/tai-lieu/<document>/<section>/) computes around the section's HTML: its
 * heading apart from the rest, its description, the same subject in the other documents, how a
 * citation names it, and which term it speaks of for the search filters.
 */
import type { DocumentIndex, PageEntry, PageFrontMatter, Period, TopicsData } from "../../scripts/model/generated.ts";

/** The rendered section split after its own heading (`<h1>`), which the page shows above its on-page contents. */
export function splitHeading(html: string): { heading: string; body: string } {
  const end = html.indexOf("</h1>") + "</h1>".length;
  return { heading: html.slice(0, end), body: html.slice(end) };
}

/** The term a period of topics.json stands for, as the page's notes write it. */
export const periodWords: Record<Period, string> = {
  "ket-qua": "kết quả 2020–2025",
  "muc-tieu": "mục tiêu 2025–2030",
  "ke-hoach": "kế hoạch năm",
};

/**
 * The same subject elsewhere: for each topic of the page, up to six section pages under it in the
 * other documents, or in this document's other term (a page of the same document and term is
 * left out); topics with no such page are left out.
 */
export function sameTopicElsewhere(
  topics: TopicsData,
  url: string,
  docId: string,
): { topic: TopicsData["topics"][number]; pages: TopicsData["pages"] }[] {
  const me = topics.pages.find((p) => p.url === url)!;
  return topics.topics
    .filter((t) => me.topics.includes(t.id))
    .map((t) => ({
      topic: t,
      pages: topics.pages
        .filter((p) => p.topics.includes(t.id) && p.url !== url && (p.doc !== docId || p.period !== me.period))
        .slice(0, 6),
    }))
    .filter((g) => g.pages.length);
}

/** The numbering of the parts above the section, as a citation names them (“Phần thứ nhất”, “I”): breadcrumbs below the document's. */
export const partsAbove = (data: PageFrontMatter): string[] => data.breadcrumbs.slice(2).map((b) => b.title.split(/ – |\. /)[0]!);

/**
 * The search filter “Thời kỳ” of a section: a yearly report or resolution is the yearly plan; an
 * action programme, Phần thứ hai and an appendix not about results are the 2025–2030 goals;
 * everything else is the 2020–2025 results.
 */
export function sectionPeriod(d: DocumentIndex, data: PageFrontMatter): string {
  const top = (data.breadcrumbs[2]?.title ?? data.title).toLowerCase();
  if (d.meta.kind === "bao-cao-kinh-te-xa-hoi" || d.meta.kind === "nghi-quyet") return "Kế hoạch năm";
  const goals =
    d.meta.kind === "chuong-trinh-hanh-dong" || top.startsWith("phần thứ hai") || (top.startsWith("phụ lục") && !top.includes("kết quả"));
  return goals ? "Mục tiêu 2025–2030" : "Kết quả 2020–2025";
}

/** The page's description: the section's own (its opening words), or its title and the document's. */
export const sectionDescription = (d: DocumentIndex, page: PageEntry, data: PageFrontMatter): string =>
  page.description || `${data.title} — ${d.meta.shortTitle}`;

/**
 * A section's title as its page is named: its heading, and, when another page of the document has
 * the same heading (“1. Lĩnh vực kinh tế” in both parts), the top part it is in: “(Phần thứ nhất)”.
 */
export function sectionTitle(d: DocumentIndex, page: DocumentIndex["pages"][number]): string {
  if (!d.pages.some((p) => p !== page && p.title === page.title)) return page.title;
  let top = page;
  for (let up = d.pages.find((x) => x.slug === top.parent); up; up = d.pages.find((x) => x.slug === top.parent)) top = up;
  return top === page || !top.numbering ? page.title : `${page.title} (${top.numbering.replace(/[.:]$/, "")})`;
}
