/** The one Vietnamese text module (src/lib/vietnamese.ts), on words of the sources (000_1d6e454269cad3d3.txt). */
import { describe, expect, it } from "vitest";
import { fold, foldLetters, lowerLetters, nfc, splitTones, syllableKey } from "../../src/lib/vietnamese.ts";
import { fold as queryFold } from "../../src/scripts/search-query.ts";
import { fold as indicatorFold } from "../../src/lib/indicators.ts";
import { syllableKey as wordsKey } from "../../scripts/model/words.ts";
import { slugify } from "../../scripts/model/slug.ts";

describe("folding what people type", () => {
  it("drops every mark, turns đ into d and lowers the case: line 4's “lãnh đạo của Đảng” is “lanh dao cua dang”", () => {
    expect(fold("sự lãnh đạo của Đảng;")).toBe("su lanh dao cua dang;");
  });

  it("makes one spaced, trimmed phrase of a line-broken one, while foldLetters keeps the spaces", () => {
    expect(fold("  Lĩnh vực\n văn hoá,   xã hội ")).toBe("linh vuc van hoa, xa hoi");
    expect(foldLetters("Lĩnh vực\n văn hoá")).toBe("linh vuc\n van hoa");
  });

  it("folds a decomposed (NFD) text as its composed form", () => {
    expect(fold("thủy sản".normalize("NFD"))).toBe(fold("thủy sản"));
    expect(nfc("thủy".normalize("NFD"))).toBe("thủy");
  });

  it("is the folding the search box, the indicator explorer's data and slugs use", () => {
    expect(queryFold("Văn hóa")).toBe("van hoa");
    expect(indicatorFold("Văn hóa")).toBe("van hoa");
    expect(slugify("Lĩnh vực văn hoá, xã hội")).toBe("linh-vuc-van-hoa-xa-hoi");
  });
});

describe("tone placement", () => {
  it("reads “văn hoá” (line 88) and “văn hóa” (line 6) as one spelling, tone apart from the letters", () => {
    expect(splitTones("hoá")).toEqual({ letters: "hoa", tones: ["\u0301"] });
    expect(splitTones("hóa")).toEqual(splitTones("hoá"));
  });

  it("keys “đường thuỷ” and “lâm, thủy sản” alike, and keeps đ apart from d and each tone apart", () => {
    expect(syllableKey("thuỷ")).toBe("thuy3");
    expect(syllableKey("thủy")).toBe("thuy3");
    expect(syllableKey("Đảng")).toBe("đang3");
    expect(syllableKey("đang")).toBe("đang");
    expect(syllableKey("cảng")).not.toBe(syllableKey("càng"));
    expect(wordsKey).toBe(syllableKey);
  });

  it("keeps the marks of â, ê, ô, ơ, ư, ă with the letters, not with the tone: “trưởng” is not “trường”", () => {
    expect(splitTones("trưởng").letters).toBe("trương".normalize("NFD"));
    expect(syllableKey("trưởng")).toBe("trương3");
    expect(syllableKey("trường")).toBe("trương2");
  });
});

describe("the letters of Vietnamese", () => {
  it("match every letter of “Tự hào và tin tưởng tuyệt đối” (line 4) and no digit or sign", () => {
    const letter = new RegExp(`^[${lowerLetters()}]$`);
    expect([..."tự hào và tin tưởng tuyệt đối".replace(/ /g, "")].every((c) => letter.test(c))).toBe(true);
    expect(["1", ",", "%", "D"].some((c) => letter.test(c))).toBe(false);
  });
});
