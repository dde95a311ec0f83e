import { describe, expect, it } from "vitest";
import { parseValue } from "../../scripts/extract/number.ts";

describe("values as printed in the documents", () => {
  it.each([
    ["9,8", 9.8],
    ["1.200.000", 1200000],
    ["118.079,28", 118079.28],
    ["0,786", 0.786],
    ["14,5%/năm", 14.5],
    ["55.800 lượt/năm".replace(" lượt/năm", ""), 55800],
    ["46,40", 46.4],
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
    for (const raw of ["giảm 4/5", "335/961 (35%)", "1.200.000 (giai đoạn 2021-2025)", "80% số hộ theo chuẩn nghèo mới", "Đạt"]) {
      expect(parseValue(raw)).toEqual({ raw, value: null });
    }
  });

  it("collapses white space in the raw text", () => {
    expect(parseValue(" giảm    4/5 ")).toEqual({ raw: "giảm 4/5", value: null });
  });
});
