import { mkdtempSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { buildData } from "../../scripts/build.ts";
import { projectData } from "../project-data.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";
import type { IndicatorData } from "../../scripts/model/indicators.ts";

const ROOT = join(import.meta.dirname, "../..");
const out = projectData();
const data = JSON.parse(readFileSync(join(out, "du-lieu/chi-tieu.json"), "utf8")) as IndicatorData;
const values = (id: string) => data.indicators.find((i) => i.id === id)!.values;
const one = (id: string, region: string, kind: string, doc?: string) =>
  values(id).filter((v) => v.region === region && v.kind === kind && (!doc || v.source.doc === doc));

describe("indicator data from the appendix tables", () => {
  it("extracts every row of the four tables that holds a value (group rows such as “A. Chỉ tiêu kinh tế” hold none)", () => {
    const rowsOf = (doc: string, tableAnchor: RegExp) =>
      new Set(
        data.indicators
          .flatMap((i) => i.values)
          .filter((v) => v.source.doc === doc && tableAnchor.test(v.source.url))
          .map((v) => v.source.url),
      ).size;
    expect(rowsOf("bcct-hai-duong-2025", /phu-luc-1-.*-bang1-d\d+$/)).toBe(40);
    expect(rowsOf("bcct-hai-duong-2025", /phu-luc-2-.*-bang1-d\d+$/)).toBe(46);
    expect(rowsOf("bcct-hai-phong-2025", /#phu-luc-1-1-1-1-.*-bang1-d\d+$/)).toBe(31);
    expect(rowsOf("bcct-hai-phong-2025", /#phu-luc-1-2-2-1-.*-bang1-d\d+$/)).toBe(40);
    const fromTables = data.indicators.flatMap((i) => i.values).filter((v) => /-bang\d+-d\d+$/.test(v.source.url));
    expect(countByDocument(fromTables, (v) => v.source.doc)).toMatchObject({ "bcct-hai-duong-2025": 214, "bcct-hai-phong-2025": 189 });
  });

  it("keeps each value's raw text and parses a number only where there is exactly one (a number with its period in brackets is one)", () => {
    expect(one("tang-truong-grdp", "hai-phong", "target-avg-2021-2025")).toMatchObject([
      { raw: "14,5%/năm", value: 14.5, unit: "%", source: { line: 847 } },
      // Footnote 73 restates the target in its own words.
      { raw: "14,5%/năm", value: 14.5, unit: "%/năm", source: { line: 861 } },
    ]);
    expect(one("so-ho-ngheo-giam", "hai-duong", "target-2025", "bcct-hai-duong-2025")).toMatchObject([{ raw: "giảm 4/5", value: null }]);
    expect(one("dich-vu-cong-truc-tuyen-toan-trinh", "hai-duong", "result-2025", "bcct-hai-duong-2025")).toMatchObject([
      { raw: "335/961 (35%)", value: null, source: { line: 967 } },
    ]);
    expect(one("tong-von-dau-tu-toan-xa-hoi", "hai-phong", "target-2025")).toMatchObject([
      { raw: "1.200.000 (giai đoạn 2021-2025)", value: 1200000 },
    ]);
    expect(one("that-nghiep-thanh-thi", "hai-phong", "result-2025")).toEqual([
      expect.objectContaining({ raw: "< 3,5", value: null, bound: "below", max: 3.5 }),
      // Footnote 58 restates it in words.
      expect.objectContaining({ raw: "dưới 3,5%", value: null, bound: "below", max: 3.5, source: expect.objectContaining({ line: 294 }) }),
    ]);
    expect(one("bao-phu-bhyt", "hai-duong", "target-2030-prev", "bcct-hai-duong-2025")).toEqual([
      expect.objectContaining({ raw: ">99", value: null, bound: "above", min: 99 }),
    ]);
    expect(one("lao-dong-qua-dao-tao", "hai-phong", "result-2025")).toEqual([
      expect.objectContaining({ raw: "87-88", value: null, min: 87, max: 88 }),
    ]);
    expect(one("grdp-binh-quan-dau-nguoi-usd", "hai-phong", "result-2025")).toMatchObject([
      { raw: "9.486", value: 9486, unit: "USD/người", label: "GRDP bình quân đầu người (theo giá hiện hành)" },
    ]);
    expect(one("thu-ngan-sach-nha-nuoc", "hai-phong", "result-2025")).toMatchObject([{ raw: "118.079,28", value: 118079.28 }]);
  });

  it("links every value to the row anchor of its table and the line of its own cell", () => {
    const [v] = one("grdp-binh-quan-dau-nguoi-usd", "hai-duong", "result-2025", "bcct-hai-duong-2025");
    expect(v!.source).toEqual({
      doc: "bcct-hai-duong-2025",
      line: 629,
      url: "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/#phu-luc-1-ket-qua-thuc-hien-cac-bang1-d6",
    });
    const page = readFileSync(join(out, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi.md"), "utf8");
    expect(page).toMatch(/"id": "phu-luc-1-ket-qua-thuc-hien-cac-bang1-d6",\s+"line": 623,/);
  });

  it("keeps both figures where two tables disagree (doctors per 10,000, Hải Dương 2025)", () => {
    const results = one("bac-si-tren-van-dan", "hai-duong", "result-2025", "bcct-hai-duong-2025").map((v) => [v.raw, v.source.line]);
    expect(results).toEqual([
      ["12,5", 905],
      ["13", 1324],
      // and the text of Phần thứ nhất (2.2), as Phụ lục 2 has it.
      ["13 bác sĩ/vạn dân", 99],
    ]);
  });

  it("validates against the published JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(out, "du-lieu/chi-tieu.schema.json"), "utf8"));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, schema: 2 })).toBe(false);
  });

  it("writes one CSV row per value with the same fields", () => {
    const csv = readFileSync(join(out, "du-lieu/chi-tieu.csv"), "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFindicator_id,indicator_name,domain,indicator_url," +
        "region,kind,label,unit,raw,value,min,max,bound," +
        "source_doc,source_line,source_url," +
        "indicator_unit,scale,matched",
    );
    expect(lines).toHaveLength(1 + data.indicators.reduce((n, i) => n + i.values.length, 0) + data.candidates.length);
    expect(lines).toContain(
      "that-nghiep-thanh-thi,Tỷ lệ thất nghiệp khu vực thành thị,xa-hoi,/chi-tieu/that-nghiep-thanh-thi/," +
        'hai-phong,result-2025,Tỷ lệ thất nghiệp khu vực thành thị,%,"< 3,5",,,3.5,below,' +
        "bcct-hai-phong-2025,873," +
        "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/phu-luc-1-ket-qua-thuc-hien-cac-chi/#phu-luc-1-1-1-1-cac-chi-tieu-kinh-te-xa-bang1-d22," +
        "%,1,yes",
    );
    expect(lines.find((l) => l.startsWith("tong-von-dau-tu-toan-xa-hoi,") && l.includes("hai-phong-moi,goal-total-2026-2030"))).toMatch(
      /,"2,5 triệu tỷ đồng",2\.5,,,,bcct-hai-phong-2025,496,[^,]+,tỷ đồng,1000000,yes$/,
    );
  });
});

describe("units: one scale per indicator, whatever the spelling", () => {
  it("gives a value in another spelling of the indicator's unit the scale 1, and a multiple its factor", () => {
    expect(one("grdp-binh-quan-dau-nguoi", "hai-duong", "goal-2030")).toMatchObject([
      { raw: "240", unit: "Tr.đồng", scale: 1 },
      { raw: "240 triệu đồng", unit: "triệu đồng", scale: 1 },
    ]);
    expect(one("bac-si-tren-van-dan", "hai-duong", "plan-2024")).toMatchObject([
      { unit: "bác sĩ/ 01 vạn dân", scale: 1 },
      { unit: "bác sĩ/ 01 vạn dân", scale: 1 },
    ]);
    expect(one("tang-truong-grdp", "hai-phong-moi", "goal-avg-2026-2030")).toMatchObject([
      { raw: "14-14,5%/năm", unit: "%/năm", min: 14, max: 14.5, scale: 1 },
    ]);
    expect(one("tong-von-dau-tu-toan-xa-hoi", "hai-phong-moi", "goal-total-2026-2030")).toMatchObject([
      { raw: "2,5 triệu tỷ đồng", value: 2.5, scale: 1_000_000 },
    ]);
    expect(one("tong-von-dau-tu-toan-xa-hoi", "hai-phong", "result-2025")).toMatchObject([
      { raw: "981.260 (giai đoạn 2021-2025)", value: 981260, unit: "Tỷ đồng", scale: 1 },
    ]);
    expect(data.indicators.find((i) => i.id === "tong-von-dau-tu-toan-xa-hoi")!.unit).toBe("tỷ đồng");
  });
  it("gives no scale to a value of another measure, a verdict, or words", () => {
    expect(one("ty-le-ho-ngheo", "hai-duong", "target-2030-prev")[0]).not.toHaveProperty("scale");
    expect(one("ty-le-ho-ngheo", "hai-duong", "target-2030-prev")[0]).toMatchObject({ raw: "khoảng 1,5%/năm", unit: "%/năm" });
    expect(one("tang-truong-grdp", "hai-duong", "status")[0]).not.toHaveProperty("scale");
    expect(one("so-ho-ngheo-giam", "hai-duong", "target-2025")[0]).not.toHaveProperty("scale");
    const all = data.indicators.flatMap((i) => i.values);
    expect(
      countByDocument(
        all.filter((v) => v.scale !== undefined),
        (v) => v.source.doc,
      ),
    ).toMatchObject({
      "bcct-hai-duong-2025": 290,
      "bcct-hai-phong-2025": 220,
      "nq-hdnd-hai-duong-2023": 22,
      "bc-kt-xh-hai-duong-2023": 46,
      "ctr-nq30-hai-duong": 27,
    });
    expect(
      all.filter((v) => v.kind !== "status" && v.scale === undefined && (v.value ?? v.min ?? v.max) !== undefined).map((v) => v.raw),
    ).toEqual([
      "1,6 lần",
      "7,32 triệu đồng/tháng",
      "1,41 lần",
      "09 xã",
      "36 xã",
      "32 xã",
      "42",
      "42%",
      "32",
      "32%",
      "47",
      "47%",
      "39,3",
      "39,3%",
      "khoảng 1,5%/năm",
      "59 xã",
      "107 xã",
      "75 xã",
      "từ 2.200 đảng viên mới trở lên",
      "40 - 45 tổ chức đảng",
      "1,86 lần",
    ]);
  });
});

describe("indicator values stated in sentences", () => {
  it("reads every item of the declared lists: 000's 18 goals, 004's II.3 a and b, the 2024 targets of 003 and 001, 002's targets to 2030", () => {
    const prose = data.indicators.flatMap((i) => i.values).filter((v) => !/-bang\d+-d\d+$/.test(v.source.url));
    const count = (doc: string, kinds: string[]) => prose.filter((v) => v.source.doc === doc && kinds.includes(v.kind)).length;
    expect(count("bcct-hai-duong-2025", ["goal-2030", "goal-avg-2026-2030", "orientation-2035"])).toBe(48);
    expect(count("bcct-hai-phong-2025", ["goal-2030", "goal-avg-2026-2030", "goal-total-2026-2030"])).toBe(35);
    expect(count("nq-hdnd-hai-duong-2023", ["plan-2024"])).toBe(19);
    expect(count("bc-kt-xh-hai-duong-2023", ["plan-2024"])).toBe(19);
    expect(count("ctr-nq30-hai-duong", ["target-2030-prev"])).toBe(29);
    // 15 in Phụ lục 1's lists, footnote 12's growth, footnote 73's two figures, and 24 of Phần thứ nhất.
    expect(count("bcct-hai-phong-2025", ["target-2025", "target-avg-2021-2025", "result-2025", "result-avg-2021-2025", "status"])).toBe(43);
    const indicatorsOf = (doc: string) => data.indicators.filter((i) => i.values.some((v) => v.source.doc === doc)).length;
    expect(
      ["bcct-hai-duong-2025", "bcct-hai-phong-2025", "nq-hdnd-hai-duong-2023", "bc-kt-xh-hai-duong-2023", "ctr-nq30-hai-duong"].map(
        indicatorsOf,
      ),
    ).toEqual([72, 83, 21, 37, 29]);
    expect(countByDocument(prose, (v) => v.source.doc)).toMatchObject({
      "bcct-hai-duong-2025": 113,
      "bc-kt-xh-hai-duong-2023": 48,
      "ctr-nq30-hai-duong": 29,
      "nq-hdnd-hai-duong-2023": 22,
      "bcct-hai-phong-2025": 85,
    });
  });

  it("reads the 2023 results that 001 states in its paragraphs and footnotes, a reference mark glued to one of them", () => {
    const results = data.indicators.flatMap((i) =>
      i.values.filter((v) => v.kind === "result-2023").map((v) => [i.id, v.raw, v.source.line, v.source.doc]),
    );
    expect(results.filter((r) => r[3] === "bc-kt-xh-hai-duong-2023").map((r) => r.slice(0, 3))).toEqual([
      ["tang-truong-grdp", "8,16%", 36],
      ["ty-trong-trong-grdp-nong-lam-thuy", "8,8%", 40],
      ["ty-trong-trong-grdp-cong-nghiep-xay", "61,8%", 40],
      ["ty-trong-trong-grdp-dich-vu", "29,4%", 40],
      ["lao-dong-tham-gia-bhxh", "45%", 548],
      ["doanh-nghiep-thanh-lap-moi", "15%", 229],
      ["gia-tri-san-pham-tren-1-ha", "198,6 triệu đồng/ha", 46],
      ["xa-nong-thon-moi-kieu-mau", "09 xã", 325],
      ["ty-le-do-thi-hoa", "40,7%", 320],
      ["giuong-benh-tren-van-dan", "32 giường", 292],
      ["giuong-benh-tren-van-dan", "32 giường bệnh/ 1 vạn dân", 441],
      ["bac-si-tren-van-dan", "9,7 bác sĩ/ 1 vạn dân", 442],
      ["chi-so-san-xuat-cong-nghiep-iip", "8,3%", 85],
      ["thu-ngan-sach-nha-nuoc", "21 nghìn 069 tỷ đồng", 143],
      ["thu-ngan-sach-noi-dia-hai-phong", "18 nghìn 200 tỷ đồng", 145],
      ["tong-von-dau-tu-toan-xa-hoi", "60 nghìn 955 tỷ đồng", 186],
      ["kim-ngach-xuat-khau", "9.801 triệu USD", 126],
      ["thu-hut-khach-du-lich", "trên 1,8 triệu lượt khách", 137],
      ["ty-le-ho-ngheo", "1,37%", 587],
      ["so-doanh-nghiep-thanh-lap-moi-hang-nam", "1.805 doanh nghiệp", 229],
      ["xa-nong-thon-moi-nang-cao", "59 xã", 325],
      ["von-dau-tu-so-voi-grdp", "33,1%", 187],
      ["quy-mo-grdp", "184 nghìn 123 tỷ đồng", 27],
      ["gia-tri-san-xuat-nong-lam-thuy-san", "22 nghìn 542 tỷ đồng", 45],
      ["gia-tri-san-xuat-cong-nghiep", "336 nghìn 351 tỷ đồng", 83],
      ["gia-tri-san-xuat-dich-vu", "50 nghìn 240 tỷ đồng", 113],
      ["tong-muc-ban-le", "95 nghìn 112 tỷ đồng", 117],
      // “… tổng vốn đăng ký đạt 1 tỷ” (line 209), footnotes 13 and 14 at the page break, “136 triệu USD” (line 220).
      ["von-fdi-dang-ky", "1 tỷ 136 triệu USD", 209],
      ["doanh-thu-du-lich", "861,4 tỷ đồng", 139],
    ]);
    // 003 restates three of them.
    expect(results.filter((r) => r[3] === "nq-hdnd-hai-duong-2023").map((r) => r.slice(0, 3))).toEqual([
      ["tang-truong-grdp", "8,16%", 42],
      ["quy-mo-grdp", "184.123 tỷ đồng", 43],
      ["von-fdi-dang-ky", "1 tỷ 136 triệu USD", 50],
    ]);
    // A figure written in words is read exactly, in the smaller unit.
    expect(one("von-fdi-dang-ky", "hai-duong", "result-2023", "bc-kt-xh-hai-duong-2023")[0]).toMatchObject({
      value: 1136,
      unit: "triệu USD",
      scale: 1,
    });
    expect(one("quy-mo-grdp", "hai-duong", "result-2023", "bc-kt-xh-hai-duong-2023")[0]).toMatchObject({ value: 184123, unit: "tỷ đồng" });
  });

  it("reads the figures that the political reports state in the sentences and footnotes of Phần thứ nhất", () => {
    const rows = (doc: string, lines: (l: number) => boolean) =>
      data.indicators
        .flatMap((i) =>
          i.values.filter((v) => v.source.doc === doc && lines(v.source.line)).map((v) => [i.id, v.region, v.kind, v.raw, v.source.line]),
        )
        .sort((x, y) => (x[4] as number) - (y[4] as number));
    // 000, 1. Lĩnh vực kinh tế to 2.5 (lines 28–117), and footnote 2 on the two targets missed.
    expect(rows("bcct-hai-duong-2025", (l) => (l >= 28 && l <= 117) || l === 1516)).toEqual([
      ["ty-trong-cong-nghiep-xay-dung-va-dich-vu", "hai-duong", "result-2025", "92,2%", 28],
      ["ty-trong-cong-nghiep-xay-dung-va-dich-vu", "hai-duong", "target-2025", "92%", 28],
      ["ty-trong-lao-dong-phi-nong-nghiep", "hai-duong", "result-2025", "83,5%", 28],
      ["ty-trong-lao-dong-phi-nong-nghiep", "hai-duong", "result-2020", "80,5%", 28],
      ["co-cau-lao-dong-nong-lam-thuy", "hai-duong", "result-2025", "16,5%", 29],
      ["co-cau-lao-dong-nong-lam-thuy", "hai-duong", "target-2025", "19%", 29],
      ["tang-truong-nong-lam-thuy-san", "hai-duong", "result-avg-2021-2025", "5,03%/năm", 32],
      ["tang-truong-nong-lam-thuy-san", "hai-duong", "target-avg-2021-2025", "3,0%/năm", 32],
      ["gia-tri-san-pham-tren-1-ha", "hai-duong", "result-2020", "167 triệu đồng", 33],
      ["gia-tri-san-pham-tren-1-ha", "hai-duong", "result-2025", "218 triệu đồng/ha", 33],
      ["gia-tri-san-pham-tren-1-ha", "hai-duong", "target-2025", "210 triệu đồng/ha", 33],
      ["xa-nong-thon-moi-kieu-mau", "hai-duong", "result-2025", "20,2%", 42],
      ["xa-nong-thon-moi-kieu-mau", "hai-duong", "target-2025", "20%", 42],
      ["xa-nong-thon-moi-kieu-mau", "hai-duong", "result-2025", "36 xã", 42],
      ["xa-hoan-thanh-nong-thon-moi", "hai-duong", "result-2025", "100%", 42],
      ["xa-nong-thon-moi-nang-cao", "hai-duong", "result-2025", "107 xã", 42],
      ["tang-truong-cong-nghiep", "hai-duong", "result-avg-2021-2025", "12,86%/năm", 45],
      ["tang-truong-cong-nghiep", "hai-duong", "target-avg-2021-2025", "10,7%/năm", 45],
      ["tang-truong-xay-dung", "hai-duong", "result-avg-2021-2025", "7,73%/năm", 55],
      ["tang-truong-xay-dung", "hai-duong", "target-avg-2021-2025", "10,91%/năm", 55],
      ["tang-truong-dich-vu", "hai-duong", "result-avg-2021-2025", "6,67%/năm", 58],
      ["tang-truong-dich-vu", "hai-duong", "target-avg-2021-2025", "8%/năm", 58],
      ["tang-truong-tong-muc-ban-le", "hai-duong", "result-avg-2021-2025", "12,06%/năm", 58],
      ["tang-truong-tong-muc-ban-le", "hai-duong", "target-avg-2021-2025", "10%/năm", 58],
      ["kim-ngach-xuat-khau", "hai-duong", "result-2025", "11,76 tỷ USD", 61],
      ["tang-truong-xuat-khau", "hai-duong", "result-avg-2021-2025", "8,68%/năm", 61],
      ["tang-thu-ngan-sach-noi-dia", "hai-duong", "result-avg-2021-2025", "13,9%", 67],
      ["thu-ngan-sach-nha-nuoc", "hai-duong", "total-2021-2025", "125.994 tỷ đồng", 67],
      ["thu-ngan-sach-noi-dia-hai-phong", "hai-duong", "total-2021-2025", "108.581 tỷ đồng", 67],
      ["tang-thu-ngan-sach-nha-nuoc", "hai-duong", "result-avg-2021-2025", "13,3%", 67],
      ["tong-von-dau-tu-toan-xa-hoi", "hai-duong", "total-2021-2025", "311.070 tỷ đồng", 72],
      ["von-dau-tu-so-voi-grdp", "hai-duong", "result-avg-2021-2025", "khoảng 32,3%", 72],
      ["von-fdi-dang-ky", "hai-duong", "total-2021-2025", "3.853,9 triệu USD", 75],
      ["von-fdi-dang-ky", "hai-duong", "result-2023", "1.310,5 triệu USD", 75],
      ["von-dau-tu-trong-nuoc-thu-hut", "hai-duong", "total-2021-2025", "26.620 tỷ đồng", 75],
      ["doanh-nghiep-thanh-lap-moi", "hai-duong", "result-avg-2021-2025", "6,5%/năm", 79],
      ["ty-le-do-thi-hoa", "hai-duong", "result-2020", "38,8%", 86],
      ["ty-le-do-thi-hoa", "hai-duong", "result-2025", "45%", 86],
      ["truong-dat-chuan-quoc-gia", "hai-duong", "result-2025", "85,86%", 92],
      ["phong-hoc-kien-co", "hai-duong", "result-2025", "96,77%", 92],
      ["giuong-benh-tren-van-dan", "hai-duong", "result-2025", "34,2 giường bệnh/vạn dân", 99],
      ["bac-si-tren-van-dan", "hai-duong", "result-2025", "13 bác sĩ/vạn dân", 99],
      ["lao-dong-qua-dao-tao-co-chung-chi", "hai-duong", "result-2025", "33%", 103],
      ["lao-dong-qua-dao-tao-co-chung-chi", "hai-duong", "target-2025", "33%", 103],
      ["lao-dong-tham-gia-bhxh", "hai-duong", "result-2025", "55%", 104],
      ["ty-trong-kinh-te-so", "hai-duong", "result-2025", "17,5%", 117],
      ["doanh-nghiep-thanh-lap-moi", "hai-duong", "result-avg-2021-2025", "6,2%", 1516],
      ["doanh-nghiep-thanh-lap-moi", "hai-duong", "target-avg-2021-2025", "từ 15% trở lên", 1516],
      ["giuong-benh-tren-van-dan", "hai-duong", "result-2025", "33,3 giường/01 vạn dân", 1516],
      ["giuong-benh-tren-van-dan", "hai-duong", "target-2025", "36 giường", 1516],
    ]);
    // 004, Phần thứ nhất I.2 (lines 117–310): figures of both former units, each with its region.
    expect(rows("bcct-hai-phong-2025", (l) => l >= 117 && l <= 310)).toEqual([
      ["tang-thu-ngan-sach-noi-dia", "hai-phong", "result-avg-2021-2025", "9,27%/năm", 117],
      ["tang-thu-ngan-sach-noi-dia", "hai-duong", "result-avg-2021-2025", "13,9%/năm", 117],
      ["thu-ngan-sach-nha-nuoc", "hai-phong", "total-2021-2025", "543.600,86 tỷ đồng", 117],
      ["thu-ngan-sach-nha-nuoc", "hai-duong", "total-2021-2025", "125.994 tỷ đồng", 117],
      ["tang-thu-ngan-sach-nha-nuoc", "hai-phong", "result-avg-2021-2025", "7,06%/năm", 117],
      ["tang-thu-ngan-sach-nha-nuoc", "hai-duong", "result-avg-2021-2025", "13,3%/năm", 117],
      ["doanh-nghiep-thanh-lap-moi", "hai-duong", "result-avg-2021-2025", "6,5%/năm", 128],
      ["so-doanh-nghiep-thanh-lap-moi-hang-nam", "hai-phong", "result-avg-2021-2025", "3.384 doanh nghiệp", 128],
      ["von-fdi-dang-ky", "hai-phong", "total-2021-2025", "20,2 tỷ USD", 128],
      ["von-fdi-dang-ky", "hai-duong", "total-2021-2025", "3,85 tỷ USD", 128],
      ["tang-truong-grdp", "hai-phong", "result-avg-2021-2025", "11,39%/năm", 136],
      ["dong-gop-tfp", "hai-phong", "result-2025", "47%", 138],
      ["ty-trong-cong-nghe-cao-trong-cbct", "hai-phong", "result-2020", "46%", 138],
      ["ty-trong-cong-nghe-cao-trong-cbct", "hai-phong", "result-2025", "68%", 138],
      ["ty-trong-cong-nghiep-trong-grdp", "hai-phong", "result-2020", "43,33%", 138],
      ["ty-trong-cong-nghiep-trong-grdp", "hai-phong", "result-2025", "49,85%", 138],
      ["ty-le-do-thi-hoa", "hai-phong", "result-2025", "68,94%", 154],
      ["ty-le-do-thi-hoa", "hai-duong", "result-2025", "45%", 154],
      ["tang-truong-grdp", "hai-duong", "result-avg-2021-2025", "9,8%/năm", 158],
      ["dong-gop-tfp", "hai-duong", "result-avg-2021-2025", "53,2%", 158],
      ["ty-trong-cong-nghiep-xay-dung-va-dich-vu", "hai-duong", "result-2025", "92,2%", 158],
      ["xa-nong-thon-moi-kieu-mau", "hai-phong", "result-2025", "100%", 196],
      ["xa-nong-thon-moi-nang-cao", "hai-phong", "result-2025", "100%", 196],
      ["xa-nong-thon-moi-kieu-mau", "hai-duong", "result-2025", "32 xã", 202],
      ["xa-nong-thon-moi-nang-cao", "hai-duong", "result-2025", "75 xã", 202],
      ["ty-trong-kinh-te-so", "hai-duong", "result-2025", "17,5%", 220],
      ["truong-dat-chuan-quoc-gia", "hai-duong", "result-2025", "88,2%", 250],
      ["that-nghiep-thanh-thi", "hai-phong", "result-2025", "dưới 3,5%", 294],
      ["lao-dong-duoc-giai-quyet-viec-lam", "hai-phong", "result-avg-2021-2025", "5,82 vạn lượt lao động/năm", 294],
      ["thu-nhap-binh-quan-dau-nguoi", "hai-phong", "result-2025", "7,32 triệu đồng/tháng", 298],
      ["thu-nhap-binh-quan-dau-nguoi", "hai-phong", "ratio-2025-2020", "1,41 lần", 298],
      ["lao-dong-tham-gia-bhxh", "hai-duong", "result-2025", "55%", 310],
      ["lao-dong-tham-gia-bhxh", "hai-duong", "target-2025", "55%", 310],
    ]);
    // Written in tỷ USD, compared in triệu USD: 3,85 tỷ USD is 3.853,9 triệu USD rounded, not a disagreement.
    expect(one("von-fdi-dang-ky", "hai-duong", "total-2021-2025").map((v) => [v.raw, v.value, v.scale])).toEqual([
      ["3.853,9 triệu USD", 3853.9, 1],
      ["3,85 tỷ USD", 3.85, 1000],
    ]);
    expect(one("doanh-nghiep-thanh-lap-moi", "hai-duong", "target-avg-2021-2025", "bcct-hai-duong-2025")[1]).toMatchObject({
      raw: "từ 15% trở lên",
      bound: "at-least",
      min: 15,
    });
  });

  it("reads the 2020 baselines as values of their own, the ratios to 2020 in “lần”, never converted", () => {
    const starts = data.indicators.flatMap((i) =>
      i.values
        .filter((v) => v.kind === "result-2020" || v.kind === "ratio-2025-2020")
        .map((v) => [i.id, v.kind, v.raw, v.source.doc, v.source.line, v.scale]),
    );
    expect(starts).toEqual([
      ["thu-nhap-binh-quan-dau-nguoi", "ratio-2025-2020", "1,6 lần", "bcct-hai-duong-2025", 26, undefined],
      ["thu-nhap-binh-quan-dau-nguoi", "ratio-2025-2020", "1,41 lần", "bcct-hai-phong-2025", 298, undefined],
      ["gia-tri-san-pham-tren-1-ha", "result-2020", "167 triệu đồng", "bcct-hai-duong-2025", 33, 1],
      ["ty-le-do-thi-hoa", "result-2020", "38,8%", "bcct-hai-duong-2025", 86, 1],
      ["ty-trong-cong-nghe-cao-trong-cbct", "result-2020", "46%", "bcct-hai-phong-2025", 138, 1],
      ["ty-trong-lao-dong-phi-nong-nghiep", "result-2020", "80,5%", "bcct-hai-duong-2025", 28, 1],
      ["quy-mo-grdp", "ratio-2025-2020", "1,86 lần", "bcct-hai-duong-2025", 26, undefined],
      ["lao-dong-phi-chinh-thuc", "result-2020", "58,1%", "bcct-hai-duong-2025", 1519, 1],
      ["ty-trong-cong-nghiep-trong-grdp", "result-2020", "43,33%", "bcct-hai-phong-2025", 138, 1],
    ]);
  });

  it("keeps the value's own words, with bounds and ranges, and the line where they start", () => {
    expect(one("tang-truong-grdp", "hai-duong", "goal-avg-2026-2030", "bcct-hai-duong-2025")).toEqual([
      expect.objectContaining({ raw: "12", value: 12, source: expect.objectContaining({ line: 1024 }) }),
      expect.objectContaining({
        label: "Tổng sản phẩm trên địa bàn (GRDP)",
        raw: "tối thiểu đạt 12%/năm",
        value: null,
        bound: "at-least",
        min: 12,
        unit: "%/năm",
        source: expect.objectContaining({ line: 348 }),
      }),
    ]);
    expect(one("tang-truong-grdp", "hai-phong-moi", "goal-avg-2026-2030")).toEqual([
      expect.objectContaining({ raw: "14-14,5%/năm", value: null, min: 14, max: 14.5, label: "Tăng trưởng GRDP" }),
    ]);
    expect(one("gia-tri-san-pham-tren-1-ha", "hai-duong", "plan-2024", "nq-hdnd-hai-duong-2023")).toEqual([
      expect.objectContaining({
        raw: "205 triệu đồng",
        value: 205,
        source: expect.objectContaining({ doc: "nq-hdnd-hai-duong-2023", line: 142 }),
      }),
    ]);
    expect(one("ty-trong-trong-gdp-ca-nuoc", "hai-phong-moi", "goal-2030")).toEqual([
      expect.objectContaining({ raw: "khoảng 6,6%", bound: "about", source: expect.objectContaining({ line: 486 }) }),
    ]);
  });

  it("links a value stated in a footnote to that footnote", () => {
    const [v] = one("ty-le-ho-ngheo", "hai-duong", "result-2023");
    expect(v!.source.url).toBe("/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/#chu-thich-53");
  });

  it("keeps the main text and the appendix side by side where they differ (doctors per 10,000 by 2030)", () => {
    expect(one("bac-si-tren-van-dan", "hai-duong", "goal-2030").map((v) => [v.raw, v.source.line])).toEqual([
      ["19", 1326],
      ["15 bác sĩ/vạn dân", 360],
    ]);
  });
});

describe("the concordance is checked against the sources", () => {
  function withConcordance(edit: (yml: string) => string): string[] {
    const root = mkdtempSync(join(tmpdir(), "bc-conc-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    const path = join(root, "content/indicators.yml");
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    try {
      buildData(root, join(root, "generated"));
    } catch (e) {
      if (e instanceof BuildError) return e.diagnostics.map(formatDiagnostic);
      throw e;
    }
    return [];
  }
  /** The messages, a line of content/indicators.yml (which moves as the file is edited) written “N”. */
  const lineless = (messages: string[]) => messages.map((m) => m.replace(/^(content\/indicators\.yml):\d+: /, "$1:N: "));

  it("stops when a source row is in no indicator, naming the source line", () => {
    const messages = withConcordance((y) =>
      y.replace('      - { doc: bcct-hai-phong-2025, key: "2: Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)" }\n', ""),
    );
    expect(messages).toEqual([
      "content/sources/004_fa57fa61f79953c7.txt:904: indicator row “2: " +
        "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)” is not in content/indicators.yml, " +
        "expected every row of an indicator table named by one indicator (indicators/row-not-in-concordance)",
    ]);
  });

  it("stops when a named row is not found, naming the concordance line", () => {
    const messages = withConcordance((y) => y.replace('key: "1: Kim ngạch xuất khẩu"', 'key: "1: Kim ngạch nhập khẩu"'));
    expect(messages.filter((m) => m.includes("row-not-found"))).toEqual([
      expect.stringMatching(
        /^content\/indicators\.yml:\d+: row “1: Kim ngạch nhập khẩu” of bcct-hai-phong-2025 is not found in its source/,
      ),
    ]);
    expect(
      messages.some((m) => m.startsWith("content/sources/004_fa57fa61f79953c7.txt:867: indicator row “1: Kim ngạch xuất khẩu” is not in")),
    ).toBe(true);
  });

  it("stops when the documents' own verdict count disagrees with the table", () => {
    const messages = withConcordance((y) =>
      y.replace('line: 17, quote: "Thực hiện đạt và vượt 17/19', 'line: 18, quote: "Thực hiện đạt và vượt 17/19'),
    );
    expect(messages).toEqual([
      "content/sources/000_1d6e454269cad3d3.txt:18: " +
        "the statement “Thực hiện đạt và vượt 17/19 chỉ tiêu Nghị quyết Đại hội đề ra” is not at " +
        "this line (indicators/verdict-quote)",
    ]);
  });

  it("stops when a statement that cannot be checked is not at its line", () => {
    const messages = withConcordance((y) =>
      y.replace('line: 19, quote: "dự kiến có 13/15 chỉ tiêu', 'line: 20, quote: "dự kiến có 13/15 chỉ tiêu'),
    );
    expect(messages).toEqual([
      "content/sources/001_6f843c5cfe42939f.txt:20: the statement “dự kiến có 13/15 chỉ tiêu đạt và vượt” is not at this line " +
        "(indicators/verdict-quote)",
    ]);
  });

  it("stops on a kind of another measure that no value of the indicator has", () => {
    const messages = withConcordance((y) =>
      y.replace(/(id: truong-dat-chuan-mam-non\n(?:.*\n){3} {4}unlikeKinds: \{ )goal-2030/, "$1orientation-2035"),
    );
    expect(lineless(messages)).toEqual([
      "content/indicators.yml:N: truong-dat-chuan-mam-non: no value of kind “orientation-2035” states a number, " +
        "expected only kinds some value of the indicator states a number for, under `unlikeKinds` (indicators/unused-unit)",
    ]);
  });

  it("stops when a structure of shares has no such part", () => {
    const messages = withConcordance((y) => y.replace('after: "tương ứng là", part: 3,', 'after: "tương ứng là", part: 4,'));
    expect(lineless(messages)).toEqual([
      "content/indicators.yml:N: bc-kt-xh-hai-duong-2023: no structure of shares with a part 4 follows “tương ứng là” in the item at line 25 " +
        "(indicators/item-value)",
    ]);
  });

  it("stops when an item of a declared list states no indicator, naming its line", () => {
    const messages = withConcordance((y) => y.replace(/\n {6}- \{ doc: bcct-hai-phong-2025, line: 514, [^\n]*/, ""));
    expect(messages).toEqual([
      "content/sources/004_fa57fa61f79953c7.txt:514: list item “(15) " +
        "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 50% và…” states no indicator of " +
        "content/indicators.yml, expected every item of a declared list used by an indicator " +
        "(indicators/item-not-in-concordance)",
    ]);
  });

  it("stops when the words before a value are not in the item", () => {
    const messages = withConcordance((y) =>
      y.replace(
        'after: "năm 2035 đạt" }\n      - { doc: bcct-hai-phong-2025, line: 518',
        'after: "năm 2036 đạt" }\n      - { doc: bcct-hai-phong-2025, line: 518',
      ),
    );
    expect(lineless(messages)).toEqual([
      "content/indicators.yml:N: bcct-hai-duong-2025: “năm 2036 đạt” does not occur 1 time(s) in the item at line 357 " +
        "(indicators/item-value)",
    ]);
  });

  it("stops on a unit the concordance does not know for the indicator, naming the value and its line", () => {
    const messages = withConcordance((y) => y.replace(/\n {4}unlike: \{ "%\/năm": [^\n]*/, ""));
    expect(lineless(messages)).toEqual([
      "content/indicators.yml:N: ty-le-ho-ngheo: the value “khoảng 1,5%/năm” (ctr-nq30-hai-duong, line 33) is in “%/năm”, " +
        "not in the indicator's unit “%”, " +
        "expected “%/năm” under `units` with its factor into “%”, or under `unlike` if it measures something else " +
        "(indicators/unknown-unit)",
    ]);
  });

  it("stops on a spelling of a unit that no value uses", () => {
    const messages = withConcordance((y) =>
      y.replace('units: { "triệu tỷ đồng": 1000000 }', 'units: { "triệu tỷ đồng": 1000000, "nghìn tỷ đồng": 1000 }'),
    );
    expect(lineless(messages)).toEqual([
      "content/indicators.yml:N: tong-von-dau-tu-toan-xa-hoi: no value is stated in “nghìn tỷ đồng”, " +
        "expected only units some value of the indicator is in, under `units` (indicators/unused-unit)",
    ]);
  });

  it("stops when a table's verdicts do not add up to what the document says", () => {
    const messages = withConcordance((y) =>
      y.replace("doc: bcct-hai-phong-2025, table: 2, line: 23", "doc: bcct-hai-phong-2025, table: 1, line: 23"),
    );
    expect(messages).toEqual([
      "content/sources/004_fa57fa61f79953c7.txt:23: the document says 17/19 indicators met, its table 1 has 11/18 (indicators/verdict-count)",
    ]);
  });
});
