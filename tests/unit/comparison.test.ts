import { describe, expect, it } from "vitest";
import { implication } from "../../src/lib/comparison.ts";
import type { IndicatorValue } from "../../scripts/model/indicators.ts";

const v = (kind: IndicatorValue["kind"], value: number | null, unit: string): IndicatorValue => ({ region: "hai-duong", kind, label: "x", unit, raw: String(value), value, source: { doc: "d", line: 1, url: "/tai-lieu/x/" } });

describe("what a 2030 goal implies from the 2025 result", () => {
  it("is the points to gain for a share in %", () => {
    expect(implication(v("result-2025", 45, "%"), v("goal-2030", 55, "%"))).toEqual({ method: "points", points: 10 });
  });
  it("is the change of an average yearly rate", () => {
    expect(implication(v("result-avg-2021-2025", 9.8, "%"), v("goal-avg-2026-2030", 12, "%"))).toEqual({ method: "rate-change", points: 2.2 });
  });
  it("is the yearly growth needed for a quantity: 122,6 → 240 million đồng per head", () => {
    expect(implication(v("result-2025", 122.6, "Tr.đồng"), v("goal-2030", 240, "Tr.đồng"))).toEqual({ method: "yearly-growth", rate: 14.38 });
  });
  it("is not computed across units or for values that are not single numbers", () => {
    expect(implication(v("result-2025", 4913, "USD"), v("goal-2030", 240, "Tr.đồng"))).toBeNull();
    expect(implication(v("result-2025", null, "%"), v("goal-2030", 55, "%"))).toBeNull();
  });
});

import { differs } from "../../src/lib/indicators.ts";

describe("when two statements of a value disagree", () => {
  const w = (raw: string, value: number | null, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({ ...v("goal-2030", value, "%"), raw, ...extra });
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
