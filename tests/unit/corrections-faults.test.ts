import { describe, expect, it } from "vitest";
import { correctionsSchema } from "../../scripts/model/schema.ts";

const base = { headings: [], repeats: [] };

describe("content/corrections.yml accepts structural faults as data", () => {
  it("takes a fault with its file, line, rule and reason", () => {
    const fault = {
      file: "content/sources/ke-hoach.md",
      line: 2205,
      rule: "footnotes/bracketed-orphan-mark",
      reason: "The portal's copy prints the mark [4] twice and the note once.",
    };
    expect(correctionsSchema.parse({ ...base, faults: [fault] }).faults).toEqual([fault]);
  });

  it("still reads a file without faults", () => {
    expect(correctionsSchema.parse(base).faults).toBeUndefined();
  });

  it("refuses a rule that is not a rule id, and a fault without its reason", () => {
    const bad = (fault: object) => correctionsSchema.safeParse({ ...base, faults: [fault] }).success;
    expect(bad({ file: "a.md", line: 3, rule: "stray row", reason: "a reason long enough" })).toBe(false);
    expect(bad({ file: "a.md", line: 3, rule: "table/stray-row" })).toBe(false);
  });
});
