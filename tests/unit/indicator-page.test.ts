/** The indicator page's view (src/lib/indicator-page.ts), on the real indicators. */
import "../site-data.ts";
import { describe, expect, it } from "vitest";
import { indicatorPage, keptAll, keyValuesText, periodOf, relatedSections, searchTerm } from "../../src/lib/indicator-page.ts";
import { display, regionRows } from "../../src/lib/indicators.ts";
import { indicatorData, pageTexts } from "../../src/lib/site.ts";

const indicator = (id: string) => indicatorData().indicators.find((i) => i.id === id)!;
const at = (v: { source: { doc: string; line: number } }) => `${v.source.doc}:${v.source.line}`;

describe("the indicator page", () => {
  it("GRDP growth: the documents in order of first use, the three periods, the merged city's goal superseding Hải Dương's", () => {
    const page = indicatorPage(indicator("tang-truong-grdp"));
    expect(page.domain).toBe("Kinh tế");
    expect(page.docs).toEqual([
      "bcct-hai-duong-2025",
      "bcct-hai-phong-2025",
      "nq-hdnd-hai-duong-2023",
      "bc-kt-xh-hai-duong-2023",
      "ctr-nq30-hai-duong",
    ]);
    expect(page.periods).toEqual(["Kết quả 2020–2025", "Mục tiêu 2025–2030", "Kế hoạch năm"]);
    expect(page.superseded?.id).toBe("hai-duong");
    expect(page.rows.map((r) => r.region)).toEqual(["hai-duong", "hai-phong", "hai-phong-moi"]);
    expect(page.chart?.drawn).toHaveLength(7);
    expect([page.conversions, page.otherMeasure]).toEqual([[], []]);
    // Inside one document: 004's table and its footnote 12 say 11,39, its footnote 73 says 11,8%/năm.
    expect(page.differences.map((d) => [d.region, d.kind, d.within, d.values.map((v) => `${v.raw} ${v.source.line}`)])).toEqual([
      ["hai-phong", "result-avg-2021-2025", "bcct-hai-phong-2025", ["11,39 847", "11,8%/năm 861", "11,39%/năm 136"]],
    ]);
    // Two figures, the first stated twice.
    expect(page.differences[0]!.figures.map((f) => [f.value.raw, f.statements.map((v) => v.source.line)])).toEqual([
      ["11,39", [847, 136]],
      ["11,8%/năm", [861]],
    ]);
  });

  it("writes the key values for the search results and the description, a region's 2025 result and 2030 goal, an average named as one", () => {
    const page = indicatorPage(indicator("tang-truong-grdp"));
    expect(page.keyValues).toBe(
      "Hải Dương (cũ): kết quả bình quân 2021–2025 9,8%, mục tiêu bình quân 2026–2030 12%; " +
        "Hải Phòng (cũ): kết quả bình quân 2021–2025 11,39%; Hải Phòng (mới): mục tiêu bình quân 2026–2030 14-14,5%/năm",
    );
    // A region with a goal and no result: the goal alone, with no stray separator.
    expect(page.description).toBe(
      "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP): Hải Dương (cũ) kết quả bình quân 2021–2025 9,8%, mục tiêu bình quân 2026–2030 12%; " +
        "Hải Phòng (cũ) kết quả bình quân 2021–2025 11,39%; Hải Phòng (mới) mục tiêu bình quân 2026–2030 14-14,5%/năm.",
    );
    // A five-year total is named as one, not as the level of 2030.
    expect(indicatorPage(indicator("tong-von-dau-tu-toan-xa-hoi")).keyValues).toContain(
      "Hải Phòng (mới): mục tiêu tổng cả giai đoạn 2026–2030 2,5 triệu tỷ đồng",
    );
  });

  it("leaves no separator dangling in any indicator's description (“Hải Phòng (mới) , mục tiêu …”, “Hải Dương (cũ) .”)", () => {
    const descriptions = indicatorData().indicators.map((i) => indicatorPage(i).description);
    expect(descriptions.filter((d) => /\s[,;.:]|[,;:]\s*[,;.]|\(\s|\s\)/.test(d))).toEqual([]);
    expect(descriptions.filter((d) => d.includes("Hải Phòng (mới) mục tiêu"))).toHaveLength(35);
  });

  it("counts the differing figures it keeps in words, as many as are listed", () => {
    expect([keptAll(2), keptAll(3)]).toEqual(["cả hai đều được giữ", "cả ba đều được giữ"]);
    const counts = indicatorData().indicators.flatMap((i) => indicatorPage(i).differences.map((d) => d.figures.length));
    expect([...new Set(counts)].sort()).toEqual([2, 3]);
  });

  it("says “xem trang” for a region with neither a 2025 result nor a 2030 goal (poverty rate: Hải Dương has plans only)", () => {
    const ind = indicator("ty-le-ho-ngheo");
    expect(keyValuesText(regionRows(ind))).toBe("Hải Phòng (cũ): kết quả 2025 0%; Hải Dương (cũ): xem trang");
    expect(indicatorPage(ind).description).toBe("Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều): Hải Phòng (cũ) kết quả 2025 0%.");
  });

  it("names a value of another measure (a yearly fall of the poverty rate) and a value converted into the unit (2,5 triệu tỷ đồng)", () => {
    expect(indicatorPage(indicator("ty-le-ho-ngheo")).otherMeasure.map((v) => [v.region, v.kind, display(v), v.unit])).toEqual([
      ["hai-duong", "target-2030-prev", "khoảng 1,5%/năm", "%/năm"],
    ]);
    expect(indicatorPage(indicator("tong-von-dau-tu-toan-xa-hoi")).conversions.map(display)).toEqual(["2,5 triệu tỷ đồng"]);
  });

  it("lists where the documents disagree (doctors per 10,000: the appendix and the text of 000, and 004)", () => {
    const page = indicatorPage(indicator("bac-si-tren-van-dan"));
    expect(page.differences.map((d) => [d.region, d.kind, d.values.map((v) => `${display(v)} @ ${at(v)}`)])).toEqual([
      [
        "hai-duong",
        "result-2025",
        [
          "12,5 Bác sĩ @ bcct-hai-duong-2025:905",
          "13 Bác sĩ @ bcct-hai-duong-2025:1324",
          "12,5 Bác sĩ @ bcct-hai-phong-2025:945",
          "13 bác sĩ/vạn dân @ bcct-hai-duong-2025:99",
        ],
      ],
      ["hai-duong", "goal-2030", ["19 Bác sĩ @ bcct-hai-duong-2025:1326", "15 bác sĩ/vạn dân @ bcct-hai-duong-2025:360"]],
      ["hai-duong", "orientation-2035", ["25 Bác sĩ @ bcct-hai-duong-2025:1328", "19 bác sĩ/vạn dân @ bcct-hai-duong-2025:360"]],
    ]);
    // 000 disagrees with itself (Phụ lục 1 against Phụ lục 2 and the text); 004 copies Phụ lục 1.
    expect(page.differences.map((d) => d.within)).toEqual(["bcct-hai-duong-2025", "bcct-hai-duong-2025", "bcct-hai-duong-2025"]);
    expect(page.differences[0]!.figures.map((f) => [display(f.value), f.statements.map(at)])).toEqual([
      ["12,5 Bác sĩ", ["bcct-hai-duong-2025:905", "bcct-hai-phong-2025:945"]],
      ["13 Bác sĩ", ["bcct-hai-duong-2025:1324", "bcct-hai-duong-2025:99"]],
    ]);
    expect(page.superseded).toBeUndefined();
  });

  it("does not take a figure and its rounding, or a number and a level in words, for a disagreement", () => {
    expect(indicatorPage(indicator("von-fdi-dang-ky")).differences.map((d) => [d.kind, d.figures.map((f) => f.value.raw)])).toEqual([
      ["result-2023", ["1 tỷ 136 triệu USD", "1.310,5 triệu USD"]],
    ]);
    // “Mức độ I” (Phụ lục 2) is a level, 85,86% and 88,2% are shares: only the shares disagree.
    expect(indicatorPage(indicator("truong-dat-chuan-quoc-gia")).differences.map((d) => d.figures.map((f) => f.value.raw))).toEqual([
      ["85,86%", "88,2%"],
    ]);
    // “36 xã” and “32 xã” are compared with each other, not with 20,2%.
    expect(indicatorPage(indicator("xa-nong-thon-moi-kieu-mau")).differences.map((d) => d.figures.map((f) => f.value.raw))).toEqual([
      ["36 xã", "32 xã"],
    ]);
    // “giảm 80%” and “80% số hộ theo chuẩn nghèo mới” state the same figure.
    expect(indicatorPage(indicator("so-ho-ngheo-giam")).differences).toEqual([]);
  });

  it("sums up a region with its five-year total beside its 2025 level, and a region with a total only", () => {
    const said = (id: string) =>
      indicatorPage(indicator(id)).summary.map((r) => [r.region, r.values.map((v) => `${v.kind} ${v.raw} ${v.source.line}`)]);
    // Hải Phòng: the 2025 revenue of Phụ lục 1 and the 2021–2025 total (004 line 117); Hải Dương: its total (000 line 67), its only result.
    expect(said("thu-ngan-sach-nha-nuoc")).toEqual([
      [
        "hai-phong",
        ["target-2025 145.000 858", "result-2025 118.079,28 858", "status Không đạt 858", "total-2021-2025 543.600,86 tỷ đồng 117"],
      ],
      ["hai-phong-moi", ["goal-2030 245.500 tỷ đồng 494"]],
      ["hai-duong", ["total-2021-2025 125.994 tỷ đồng 67"]],
    ]);
  });

  it("has no chart when fewer than two key values are numbers in the unit", () => {
    expect(indicatorPage(indicator("thu-ngan-sach-noi-dia-so-du-toan")).chart).toBeNull();
  });
});

