import { mkdtempSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildData } from "../../scripts/build.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";
import type { IndicatorData } from "../../scripts/model/indicators.ts";

const ROOT = join(import.meta.dirname, "../..");
const out = buildData(ROOT, mkdtempSync(join(tmpdir(), "bc-ind-"))).outDir;
const data = JSON.parse(readFileSync(join(out, "du-lieu/chi-tieu.json"), "utf8")) as IndicatorData;
const values = (id: string) => data.indicators.find((i) => i.id === id)!.values;
const one = (id: string, region: string, kind: string, doc?: string) => values(id).filter((v) => v.region === region && v.kind === kind && (!doc || v.source.doc === doc));

describe("indicator data from the appendix tables", () => {
  it("extracts every row of the four tables that holds a value (group rows such as “A. Chỉ tiêu kinh tế” hold none)", () => {
    const rowsOf = (doc: string, tableAnchor: RegExp) => new Set(data.indicators.flatMap((i) => i.values).filter((v) => v.source.doc === doc && tableAnchor.test(v.source.url)).map((v) => v.source.url)).size;
    expect(rowsOf("bcct-hai-duong-2025", /phu-luc-1-.*-bang1-d\d+$/)).toBe(40);
    expect(rowsOf("bcct-hai-duong-2025", /phu-luc-2-.*-bang1-d\d+$/)).toBe(46);
    expect(rowsOf("bcct-hai-phong-2025", /#phu-luc-1-1-1-1-.*-bang1-d\d+$/)).toBe(31);
    expect(rowsOf("bcct-hai-phong-2025", /#phu-luc-1-2-2-1-.*-bang1-d\d+$/)).toBe(40);
    expect(data.indicators).toHaveLength(76);
    expect(data.indicators.reduce((n, i) => n + i.values.length, 0)).toBe(403);
  });

  it("keeps each value's raw text and parses a number only where there is exactly one", () => {
    expect(one("tang-truong-grdp", "hai-phong", "target-avg-2021-2025")).toMatchObject([{ raw: "14,5%/năm", value: 14.5, unit: "%", source: { line: 847 } }]);
    expect(one("so-ho-ngheo-giam", "hai-duong", "target-2025", "bcct-hai-duong-2025")).toMatchObject([{ raw: "giảm 4/5", value: null }]);
    expect(one("dich-vu-cong-truc-tuyen-toan-trinh", "hai-duong", "result-2025", "bcct-hai-duong-2025")).toMatchObject([{ raw: "335/961 (35%)", value: null, source: { line: 967 } }]);
    expect(one("tong-von-dau-tu-toan-xa-hoi", "hai-phong", "target-2025")).toMatchObject([{ raw: "1.200.000 (giai đoạn 2021-2025)", value: null }]);
    expect(one("that-nghiep-thanh-thi", "hai-phong", "result-2025")).toEqual([expect.objectContaining({ raw: "< 3,5", value: null, bound: "below", max: 3.5 })]);
    expect(one("bao-phu-bhyt", "hai-duong", "target-2030-prev", "bcct-hai-duong-2025")).toEqual([expect.objectContaining({ raw: ">99", value: null, bound: "above", min: 99 })]);
    expect(one("lao-dong-qua-dao-tao", "hai-phong", "result-2025")).toEqual([expect.objectContaining({ raw: "87-88", value: null, min: 87, max: 88 })]);
    expect(one("grdp-binh-quan-dau-nguoi-usd", "hai-phong", "result-2025")).toMatchObject([{ raw: "9.486", value: 9486, unit: "USD/người", label: "GRDP bình quân đầu người (theo giá hiện hành)" }]);
    expect(one("thu-ngan-sach-nha-nuoc", "hai-phong", "result-2025")).toMatchObject([{ raw: "118.079,28", value: 118079.28 }]);
  });

  it("links every value to the row anchor of its table and the line of its own cell", () => {
    const [v] = one("grdp-binh-quan-dau-nguoi-usd", "hai-duong", "result-2025", "bcct-hai-duong-2025");
    expect(v!.source).toEqual({ doc: "bcct-hai-duong-2025", line: 629, url: "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/#phu-luc-1-ket-qua-thuc-hien-cac-bang1-d6" });
    const page = readFileSync(join(out, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi.md"), "utf8");
    expect(page).toMatch(/"id": "phu-luc-1-ket-qua-thuc-hien-cac-bang1-d6",\s+"line": 623,/);
  });

  it("keeps both figures where two tables disagree (doctors per 10,000, Hải Dương 2025)", () => {
    const results = one("bac-si-tren-van-dan", "hai-duong", "result-2025", "bcct-hai-duong-2025").map((v) => [v.raw, v.source.line]);
    expect(results).toEqual([["12,5", 905], ["13", 1324]]);
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
    expect(lines[0]).toBe("\uFEFFindicator_id,indicator_name,domain,indicator_url,region,kind,label,unit,raw,value,min,max,bound,source_doc,source_line,source_url");
    expect(lines).toHaveLength(404);
    expect(lines).toContain('that-nghiep-thanh-thi,Tỷ lệ thất nghiệp khu vực thành thị,xa-hoi,/chi-tieu/that-nghiep-thanh-thi/,hai-phong,result-2025,Tỷ lệ thất nghiệp khu vực thành thị,%,"< 3,5",,,3.5,below,bcct-hai-phong-2025,873,/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/phu-luc-1-ket-qua-thuc-hien-cac-chi/#phu-luc-1-1-1-1-cac-chi-tieu-kinh-te-xa-bang1-d22');
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

  it("stops when a source row is in no indicator, naming the source line", () => {
    const messages = withConcordance((y) => y.replace('      - doc: bcct-hai-phong-2025\n        key: "2: Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)"\n', ""));
    expect(messages).toEqual(["content/sources/004_fa57fa61f79953c7.txt:904: indicator row “2: Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)” is not in content/indicators.yml, expected every row of an indicator table named by one indicator (indicators/row-not-in-concordance)"]);
  });

  it("stops when a named row is not found, naming the concordance line", () => {
    const messages = withConcordance((y) => y.replace('key: "1: Kim ngạch xuất khẩu"', 'key: "1: Kim ngạch nhập khẩu"'));
    expect(messages.filter((m) => m.includes("row-not-found"))).toEqual([expect.stringMatching(/^content\/indicators\.yml:\d+: row “1: Kim ngạch nhập khẩu” of bcct-hai-phong-2025 is not found in its source/)]);
    expect(messages.some((m) => m.startsWith("content/sources/004_fa57fa61f79953c7.txt:867: indicator row “1: Kim ngạch xuất khẩu” is not in"))).toBe(true);
  });

  it("stops when the documents' own verdict count disagrees with the table", () => {
    const messages = withConcordance((y) => y.replace("line: 17, quote: \"Thực hiện đạt và vượt 17/19", "line: 18, quote: \"Thực hiện đạt và vượt 17/19"));
    expect(messages).toEqual(["content/sources/000_1d6e454269cad3d3.txt:18: the statement “Thực hiện đạt và vượt 17/19 chỉ tiêu Nghị quyết Đại hội đề ra” is not at this line (indicators/verdict-quote)"]);
  });

  it("stops when a table's verdicts do not add up to what the document says", () => {
    const messages = withConcordance((y) => y.replace("doc: bcct-hai-phong-2025, table: 2, line: 23", "doc: bcct-hai-phong-2025, table: 1, line: 23"));
    expect(messages).toEqual(["content/sources/004_fa57fa61f79953c7.txt:23: the document says 17/19 indicators met, its table 1 has 11/18 (indicators/verdict-count)"]);
  });
});
