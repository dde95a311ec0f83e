/** The about page's view (src/lib/about-page.ts), on the real documents, indicators and build checks. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { aboutPage, checkRow, fromTable, quoteLink, respelledUnits, suspiciousReasons } from "../../src/lib/about-page.ts";
import { display } from "../../src/lib/indicators.ts";
import { buildReport, documents, indicatorData, quote, verdictStatements } from "../../src/lib/site.ts";

const page = () => aboutPage(documents(), indicatorData().indicators, buildReport(), verdictStatements());

describe("the about page", () => {
  it("counts the values, those read from the appendix tables, and the values of each document", () => {
    const p = page();
    expect(Object.fromEntries(p.valuesByDoc.map((x) => [x.doc.meta.id, x.count]))).toMatchObject({
      "bcct-hai-duong-2025": 327,
      "bc-kt-xh-hai-duong-2023": 48,
      "ctr-nq30-hai-duong": 29,
      "nq-hdnd-hai-duong-2023": 22,
      "bcct-hai-phong-2025": 274,
    });
    // The totals are the sums of the documents' counts, whatever the documents.
    const values = indicatorData().indicators.flatMap((i) => i.values);
    expect(countByDocument(values.filter(fromTable), (v) => v.source.doc)).toMatchObject({
      "bcct-hai-duong-2025": 214,
      "bcct-hai-phong-2025": 189,
    });
    expect(
      countByDocument(
        values.filter((v) => !fromTable(v)),
        (v) => v.source.doc,
      ),
    ).toMatchObject({
      "bcct-hai-duong-2025": 113,
      "bc-kt-xh-hai-duong-2023": 48,
      "ctr-nq30-hai-duong": 29,
      "nq-hdnd-hai-duong-2023": 22,
      "bcct-hai-phong-2025": 85,
    });
    expect([p.values, p.fromTables, p.fromText]).toEqual([
      values.length,
      values.filter(fromTable).length,
      values.filter((v) => !fromTable(v)).length,
    ]);
    expect(fromTable(indicatorData().indicators[0]!.values[0]!)).toBe(true);
  });

  it("names the units written several ways, the values converted by a factor and the values of another measure", () => {
    const p = page();
    expect(p.respelled).toBe(22);
    expect(
      respelledUnits(indicatorData().indicators)
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual(["tang-truong-grdp", "tang-truong-nong-lam-thuy-san"]);
    expect(p.scaled.map(({ ind, v }) => [ind.id, display(v)])).toEqual([
      ["tong-von-dau-tu-toan-xa-hoi", "2,5 triệu tỷ đồng"],
      ["kim-ngach-xuat-khau", "9.801 triệu USD"],
      ["lao-dong-duoc-giai-quyet-viec-lam", "5,82 vạn lượt lao động/năm"],
      ["von-fdi-dang-ky", "20,2 tỷ USD"],
      ["von-fdi-dang-ky", "3,85 tỷ USD"],
    ]);
    expect(p.otherMeasure.map(({ ind, v }) => [ind.id, display(v)])).toEqual([
      ["thu-nhap-binh-quan-dau-nguoi", "1,6 lần"],
      ["thu-nhap-binh-quan-dau-nguoi", "7,32 triệu đồng/tháng"],
      ["thu-nhap-binh-quan-dau-nguoi", "1,41 lần"],
      ["xa-nong-thon-moi-kieu-mau", "09 xã"],
      ["xa-nong-thon-moi-kieu-mau", "36 xã"],
      ["xa-nong-thon-moi-kieu-mau", "32 xã"],
      // The 2030 goals at “mức độ II” (Phụ lục 2 and the text), against results at “mức độ I”.
      ["truong-dat-chuan-mam-non", "42%"],
      ["truong-dat-chuan-mam-non", "42%"],
      ["truong-dat-chuan-tieu-hoc", "32%"],
      ["truong-dat-chuan-tieu-hoc", "32%"],
      ["truong-dat-chuan-thcs", "47%"],
      ["truong-dat-chuan-thcs", "47%"],
      ["truong-dat-chuan-thpt", "39,3%"],
      ["truong-dat-chuan-thpt", "39,3%"],
      ["ty-le-ho-ngheo", "khoảng 1,5%/năm"],
      ["xa-nong-thon-moi-nang-cao", "59 xã"],
      ["xa-nong-thon-moi-nang-cao", "107 xã"],
      ["xa-nong-thon-moi-nang-cao", "75 xã"],
      ["ket-nap-dang-vien-nhiem-ky", "từ 2.200 đảng viên mới trở lên"],
      ["to-chuc-dang-doanh-nghiep-ngoai-nha-nuoc", "40 - 45 tổ chức đảng"],
      ["quy-mo-grdp", "1,86 lần"],
    ]);
  });

  it("counts the verdicts of the merged city's report, the disagreements and the goals of the merger", () => {
    const p = page();
    expect(p.review.meta.id).toBe("bcct-hai-phong-2025");
    expect(p.counts).toEqual([
      ["hai-phong", { dat: 7, vuot: 4, "khong-dat": 7, total: 18 }],
      ["hai-duong", { dat: 16, vuot: 1, "khong-dat": 2, total: 19 }],
    ]);
    expect([p.differences.length, p.superseded, p.mergedGoals]).toEqual([20, 14, 35]);
    expect([p.formerDocs, p.mergedCityDocs]).toEqual([4, "Báo cáo chính trị Hải Phòng"]);
  });

  it("shows the build's checks of each document, and where the sources have errors of their own", () => {
    const p = page();
    expect(p.checks.map((c) => [c.doc.meta.id, c.footnotes, c.tables])).toEqual([
      ["bcct-hai-duong-2025", "82/82", "41 × 9; 49 × 8"],
      ["bc-kt-xh-hai-duong-2023", "66/66", "không có"],
      ["ctr-nq30-hai-duong", "không có", "không có"],
      ["nq-hdnd-hai-duong-2023", "2/2", "không có"],
      ["bcct-hai-phong-2025", "85/85", "34 × 8; 41 × 9"],
    ]);
    expect(p.corrected.map((c) => [c.doc.meta.id, c.line, c.text])).toEqual([["bcct-hai-duong-2025", 301, "Nguyên nhân khách quan"]]);
    expect(p.repeated.map((r) => [r.doc.meta.id, r.line, r.of, r.text.slice(0, 23)])).toEqual([
      ["bcct-hai-phong-2025", 212, 210, "c biện pháp ứng phó với"],
    ]);
    expect([p.flagged.length, p.sourceErrors]).toEqual([9, 11]);
    expect(p.flagged.map((f) => `${f.doc.meta.id}:${f.line} ${suspiciousReasons[f.reason]}`).slice(6, 8)).toEqual([
      "bcct-hai-phong-2025:25 đoạn không có dấu kết thúc câu",
      "bcct-hai-phong-2025:328 đoạn không có dấu kết thúc câu",
    ]);
    expect(checkRow({ ...buildReport()[0]!, footnotes: 0, tables: [] })).toEqual({ footnotes: "không có", tables: "không có" });
  });

  it("links a quoted line by its document and line", () => {
    const q = quote("du-kien-dat");
    expect(quoteLink(q, documents())).toEqual({
      url: q.url,
      label: "Báo cáo chính trị Hải Phòng, dòng 23",
      quote: "17/19 chỉ tiêu dự kiến đạt và vượt",
    });
  });

  it("is described by its counts", () => {
    expect(page().description).toBe(
      "Nguồn của năm văn bản, cách dựng lại văn bản và trích 700 giá trị chỉ tiêu, " +
        "nghĩa của “ước”, cách đếm đạt và không đạt, " +
        "việc hợp nhất năm 2025, 20 chỗ các văn bản ghi khác nhau, và cách báo lỗi.",
    );
  });
});
