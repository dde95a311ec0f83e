/**
 * An indicator's downloads as a reader gets them from the served site: the spreadsheet file read
 * by a real CSV parser (d3-dsv) with its Vietnamese headers and numbers, and the JSON entry.
 */
import { dsvFormat } from "d3";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, serveDist } from "./serve.ts";
import type { IndicatorData } from "../../scripts/model/indicators.ts";

let site: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  site = await serveDist();
});
afterAll(() => site.close());

const data = JSON.parse(readFileSync(join(DIST, "du-lieu/chi-tieu.json"), "utf8")) as IndicatorData;
const sheet = dsvFormat(";");

describe("an indicator's spreadsheet file", () => {
  it("is a UTF-8 CSV with a byte-order mark, headed in Vietnamese, a row per value", async () => {
    const res = await fetch(`${site.url}/chi-tieu/ty-le-do-thi-hoa/ty-le-do-thi-hoa.csv`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = sheet.parse(new TextDecoder().decode(bytes.slice(3)));
    expect(rows.columns).toEqual([
      "Chỉ tiêu",
      "Địa bàn",
      "Loại giá trị",
      "Giá trị",
      "Từ",
      "Đến",
      "Cận",
      "Đơn vị",
      "Nguyên văn",
      "Giá trị theo đơn vị chung",
      "Đơn vị chung",
      "Tài liệu",
      "Dòng",
      "Liên kết",
    ]);
    const ind = data.indicators.find((i) => i.id === "ty-le-do-thi-hoa")!;
    expect(rows).toHaveLength(ind.values.length);
    // The 2020 level stated in 000's text, line 86: a number in a Vietnamese locale (decimal comma).
    expect(rows.find((r) => r["Loại giá trị"] === "Kết quả 2020")).toEqual({
      "Chỉ tiêu": "Tỷ lệ đô thị hóa",
      "Địa bàn": "Hải Dương (cũ)",
      "Loại giá trị": "Kết quả 2020",
      "Giá trị": "38,8",
      Từ: "",
      Đến: "",
      Cận: "",
      "Đơn vị": "%",
      "Nguyên văn": "38,8%",
      "Giá trị theo đơn vị chung": "38,8",
      "Đơn vị chung": "%",
      "Tài liệu": "Báo cáo chính trị Hải Dương",
      Dòng: "86",
      // Absolute with the site's address; a path in a local build.
      "Liên kết": expect.stringMatching(/^(https?:\/\/[^/]+)?\/tai-lieu\/bao-cao-chinh-tri-hai-duong-2020-2025\/[^#]+#[a-z0-9-]+$/),
    });
    // A bound: its number under “Từ”, the bound in words.
    expect(rows.find((r) => r["Nguyên văn"] === "trên 55%")).toMatchObject({ "Giá trị": "", Từ: "55", Cận: "trên", Dòng: "356" });
  });

  it("writes a large sum without a thousands mark and converts a value written in another unit", async () => {
    const rows = sheet.parse(await (await fetch(`${site.url}/chi-tieu/von-fdi-dang-ky/von-fdi-dang-ky.csv`)).text());
    expect(
      rows
        .filter((r) => r["Loại giá trị"] === "Tổng cả giai đoạn 2021–2025 (ước)")
        .map((r) => [r["Nguyên văn"], r["Giá trị"], r["Giá trị theo đơn vị chung"], r["Đơn vị chung"]]),
    ).toEqual([
      ["3.853,9 triệu USD", "3853,9", "3853,9", "triệu USD"],
      ["20,2 tỷ USD", "20,2", "20200", "triệu USD"],
      ["3,85 tỷ USD", "3,85", "3850", "triệu USD"],
    ]);
  });

  it("exists for the whole data set beside the machine CSV, every value once", async () => {
    const text = await (await fetch(`${site.url}/du-lieu/chi-tieu-bang-tinh.csv`)).text();
    // fetch decodes UTF-8 and drops the byte-order mark.
    const rows = sheet.parse(text);
    expect(rows).toHaveLength(data.indicators.reduce((n, i) => n + i.values.length, 0));
    expect(new Set(rows.map((r) => r["Chỉ tiêu"])).size).toBe(data.indicators.length);
  });
});

describe("an indicator's JSON file", () => {
  it("is its entry of /du-lieu/chi-tieu.json with the documents it cites", async () => {
    const res = await fetch(`${site.url}/chi-tieu/ty-le-do-thi-hoa/ty-le-do-thi-hoa.json`);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const one = (await res.json()) as IndicatorData;
    const ind = data.indicators.find((i) => i.id === "ty-le-do-thi-hoa")!;
    expect(one.schema).toBe(1);
    expect(one.indicators).toEqual([ind]);
    // Targets matched to no indicator belong to none: the whole data set's candidates are not repeated here.
    expect(one.candidates).toEqual([]);
    expect(one.sources.map((s) => s.id)).toEqual(data.sources.map((s) => s.id).filter((id) => ind.values.some((v) => v.source.doc === id)));
  });
});
