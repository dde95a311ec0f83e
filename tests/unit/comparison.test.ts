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
