/** The home page's view (src/lib/home-page.ts), on the real documents, indicators and verdict statements. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { reviewingDocument } from "../../src/lib/comparison.ts";
import { homeDescription, homePage, verdictBar } from "../../src/lib/home-page.ts";
import { display } from "../../src/lib/indicators.ts";
import { documents, indicatorData, settings, verdictStatements } from "../../src/lib/site.ts";

const page = () =>
  homePage(documents(), indicatorData().indicators, verdictStatements(), reviewingDocument(verdictStatements()), settings().headlineGoals);

describe("the home page", () => {
  it("counts each former unit's verdicts, with the documents' own words on them", () => {
    const [hp, hd] = page().regions;
    expect([hp!.region, `${hp!.count.dat + hp!.count.vuot}/${hp!.count.total}`]).toEqual(["hai-phong", "11/18"]);
    expect(hp!.said.map((s) => s.quote)).toEqual(["Thành phố Hải Phòng có 11/18 chỉ tiêu dự kiến đạt và vượt"]);
    expect([hd!.region, `${hd!.count.dat + hd!.count.vuot}/${hd!.count.total}`]).toEqual(["hai-duong", "17/19"]);
    expect(hd!.said.map((s) => s.quote)).toEqual([
      "Tỉnh Hải Dương có 17/19 chỉ tiêu dự kiến đạt và vượt",
      "Thực hiện đạt và vượt 17/19 chỉ tiêu Nghị quyết Đại hội đề ra",
    ]);
  });

  it("draws a bar per former unit, its counts said in the bar's title", () => {
    const bar = verdictBar("hai-phong", { dat: 7, vuot: 4, "khong-dat": 7, total: 18 });
    expect(bar).toMatch(/^<div class="verdict-chart verdict-chart-compact"><svg class="verdict-bar"/);
    expect(bar).toContain('<title id="bieu-do-ket-qua--hai-phong">Hải Phòng (cũ): 4 vượt, 7 đạt, 7 không đạt</title>');
    expect(page().regions[0]!.bar).toBe(bar);
  });

  it("sets the headline goals of content/home.yml beside the former units' results", () => {
    const goals = page().goals.map((g) => [g.ind.id, g.bars.map((b) => `${b.label}: ${display(b.value)}`), g.differs]);
    expect(goals[0]).toEqual([
      "tang-truong-grdp",
      [
        "Hải Phòng (cũ) · Kết quả bình quân 2021–2025, ước: 11,39%",
        "Hải Dương (cũ) · Kết quả bình quân 2021–2025, ước: 9,8%",
        "Hải Phòng (mới) · Mục tiêu bình quân 2026–2030: 14-14,5%/năm",
      ],
      // 004's table says 11,39, its footnote 73 says 11,8%/năm: the home page marks it.
      true,
    ]);
    expect(goals.map((g) => g[0])).toEqual(settings().headlineGoals);
  });

  it("counts the merged city's goals, the values and the reading pages", () => {
    const p = page();
    expect(p.mergedGoals).toBe(35);
    const docs = documents();
    expect(Object.fromEntries(docs.map((d) => [d.meta.id, d.pages.length]))).toMatchObject({
      "bcct-hai-duong-2025": 26,
      "bc-kt-xh-hai-duong-2023": 20,
      "ctr-nq30-hai-duong": 15,
      "nq-hdnd-hai-duong-2023": 6,
      "bcct-hai-phong-2025": 30,
    });
    expect(p.pageCount).toBe(docs.reduce((n, d) => n + d.pages.length, 0));
    const values = indicatorData().indicators.flatMap((i) => i.values);
    expect(countByDocument(values, (v) => v.source.doc)).toMatchObject({
      "bcct-hai-duong-2025": 327,
      "bc-kt-xh-hai-duong-2023": 48,
      "ctr-nq30-hai-duong": 29,
      "nq-hdnd-hai-duong-2023": 22,
      "bcct-hai-phong-2025": 274,
    });
    expect(p.valueCount).toBe(values.length);
  });

  it("describes the site by the documents and the former units' met targets", () => {
    expect(page().description).toBe(
      "Đọc nguyên văn năm báo cáo của Hải Dương và Hải Phòng; Hải Phòng (cũ) dự kiến đạt và vượt 11/18 chỉ tiêu 2020–2025, " +
        "Hải Dương (cũ) dự kiến đạt và vượt 17/19 chỉ tiêu 2020–2025; " +
        "mục tiêu 2030 của thành phố mới, mỗi con số dẫn về dòng nguồn.",
    );
    // With no region counted, nothing is said between the documents and the goals.
    expect(homeDescription(2, [], new Map()).split("; ")).toEqual([
      "Đọc nguyên văn hai báo cáo của Hải Dương và Hải Phòng",
      "",
      "mục tiêu 2030 của thành phố mới, mỗi con số dẫn về dòng nguồn.",
    ]);
  });
});
