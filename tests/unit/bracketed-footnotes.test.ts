import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../scripts/model/diagnostics.ts";
import { extractBracketedFootnotes } from "../../scripts/parse/footnotes/bracketed.ts";
import { fixture, showRefs } from "../helpers.ts";

const body = fixture("footnotes", "1095764e502a89b8.md-103-118.txt");
const textAt = (lines: { text: string; line: number }[], n: number) => showRefs(lines.find((l) => l.line === n)!.text);

describe("[n] footnotes of a portal copy: marks in the text, notes at the end", () => {
  const diag = new Diagnostics("content/sources/cong-dien.md");
  const result = extractBracketedFootnotes([...body, ...fixture("footnotes", "1095764e502a89b8.md-205-226.txt")], diag);

  it("takes each note out with its lines, the number alone on its first line included", () => {
    expect(diag.items).toEqual([]);
    expect(result.footnotes.map((f) => [f.label, f.line, f.endLine])).toEqual([
      ["1", 205, 208],
      ["2", 209, 210],
      ["3", 211, 213],
      ["4", 214, 220],
      ["5", 221, 226],
    ]);
    expect(result.footnotes[1]!.text).toBe("Bộ Giáo dục và Đào tạo, Bộ Ngoại giao, Ngân hàng Nhà nước Việt Nam.");
    expect(result.lines.filter((l) => l.line >= 205).every((l) => l.text === "")).toBe(true);
  });

  it("places each mark where it was printed, after a word or before punctuation", () => {
    expect(textAt(result.lines, 103)).toBe("tháng 9 năm 2025 và nhiều văn bản[^1]");
    expect(textAt(result.lines, 115)).toMatch(/còn 03 bộ, cơ quan\[\^2\] và 09 địa phương\[\^3\] chưa gửi báo cáo\./);
    expect(textAt(result.lines, 117)).toMatch(/rà soát, báo cáo\[\^4\]; một số bộ/);
    expect(textAt(result.lines, 118)).toBe("nhưng không đăng ký các dự án[^5].");
  });
});

describe("a mark without its note, or a note without its mark, is an error at its line", () => {
  it("names each mark whose note is missing, and leaves it as printed", () => {
    const diag = new Diagnostics("content/sources/cong-dien.md");
    const result = extractBracketedFootnotes([...body, ...fixture("bad", "1095764e502a89b8.md-205-213.txt")], diag);
    expect(diag.fatal.map(formatDiagnostic)).toEqual([
      "content/sources/cong-dien.md:117: footnote mark [4] (the first [4]) has no note, expected a line starting “[4]” with its text (footnotes/bracketed-orphan-mark)",
      "content/sources/cong-dien.md:118: footnote mark [5] (the first [5]) has no note, expected a line starting “[5]” with its text (footnotes/bracketed-orphan-mark)",
    ]);
    expect(textAt(result.lines, 118)).toBe("nhưng không đăng ký các dự án[5].");
  });

  it("names each note no mark refers to", () => {
    const diag = new Diagnostics("content/sources/cong-dien.md");
    extractBracketedFootnotes(fixture("footnotes", "1095764e502a89b8.md-205-226.txt"), diag);
    expect(diag.fatal.map(formatDiagnostic)[0]).toBe(
      "content/sources/cong-dien.md:205: footnote note [1] has no mark in the text, expected a mark “[1]” in the text (footnotes/bracketed-orphan-note)",
    );
    expect(diag.fatal).toHaveLength(5);
  });

  it("accepts a fault that content/corrections.yml lists, as a note", () => {
    const diag = new Diagnostics("content/sources/cong-dien.md", [
      { line: 117, rule: "footnotes/bracketed-orphan-mark", reason: "the portal's copy lost the note" },
      { line: 118, rule: "footnotes/bracketed-orphan-mark", reason: "the portal's copy lost the note" },
    ]);
    extractBracketedFootnotes([...body, ...fixture("bad", "1095764e502a89b8.md-205-213.txt")], diag);
    expect(diag.fatal).toEqual([]);
    expect(diag.items).toHaveLength(2);
  });
});
