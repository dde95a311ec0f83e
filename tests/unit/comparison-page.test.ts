/** The comparison page's view (src/lib/comparison-page.ts), on the real indicators and verdict statements. */
import "../site-data.ts";
import { describe, expect, it } from "vitest";
import {
  changeWords,
  comparisonPage,
  implicationText,
  mergedColumns,
  neededText,
  paceShort,
  paceText,
} from "../../src/lib/comparison-page.ts";
import { metOutOf, reviewingDocument } from "../../src/lib/comparison.ts";
import { display } from "../../src/lib/indicators.ts";
import { indicatorData, verdictStatements } from "../../src/lib/site.ts";

const page = () => comparisonPage(indicatorData().indicators, reviewingDocument(verdictStatements()));

describe("the comparison page", () => {
  it("counts the verdicts of the merged city's report per former unit, Hải Phòng first, and per domain", () => {
    const p = page();
    expect(p.regions).toEqual(["hai-phong", "hai-duong"]);
    expect(p.counts.get("hai-phong")).toEqual({ dat: 7, vuot: 4, "khong-dat": 7, total: 18 });
    expect(p.counts.get("hai-duong")).toEqual({ dat: 16, vuot: 1, "khong-dat": 2, total: 19 });
    expect(p.regions.map((r) => metOutOf(p.counts.get(r)!))).toEqual(["11/18", "17/19"]);
    expect(p.byDomain.map((r) => [r.region, r.domains.map((d) => `${d.name} ${d.count.dat + d.count.vuot}/${d.count.total}`)])).toEqual([
      ["hai-phong", ["Kinh tế 3/10", "Xã hội 5/5", "Môi trường 3/3"]],
      ["hai-duong", ["Kinh tế 8/9", "Xã hội 7/8", "Môi trường 2/2"]],
    ]);
    expect(p.chart).toContain('aria-labelledby="bieu-do-danh-gia"');
  });

  it("lists each missed target with its new goal, whether it was raised, or the merged city's goal", () => {
    const missed = page().missed.map((c) => [
      c.indicator.id,
      c.region,
      c.goal && display(c.goal),
      c.change && changeWords[c.change],
      c.merged && display(c.merged),
    ]);
    expect(missed).toHaveLength(9);
    expect(missed.slice(0, 4)).toEqual([
      ["tang-truong-grdp", "hai-phong", undefined, undefined, "14-14,5%/năm"],
      ["grdp-binh-quan-dau-nguoi-usd", "hai-phong", undefined, undefined, "11.380 USD/người"],
      ["doanh-nghiep-thanh-lap-moi", "hai-duong", undefined, undefined, undefined],
      ["giuong-benh-tren-van-dan", "hai-duong", "40,5 Giường bệnh", "nâng lên", undefined],
    ]);
  });

  it("sets the merged city's goals beside the former units' 2025 results", () => {
    expect(mergedColumns().map((c) => c.title)).toEqual([
      "Hải Phòng (cũ), kết quả 2025",
      "Hải Dương (cũ), kết quả 2025",
      "Hải Phòng (mới), mục tiêu 2030",
    ]);
    const merged = page().merged.map((r) => [r.ind.id, ...r.values.map((v) => v && display(v))]);
    expect(merged).toHaveLength(35);
    expect(merged[0]).toEqual(["tang-truong-grdp", "11,39%", "9,8%", "14-14,5%/năm"]);
  });

  it("says what each 2030 goal asks of the 2025 result, by method, or why it is not computed", () => {
    const said = (id: string) => implicationText(page().withGoal.find((c) => c.indicator.id === id && c.region === "hai-duong")!);
    expect(page().withGoal).toHaveLength(37);
    expect(said("hdi")).toBe("cao hơn 0,034");
    expect(said("ty-trong-trong-grdp-nong-lam-thuy")).toBe("−2,6 điểm phần trăm trong 5 năm");
    expect(said("ty-trong-trong-grdp-cong-nghiep-xay")).toBe("+6 điểm phần trăm trong 5 năm");
    // The table says 12, the text “tối thiểu đạt 12%/năm”: one figure, a bound.
    expect(said("tang-truong-grdp")).toBe("bình quân 2026–2030 cao hơn bình quân 2021–2025 ít nhất 2,2 điểm phần trăm");
    expect(said("tang-truong-nong-lam-thuy-san")).toBe("bình quân 2026–2030 thấp hơn bình quân 2021–2025 1,53 điểm phần trăm");
    expect(said("grdp-binh-quan-dau-nguoi")).toBe("cần tăng bình quân 14,38%/năm trong 2025–2030");
    // A goal that is a bound asks at least so much.
    expect(said("bao-phu-bhyt")).toBe("ít nhất +4 điểm phần trăm trong 5 năm");
    expect(said("so-ho-ngheo-giam")).toBe("không tính được: mục tiêu “80% số hộ theo chuẩn nghèo mới” ghi bằng lời, không bằng số");
  });

  it("sets the yearly pace 2020–2025 achieved beside the pace the 2030 goal needs, and counts the goals that ask for more", () => {
    const rows = page().paces.map((p) => [
      p.indicator.id,
      p.region,
      p.baseline.raw,
      p.result.raw,
      p.goal.raw,
      paceText(p.achieved, p.method),
      neededText(p),
      paceShort[p.verdict],
    ]);
    expect(rows).toEqual([
      ["gia-tri-san-pham-tren-1-ha", "hai-duong", "167 triệu đồng", "218", "280", "+5,47%/năm", "+5,13%/năm", "nhịp chậm hơn vẫn đạt"],
      // Phụ lục 2 says 55, the text “trên 55%” (line 356): the statement with the bound is used.
      [
        "ty-le-do-thi-hoa",
        "hai-duong",
        "38,8%",
        "45",
        "trên 55%",
        "+1,24 điểm phần trăm/năm",
        "ít nhất +2 điểm phần trăm/năm",
        "cần nhanh hơn",
      ],
      [
        "ty-trong-lao-dong-phi-nong-nghiep",
        "hai-duong",
        "80,5%",
        "83,5%",
        "trên 86%",
        "+0,6 điểm phần trăm/năm",
        "ít nhất +0,5 điểm phần trăm/năm",
        "nhịp chậm hơn vẫn đạt",
      ],
    ]);
    expect(page().faster).toBe(1);
    // Each figure knows its line: 000 line 86 for the 2020 level of urbanisation.
    const urban = page().paces.find((p) => p.indicator.id === "ty-le-do-thi-hoa")!;
    expect([urban.baseline.source.doc, urban.baseline.source.line, urban.baseline.kind]).toEqual([
      "bcct-hai-duong-2025",
      86,
      "result-2020",
    ]);
  });
});
