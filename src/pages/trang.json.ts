import { documents, indicatorData, topicsData } from "../lib/site.ts";
import type { DocumentIndex } from "../../scripts/model/generated.ts";

/**
 * /trang.json: every page's address and title, for the 404 page's "nearest pages" (fetched only
 * there) and for anyone who wants the site's table of contents as data.
 */
/** “ (Phần thứ hai)”: the top part a section is in, since titles repeat across parts. */
function partOf(d: DocumentIndex, page: DocumentIndex["pages"][number]): string {
  let top = page;
  for (let up = d.pages.find((x) => x.slug === top.parent); up; up = d.pages.find((x) => x.slug === top.parent)) top = up;
  return top === page || !top.numbering ? "" : ` (${top.numbering.replace(/[.:]$/, "")})`;
}

export function GET(): Response {
  const pages = [
    ...documents().flatMap((d) => [
      { url: d.url, title: d.meta.shortTitle },
      ...d.pages.map((p) => ({ url: p.url, title: `${p.title}${partOf(d, p)} — ${d.meta.shortTitle}` })),
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
