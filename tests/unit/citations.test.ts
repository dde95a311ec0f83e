import { describe, expect, it } from "vitest";
import { describeCitation, findCitations, mergeKeys } from "../../scripts/extract/citations.ts";

const keys = (text: string) => findCitations(text).map((h) => h.key);

describe("cited document numbers", () => {
  it("reads party and state numbers, spelled as the sources spell them", () => {
    const party = "Thực hiện Nghị quyết số 30-NQ/TW ngày 23/11/2022 của Bộ Chính trị; Nghị quyết số 14/NQ-CP ngày 08/02/2023 của Chính phủ";
    expect(keys(party)).toEqual(["30-NQ/TW", "14/NQ-CP"]);
    const state = "theo Nghị quyết số 18- NQ/TW và Nghị quyết 226/2025/QH15, Quyết định số 1008/QĐ-TTg, Nghị định số 62/2020/NĐ-CP";
    expect(keys(state)).toEqual(["18-NQ/TW", "226/2025/QH15", "1008/QĐ-TTg", "62/2020/NĐ-CP"]);
    expect(keys("Chương trình hành động số 41-CTr/TU ngày 19/5/2022; Nghị quyết số 30/NQ-TW và Kết luận 09-KL/TW")).toEqual([
      "41-CTr/TU",
      "30-NQ/TW",
      "09-KL/TW",
    ]);
  });
  it("does not take dates or plain numbers for citations", () => {
    expect(keys("ngày 23/11/2022, đạt 19.201/15.500 đảng viên, 335/961 (35%), 7/12 đơn vị")).toEqual([]);
  });
  it("reads the kind, date and issuer around a citation", () => {
    const text = "Thực hiện Nghị quyết số 30-NQ/TW ngày 23/11/2022 của Bộ Chính trị về phát triển kinh tế - xã hội";
    expect(describeCitation(text, findCitations(text)[0]!)).toEqual({ kind: "Nghị quyết", date: "23/11/2022", issuer: "Bộ Chính trị" });
    const report = "Xét Báo cáo số 216/BC-UBND ngày 04 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về tình hình";
    expect(describeCitation(report, findCitations(report)[0]!)).toEqual({
      kind: "Báo cáo",
      date: "4/12/2023",
      issuer: "Ủy ban nhân dân tỉnh",
    });
  });
  it("gives a number written without its year the key of the same number with it", () => {
    expect(mergeKeys(["226/QH15", "226/2025/QH15", "14/NQ-CP"])).toEqual(
      new Map([
        ["226/QH15", "226/2025/QH15"],
        ["226/2025/QH15", "226/2025/QH15"],
        ["14/NQ-CP", "14/NQ-CP"],
      ]),
    );
  });
});

describe("a citation's version, by the sources' own dates", () => {
  it("names the latest date of the sources cited, never the day of the build", async () => {
    const { versionOf } = await import("../../src/lib/citation.ts");
    expect(versionOf(["2023-12-04", "2025", "2023-02-28"])).toBe("năm 2025");
    expect(versionOf(["2023-12-04", "2023-02-28", "2023-12-08"])).toBe("ngày 8/12/2023");
  });
});
