import { describe, expect, it } from "vitest";
import { expandQuery, fold } from "../../src/scripts/search-query.ts";

const glossary = [
  { abbr: "UBND", full: "Ủy ban nhân dân" },
  { abbr: "NTM", full: "nông thôn mới" },
  { abbr: "KT-XH", full: "kinh tế - xã hội" },
];

const texts = (vs: { text: string }[]) => vs.map((v) => v.text);

describe("search queries", () => {
  it("fold marks, đ and case", () => {
    expect(fold("Đảng bộ  HÓA hoá")).toBe("dang bo hoa hoa");
  });
  it("also try đ where the vocabulary holds it", () => {
    const vocabulary = { dang: ["dang", "đang"], do: ["do", "đo"] };
    expect(texts(expandQuery("dang bo", [], vocabulary))).toEqual(["dang bo", "đang bo"]);
    expect(texts(expandQuery("do thi hoa", [], vocabulary))).toEqual(["do thi hoa", "đo thi hoa"]);
    expect(texts(expandQuery("đô thị hóa", [], vocabulary))).toEqual(["đô thị hóa"]);
  });
  it("expand an abbreviation and find the abbreviation of an expansion", () => {
    expect(texts(expandQuery("UBND tỉnh", glossary))).toEqual(["UBND tỉnh", "Ủy ban nhân dân tỉnh"]);
    expect(texts(expandQuery("nong thon moi kieu mau", glossary))).toEqual(["nong thon moi kieu mau", "NTM kieu mau"]);
    expect(texts(expandQuery("hdnd tinh", [{ abbr: "HĐND", full: "Hội đồng nhân dân" }]))).toEqual([
      "hdnd tinh",
      "HĐND tinh",
      "Hội đồng nhân dân tinh",
    ]);
  });
  it("leave an empty query empty", () => {
    expect(expandQuery("   ", glossary)).toEqual([]);
  });
});
