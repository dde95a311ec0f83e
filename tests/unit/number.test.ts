import { describe, expect, it } from "vitest";
import { parseValue, wordedNumber } from "../../scripts/extract/number.ts";

describe("values as printed in the documents", () => {
  it.each([
    ["9,8", 9.8],
    ["1.200.000", 1200000],
    ["118.079,28", 118079.28],
    ["0,786", 0.786],
    ["14,5%/năm", 14.5],
    ["55.800 lượt/năm".replace(" lượt/năm", ""), 55800],
    ["46,40", 46.4],
    ["981.260 (giai đoạn 2021-2025)", 981260],
  ])("reads %j as the number %d", (raw, value) => {
    expect(parseValue(raw)).toEqual({ raw, value });
  });

  it("keeps a range with its bounds and no single value", () => {
    expect(parseValue("14-14,5")).toEqual({ raw: "14-14,5", value: null, min: 14, max: 14.5 });
    expect(parseValue("3-4")).toEqual({ raw: "3-4", value: null, min: 3, max: 4 });
  });

  it("keeps bounds", () => {
    expect(parseValue(">99")).toEqual({ raw: ">99", value: null, bound: "above", min: 99 });
    expect(parseValue("< 3,5")).toEqual({ raw: "< 3,5", value: null, bound: "below", max: 3.5 });
    expect(parseValue("trên 90%")).toEqual({ raw: "trên 90%", value: null, bound: "above", min: 90 });
  });

  it("keeps worded values as text only", () => {
    for (const raw of ["giảm 4/5", "335/961 (35%)", "1.200.000 (năm 2021 và 2025)", "80% số hộ theo chuẩn nghèo mới", "Đạt"]) {
      expect(parseValue(raw)).toEqual({ raw, value: null });
    }
  });

  it("collapses white space in the raw text", () => {
    expect(parseValue(" giảm    4/5 ")).toEqual({ raw: "giảm 4/5", value: null });
  });
});

describe("values written in sentences", () => {
  it.each([
    ["240 triệu đồng", { value: 240 }],
    ["40,5 giường/vạn dân", { value: 40.5 }],
    ["32,7 giường/ 01 vạn dân", { value: 32.7 }],
    ["11.380 USD/người", { value: 11380 }],
    ["tối thiểu đạt 12%/năm", { value: null, bound: "at-least", min: 12 }],
    ["14-14,5%/năm", { value: null, min: 14, max: 14.5 }],
    ["17 - 17,5%/năm", { value: null, min: 17, max: 17.5 }],
    ["3% đến 4%", { value: null, min: 3, max: 4 }],
    ["75 - 80 tỷ USD", { value: null, min: 75, max: 80 }],
    ["40% trở lên", { value: null, bound: "at-least", min: 40 }],
    ["từ 15% trở lên", { value: null, bound: "at-least", min: 15 }],
    ["khoảng 87.000 doanh nghiệp", { value: null, bound: "about", min: 87000, max: 87000 }],
    ["giảm 80%", { value: null }],
    ["từ 15.000 đến 15.500 đảng viên", { value: null, min: 15000, max: 15500 }],
    ["từ 2.200 đảng viên mới trở lên", { value: null, bound: "at-least", min: 2200 }],
    ["19.201/15.500 đảng viên", { value: null }],
  ])("reads %j", (raw, expected) => {
    expect(parseValue(raw)).toEqual({ raw, ...expected });
  });
});

describe("figures written partly in words (001, 003)", () => {
  it.each([
    ["184 nghìn 123 tỷ đồng", 184123, "tỷ đồng"],
    ["21 nghìn 069 tỷ đồng", 21069, "tỷ đồng"],
    ["1 tỷ 136 triệu USD", 1136, "triệu USD"],
    ["73 nghìn 782 lượt khách quốc tế", 73782, "lượt khách quốc tế"],
  ])("reads %j as %d %s", (raw, value, unit) => {
    expect(wordedNumber(raw)).toEqual({ value, unit });
    expect(parseValue(raw)).toEqual({ raw, value });
  });

  it("reads no worded figure where the words do not make one", () => {
    for (const raw of ["1 tỷ 136 tỷ đồng", "184 nghìn 12 tỷ đồng", "184.123 tỷ đồng", "5 nghìn 123 456 tấn"])
      expect(wordedNumber(raw)).toBeNull();
  });
});
