import { describe, expect, it } from "vitest";
import { valuesAt } from "../../scripts/bench/budgets.ts";

describe("budget paths", () => {
  const report = {
    fullBuildMs: 8483,
    pageTypes: { "document section": { raw: { js: 3241 } }, explorer: { raw: { js: 5022 } } },
    search: [{ gzipBytes: 230 }, { gzipBytes: 119 }],
  };
  it("read a value, or every entry's value with *", () => {
    expect(valuesAt(report, "fullBuildMs")).toEqual([8483]);
    expect(valuesAt(report, "pageTypes.document section.raw.js")).toEqual([3241]);
    expect(valuesAt(report, "pageTypes.*.raw.js")).toEqual([3241, 5022]);
    expect(valuesAt(report, "search.*.gzipBytes")).toEqual([230, 119]);
    expect(valuesAt(report, "pageTypes.home.raw.js")).toEqual([]);
  });
});
