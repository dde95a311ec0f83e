import { describe, expect, it } from "vitest";
import { documentMap, joinRelations, mapOf, rowCentre } from "../../src/lib/doc-map.ts";
import { keepTogether } from "../../src/lib/keep-together.ts";
import type { CitedDocument, DocumentIndex } from "../../scripts/model/generated.ts";

/** Two documents as the metadata has them: 000 is reviewed in 004 and its goals are replaced by 004's (content/sources/sources.yml, lines 30–31). */
const doc = (id: string, shortTitle: string, url: string, relations: DocumentIndex["relations"] = []) =>
  ({ meta: { id, shortTitle }, url, relations }) as unknown as DocumentIndex;
const D000 = doc("bcct-hai-duong-2025", "Báo cáo chính trị Hải Dương", "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/", [
  { label: "được đánh giá lại trong", title: "Báo cáo chính trị Hải Phòng", url: "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/" },
  { label: "có mục tiêu được thay thế bởi", title: "Báo cáo chính trị Hải Phòng", url: "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/" },
]);
const D004 = doc("bcct-hai-phong-2025", "Báo cáo chính trị Hải Phòng", "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/");
const entry = (key: string, kind: string, slug: string, places: number, related: string[] = []) =>
  ({
    key,
    kind,
    slug,
    related: related.map((title) => ({ title, url: "", relation: "" })),
    places: Array.from({ length: places }, (_, i) => ({ doc: "bcct-hai-duong-2025", line: i + 1, url: "" })),
  }) as CitedDocument;

describe("what the document map shows", () => {
  it("names what this document is to each other one, both relations joined", () => {
    const { others } = mapOf(D000, [D000, D004], []);
    expect(others).toEqual([
      {
        label: "Báo cáo chính trị Hải Phòng",
        url: "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/",
        edge: "được đánh giá lại trong và có mục tiêu được thay thế bởi",
      },
    ]);
  });

  it("lists the cited documents most cited first, then by number, at most 12, and says how many there are", () => {
    const register = [
      entry("18-NQ/TW", "Nghị quyết", "18-nq-tw", 2),
      entry("30-NQ/TW", "Nghị quyết", "30-nq-tw", 6, ["Báo cáo chính trị Hải Dương"]),
      entry("06-NQ/TU", "Nghị quyết", "06-nq-tu", 2),
      ...Array.from({ length: 11 }, (_, i) => entry(`${i + 10}/QĐ`, "Quyết định", `${i + 10}-qd`, 1)),
    ];
    const { shown, cited, titles } = mapOf(D000, [D000], register);
    expect(shown.slice(0, 3)).toEqual([
      { label: "Nghị quyết 30-NQ/TW", note: "6 lần", url: "/van-ban/#30-nq-tw", edge: "thực hiện" },
      { label: "Nghị quyết 06-NQ/TU", note: "2 lần", url: "/van-ban/#06-nq-tu" },
      { label: "Nghị quyết 18-NQ/TW", note: "2 lần", url: "/van-ban/#18-nq-tw" },
    ]);
    expect([shown.length, cited.length]).toEqual([12, 14]);
    expect(titles).toEqual({ others: "0 tài liệu còn lại", cited: "12 trong 14 văn bản được trích dẫn" });
  });
});

describe("relations to one document", () => {
  it("are one phrase, a last word they share said once (004 to 000: reviews its results and replaces its goals)", () => {
    const labels = ["đánh giá lại kết quả của", "thay thế mục tiêu của"];
    expect(joinRelations(labels)).toBe("đánh giá lại kết quả và thay thế mục tiêu của");
    expect(joinRelations(["được đánh giá lại trong", "có mục tiêu được thay thế bởi"])).toBe(
      "được đánh giá lại trong và có mục tiêu được thay thế bởi",
    );
    expect(joinRelations(["tán thành"])).toBe("tán thành");
    expect(joinRelations([])).toBeUndefined();
  });
});

describe("the document map", () => {
  const html = documentMap(
    "Chương trình hành động NQ 30-NQ/TW",
    [
      { label: "Báo cáo chính trị Hải Dương", url: "/a/" },
      { label: "Báo cáo KT-XH Hải Dương 2023", url: "/b/", edge: "thực hiện" },
    ],
    [],
    "m",
  );

  it("ends each curve at the middle of its item: item i of n at (i + ½)/n of the height", () => {
    expect([0, 1].map((i) => rowCentre(i, 2))).toEqual([250, 750]);
    expect([...html.matchAll(/<path d="M([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([
      [0, 250],
      [0, 750],
    ]);
  });

  it("writes a relation over the name and a hidden copy under it, so the name stays at the middle", () => {
    expect(html).toContain(
      '<li class="map-related"><span class="map-edge">thực hiện</span>' +
        '<span class="map-name"><a href="/b/">Báo cáo <span class="nobr">KT-XH</span> <span class="nobr">Hải Dương</span> 2023</a></span>' +
        '<span class="map-edge map-edge-twin" aria-hidden="true">thực hiện</span></li>',
    );
    expect(html).toContain('<p class="map-col map-cited map-none">Không trích dẫn văn bản nào.</p>');
  });
});

describe("words kept on one line", () => {
  it("keeps document numbers, year ranges, place names and counts together, and escapes the rest", () => {
    expect(keepTogether("Chương trình hành động NQ 30-NQ/TW")).toBe('Chương trình hành động NQ <span class="nobr">30-NQ/TW</span>');
    expect(keepTogether("Kết quả bình quân 2021–2025, ước")).toBe('Kết quả bình quân <span class="nobr">2021–2025</span>, ước');
    expect(keepTogether("Nghị quyết 226/2025/QH15 6 lần")).toBe(
      'Nghị quyết <span class="nobr">226/2025/QH15</span> <span class="nobr">6 lần</span>',
    );
    expect(keepTogether("Số: /CTr-UBND")).toBe('Số: <span class="nobr">/CTr-UBND</span>');
    expect(keepTogether("Hải Phòng <mới>")).toBe('<span class="nobr">Hải Phòng</span> &lt;mới&gt;');
  });
});
