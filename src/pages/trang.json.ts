import { documents, indicatorData, topicsData } from "../lib/site.ts";
import { sectionTitle } from "../lib/section-page.ts";

/**
 * /trang.json: every page's address and title, for the 404 page's "nearest pages" (fetched only
 * there) and for anyone who wants the site's table of contents as data.
 */
export function GET(): Response {
  const pages = [
    ...documents().flatMap((d) => [
      { url: d.url, title: d.meta.shortTitle },
      ...d.pages.map((p) => ({ url: p.url, title: `${sectionTitle(d, p)} — ${d.meta.shortTitle}` })),
    ]),
    ...indicatorData().indicators.map((i) => ({ url: `/chi-tieu/${i.id}/`, title: i.name })),
    ...topicsData().topics.map((t) => ({ url: `/chu-de/${t.id}/`, title: t.name })),
    { url: "/chi-tieu/", title: "Chỉ tiêu" },
    { url: "/so-sanh/", title: "So sánh 2020–2025 với 2025–2030" },
    { url: "/chu-de/", title: "Chủ đề" },
    { url: "/van-ban/", title: "Văn bản được trích dẫn" },
    { url: "/thuat-ngu/", title: "Thuật ngữ và chữ viết tắt" },
    { url: "/du-lieu/", title: "Dữ liệu" },
  ];
  return new Response(`${JSON.stringify(pages)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
}
