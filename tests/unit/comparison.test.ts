import { describe, expect, it } from "vitest";
import { implication, whyNotComputed } from "../../src/lib/comparison.ts";
import type { IndicatorValue } from "../../scripts/model/indicators.ts";

/** A value as the linker leaves it: with its scale into the indicator's unit when it has a number of that measure. */
const v = (
  kind: IndicatorValue["kind"],
  value: number | null,
  unit: string,
  scale: number | null = value === null ? null : 1,
): IndicatorValue => ({
  region: "hai-duong",
  kind,
  label: "x",
  unit,
  raw: String(value),
  value,
  ...(scale === null ? {} : { scale }),
  source: { doc: "d", line: 1, url: "/tai-lieu/x/" },
});

describe("what a 2030 goal implies from the 2025 result", () => {
  it("is the points to gain for a share in %", () => {
    expect(implication(v("result-2025", 45, "%"), v("goal-2030", 55, "%"), "%")).toEqual({ method: "points", points: 10 });
  });
  it("is the change of an average yearly rate", () => {
    expect(implication(v("result-avg-2021-2025", 9.8, "%"), v("goal-avg-2026-2030", 12, "%"), "%")).toEqual({
      method: "rate-change",
      points: 2.2,
    });
  });
  it(
    "reads “%/năm” as the same rate as “%” when the concordance says so " +
      "(industry and construction: 14,59 in 004's Phụ lục 1, the merged city's 16,5%/năm; GRDP's 14-14,5%/năm is a range)",
    () => {
      expect(implication(v("result-avg-2021-2025", 14.59, "%"), v("goal-avg-2026-2030", 16.5, "%/năm"), "%")).toEqual({
        method: "rate-change",
        points: 1.91,
      });
      expect(
        implication(v("result-avg-2021-2025", 11.39, "%"), { ...v("goal-avg-2026-2030", null, "%/năm"), min: 14, max: 14.5 }, "%"),
      ).toBeNull();
    },
  );
  it("is the yearly growth needed for a quantity: 122,6 → 240 million đồng per head", () => {
    expect(implication(v("result-2025", 122.6, "Tr.đồng"), v("goal-2030", 240, "triệu đồng"), "triệu đồng")).toEqual({
      method: "yearly-growth",
      rate: 14.38,
    });
  });
  it("is the difference for an index without a unit: HDI 0,786 → 0,82 (000 Phụ lục 2)", () => {
    expect(implication(v("result-2025", 0.786, ""), v("goal-2030", 0.82, ""), "")).toEqual({ method: "difference", difference: 0.034 });
  });
  it("converts a goal in another unit: investment 981.260 tỷ đồng in 2021–2025, 2,5 triệu tỷ đồng in 2026–2030", () => {
    expect(implication(v("result-2025", 981260, "Tỷ đồng"), v("goal-2030", 2.5, "triệu tỷ đồng", 1_000_000), "Tỷ đồng")).toEqual({
      method: "yearly-growth",
      rate: 20.57,
    });
  });
  it("says why it is not computed: a bound (BHYT >99), a range (trained workers 87-88), words, another measure", () => {
    const goal = v("goal-2030", 99, "%");
    expect(whyNotComputed(v("result-2025", 95, "%"), { ...v("goal-2030", null, "%"), raw: ">99", bound: "above", min: 99 })).toBe(
      "mục tiêu “>99%” là một cận",
    );
    expect(whyNotComputed({ ...v("result-2025", null, "%"), raw: "87-88", min: 87, max: 88 }, goal)).toBe("kết quả “87-88%” là một khoảng");
    expect(whyNotComputed({ ...v("result-2025", null, "%"), raw: "Mức độ I" }, goal)).toBe(
      "kết quả “Mức độ I” ghi bằng lời, không bằng số",
    );
    expect(whyNotComputed(v("result-2025", 0, "%"), v("goal-2030", 1.5, "%/năm", null))).toBe("hai giá trị đo hai đại lượng khác nhau");
    // The concordance's reason, where it gives one.
    expect(whyNotComputed(v("result-2025", 79.7, "%"), v("goal-2030", 42, "%", null), "mục tiêu 2030 là mức độ II")).toBe(
      "mục tiêu 2030 là mức độ II",
    );
  });
  it("is not computed for another measure or for values that are not single numbers", () => {
    expect(implication(v("result-2025", 0, "%"), v("goal-2030", 1.5, "%/năm", null), "%")).toBeNull();
    expect(implication(v("result-2025", null, "%"), v("goal-2030", 55, "%"), "%")).toBeNull();
  });
});

import { differs } from "../../src/lib/indicators.ts";

describe("when two statements of a value disagree", () => {
  const w = (raw: string, value: number | null, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
    ...v("goal-2030", value, "%"),
    raw,
    ...extra,
  });
  it("a number and the same number written as a bound agree", () => {
    expect(differs(w("90", 90), w("trên 90%", null, { bound: "above", min: 90 }))).toBe(false);
    expect(differs(w("3-4", null, { min: 3, max: 4 }), w("3% đến 4%", null, { min: 3, max: 4 }))).toBe(false);
  });
  it("different numbers disagree (doctors per 10,000 by 2030: 19 in the appendix, 15 in the text)", () => {
    expect(differs(w("19", 19), w("15 bác sĩ/vạn dân", 15))).toBe(true);
  });
  it("without numbers, different words disagree", () => {
    expect(differs(w("19.201/15.500 đảng viên", null), w("16.779/15.500 đảng viên", null))).toBe(true);
  });
});
