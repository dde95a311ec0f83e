/** The indicator explorer's view (src/lib/indicator-list.ts), on the real indicators. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { cellSources, indicatorList, indicatorListDescription, rowFilters, sortValue } from "../../src/lib/indicator-list.ts";
import { documents, indicatorData } from "../../src/lib/site.ts";

const shortTitle = (id: string) => documents().find((d) => d.meta.id === id)!.meta.shortTitle;
const list = () => indicatorList(indicatorData().indicators);
const row = (id: string, region: string) => list().rows.find((r) => r.indicator.id === id && r.region === region)!;

describe("the indicator explorer", () => {
  it("has a row per indicator and region, and offers the domains, regions and documents in the order of first use", () => {
    const l = list();
    expect(countByDocument(l.rows, (r) => r.region)).toMatchObject({ "hai-duong": 88, "hai-phong": 43, "hai-phong-moi": 35 });
    expect(l.domains).toEqual(["kinh-te", "xa-hoi", "moi-truong", "xay-dung-dang", "quoc-phong-an-ninh"]);
    expect(l.regions.slice(0, 3)).toEqual(["hai-duong", "hai-phong", "hai-phong-moi"]);
    expect(l.docs.slice(0, 5)).toEqual([
      "bcct-hai-duong-2025",
      "bcct-hai-phong-2025",
      "nq-hdnd-hai-duong-2023",
      "bc-kt-xh-hai-duong-2023",
      "ctr-nq30-hai-duong",
    ]);
  });

  it("tells the filters a row's verdict and its folded words", () => {
    expect(rowFilters(row("bac-si-tren-van-dan", "hai-duong"))).toEqual({ verdict: "vuot", search: "so bac si/1 van dan vuot" });
    expect(rowFilters(row("tang-truong-grdp", "hai-phong-moi"))).toEqual({
      verdict: "khong-co",
      search: "toc do tang tong san pham tren dia ban (grdp)",
    });
  });

  it("names a cell's source and the other documents' figures (doctors per 10,000 in 2025: 12,5 in the appendix, 13 in the text)", () => {
    const cell = row("bac-si-tren-van-dan", "hai-duong").cells.result;
    expect(cellSources({ ...cell, value: cell.value! }, shortTitle)).toEqual({
      title: "Nguồn: Báo cáo chính trị Hải Dương, dòng 905",
      othersTitle: "Báo cáo chính trị Hải Dương dòng 1324, Báo cáo chính trị Hải Dương dòng 99: 13",
      others: "13",
    });
  });

  it("sorts a cell by its number, the lower end of a range, or not at all for words", () => {
    const goal = row("tang-truong-grdp", "hai-phong-moi").cells.goal.value!;
    expect([goal.raw, sortValue(goal)]).toEqual(["14-14,5%/năm", 14]);
    expect(sortValue(row("bac-si-tren-van-dan", "hai-duong").cells.result.value!)).toBe(12.5);
    expect(sortValue({ ...goal, value: null, min: undefined, max: 3.5 })).toBe(3.5);
    expect(sortValue({ ...goal, value: null, min: undefined, max: undefined })).toBe("");
  });

  it("is described by its count of indicators", () => {
    expect(indicatorListDescription(indicatorData().indicators.length)).toBe(
      "111 chỉ tiêu của các báo cáo Hải Dương, Hải Phòng: mục tiêu 2025, kết quả 2025, đánh giá, mục tiêu 2030 " +
        "và định hướng 2035, lọc và sắp xếp được, mỗi số dẫn về dòng nguồn.",
    );
  });
});