describe("the search filter “Thời kỳ” of a value", () => {
  it("is the yearly plan, the 2025–2030 goals or the 2020–2025 results", () => {
    const kinds = ["result-2023", "plan-2024", "goal-2030", "goal-avg-2026-2030", "orientation-2035", "target-2025", "status"] as const;
    expect(kinds.map((k) => `${k}: ${periodOf(k)}`)).toEqual([
      "result-2023: Kế hoạch năm",
      "plan-2024: Kế hoạch năm",
      "goal-2030: Mục tiêu 2025–2030",
      "goal-avg-2026-2030: Mục tiêu 2025–2030",
      "orientation-2035: Mục tiêu 2025–2030",
      "target-2025: Kết quả 2020–2025",
      "status: Kết quả 2020–2025",
    ]);
  });
});

describe("the reading pages that talk about an indicator", () => {
  it("are found by the abbreviation in its name, or by the first five words of its name", () => {
    expect(searchTerm(indicator("tang-truong-grdp"))).toBe("grdp");
    expect(searchTerm(indicator("grdp-binh-quan-dau-nguoi"))).toBe("grdp binh quan dau nguoi");
    expect(searchTerm(indicator("bac-si-tren-van-dan"))).toBe("so bac si/1 van dan");
    expect(searchTerm(indicator("chi-so-san-xuat-cong-nghiep-iip"))).toBe("iip");
  });

  it("are at most twelve, in the order of the documents", () => {
    const grdp = relatedSections(indicator("tang-truong-grdp"), pageTexts());
    expect(grdp).toHaveLength(12);
    expect(grdp.every((p) => p.folded.includes("grdp"))).toBe(true);
    // “Số bác sĩ/1 vạn dân” is written so only in the appendix tables.
    expect(relatedSections(indicator("bac-si-tren-van-dan"), pageTexts()).map((p) => p.url)).toEqual([
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/",
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-2-muc-tieu-chu-yeu-nhiem-ky/",
      "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/phu-luc-1-ket-qua-thuc-hien-cac-chi/",
    ]);
  });
});
