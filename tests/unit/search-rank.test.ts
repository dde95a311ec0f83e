import { describe, expect, it } from "vitest";
import { probesOf, tiersOf, WHOLE_WORDS } from "../../src/scripts/search-rank.ts";

describe("search ranking", () => {
  const variants = [
    { text: "duong cao toc", weight: 1 },
    { text: "đuong cao toc", weight: 1 },
  ];
  it("probe each variant whole, then the runs of its words and its words alone", () => {
    expect(probesOf(variants)).toEqual([
      { quoted: '"duong cao toc"', tier: 1 },
      { quoted: '"duong cao"', tier: 0.6 },
      { quoted: '"cao toc"', tier: 0.6 },
      { quoted: '"duong"', tier: 0 },
      { quoted: '"cao"', tier: 0 },
      { quoted: '"toc"', tier: 0 },
      { quoted: '"đuong cao toc"', tier: 1 },
      { quoted: '"đuong cao"', tier: 0.6 },
      { quoted: '"đuong"', tier: 0 },
    ]);
    // An abbreviation's expansion is probed whole only; a word alone is probed as itself.
    expect(
      probesOf([
        { text: "UBND", weight: 1 },
        { text: "Ủy ban nhân dân", weight: 0.92 },
      ]),
    ).toEqual([
      { quoted: '"UBND"', tier: 1 },
      { quoted: '"Ủy ban nhân dân"', tier: 1 },
    ]);
  });
  it("rank a record by the longest run it holds, then by holding every word whole", () => {
    const probes = probesOf(variants);
    const found: Record<string, string[]> = {
      '"đuong cao toc"': ["expressway"],
      '"cao toc"': ["expressway", "cao-toc-only"],
      '"đuong"': ["expressway", "scattered"],
      '"cao"': ["expressway", "cao-toc-only", "scattered"],
      '"toc"': ["expressway", "cao-toc-only", "scattered"],
      '"duong"': ["hai-duong"],
    };
    const tiers = tiersOf(
      variants,
      probes,
      probes.map((p) => new Set(found[p.quoted] ?? [])),
    );
    expect(Object.fromEntries(tiers)).toEqual({ expressway: 1, "cao-toc-only": 0.6, scattered: WHOLE_WORDS });
  });
});
