import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../scripts/model/diagnostics.ts";
import { extractEndFootnotes } from "../../scripts/parse/footnotes/end-replacement-char.ts";
import { extractPageFootnotes } from "../../scripts/parse/footnotes/page-bottom.ts";
import { extractSuperscriptFootnotes } from "../../scripts/parse/footnotes/superscript.ts";
import { fixture, showRefs } from "../helpers.ts";

const textAt = (lines: { text: string; line: number }[], n: number) => showRefs(lines.find((l) => l.line === n)!.text);

describe("footnotes at the end of 000, references lost as line breaks", () => {
  const body = fixture("footnotes", "000_1d6e454269cad3d3.txt-14-43.txt");
  const notes = fixture("footnotes", "000_1d6e454269cad3d3.txt-1512-1530.txt");
  const diag = new Diagnostics("000");
  // The body excerpt references footnotes 1–11; the excerpt of texts holds 1–6, so counts differ on purpose.
  const result = extractEndFootnotes([...body, ...notes], diag, (l) => l.text.startsWith("\t"));

  it("reads each text that starts with U+FFFD as one footnote, in order", () => {
    expect(result.footnotes.map((f) => [f.label, f.line])).toEqual([
      ["1", 1513],
      ["2", 1516],
      ["3", 1519],
      ["4", 1522],
      ["5", 1525],
      ["6", 1528],
    ]);
    expect(result.footnotes[2]!.text).toBe("Năm 2020, tỷ lệ lao động phi chính thức là 58,1%; năm 2025 ước giảm còn 47,6%.");
  });

  it("puts a reference where a line breaks mid-sentence before punctuation or a space and a lower-case word", () => {
    expect(textAt(result.lines, 15)).toMatch(/tình hình thiên tai, dịch bệnh\[\^1\] tạo ra những áp lực lớn/);
    expect(textAt(result.lines, 17)).toMatch(/17\/19 chỉ tiêu Nghị quyết Đại hội đề ra\[\^2\]\.$/);
    expect(textAt(result.lines, 28)).toMatch(/giảm tỷ lệ lao động phi chính thức\[\^3\], tỷ lệ lao động trong lĩnh vực nông/);
    expect(textAt(result.lines, 38)).toBe(
      "Đẩy mạnh cơ giới hóa trong sản xuất nông nghiệp[^8], phát triển các cơ sở bảo quản, " +
        "chế biến nông sản[^9] nhằm nâng cao chất lượng sản phẩm, giảm tổn thất sau thu hoạch, " +
        "tăng năng suất lao động, hiệu quả kinh tế tăng 20-30%; " +
        "phát triển các sản phẩm OCOP và ngành nghề nông thôn[^10]. ",
    );
  });

  it("leaves a line that starts with a space and a capital as its own paragraph", () => {
    // 45 is not in this excerpt; 30 is a heading followed by its text on the next line.
    expect(textAt(result.lines, 30)).toMatch(/^1\.1\. Nông nghiệp tiếp tục tăng trưởng khá/);
  });

  it("reports when references and texts do not pair up", () => {
    expect(diag.fatal.map((d) => d.rule)).toEqual(["footnotes/end-count"]);
    expect(diag.fatal[0]!.message).toBe("found 11 footnote reference breaks in the body but 6 footnote texts");
  });
});

describe("footnotes at page bottoms in 001 (`N- text`) with the number glued to the word", () => {
  const diag = new Diagnostics("001");
  const result = extractPageFootnotes(fixture("footnotes", "001_6f843c5cfe42939f.txt-19-80.txt"), diag);

  it("finds the six footnotes of the first pages, with their continuation lines", () => {
    expect(diag.fatal).toEqual([]);
    expect(result.footnotes.map((f) => [f.label, f.line, f.endLine])).toEqual([
      ["1", 29, 31],
      ["2", 71, 72],
      ["3", 73, 73],
      ["4", 74, 75],
      ["5", 76, 77],
      ["6", 78, 78],
    ]);
    expect(result.footnotes[0]!.text).toBe(
      "Trong số các chỉ tiêu đạt và vượt kế hoạch, về kinh tế: " +
        "có 04/06 chỉ tiêu vượt và 01 chỉ tiêu đạt kế hoạch; " +
        "về xã hội: có 03/07 chỉ tiêu vượt và 03 chỉ tiêu đạt kế hoạch; " +
        "về môi trường: có 02/02 chỉ tiêu đạt kế hoạch.",
    );
  });

  it("turns the glued numbers into references, including one after a percentage", () => {
    const line20 = textAt(result.lines, 20);
    expect(line20).toBe("hoạch đã đề ra, trong đó có 06 chỉ tiêu đạt và 07 chỉ tiêu vượt kế hoạch[^1] (chi tiết ");
    expect(textAt(result.lines, 36)).toBe("Hồng. Tổng cục Thống kê ước tăng trưởng kinh tế của tỉnh là 8,16%[^3] (KH năm ");
    expect(textAt(result.lines, 64)).toBe("12.455 ha, tăng 0,3%; sản lượng ước đạt 105.258 tấn, tăng 7,5%[^6]. Có 214 vùng ");
  });

  it("removes the footnote lines from the running text and keeps the body that resumes after them", () => {
    expect(textAt(result.lines, 29)).toBe("");
    expect(textAt(result.lines, 79)).toBe(" rừng được quản lý, bảo vệ ổn định, trong đó 2.241 ha rừng tự nhiên luôn được ");
  });
});

describe("a footnote that runs on to the next page's footnote area (001, footnote 9)", () => {
  const lines = fixture("footnotes", "001_6f843c5cfe42939f.txt-110-181.txt");
  const diag = new Diagnostics("001");
  const result = extractPageFootnotes(lines, diag, 7);

  it("joins the continuation found after the next page's body break", () => {
    // Reference 7 is at line 96, before the excerpt; 8 to 12 are inside it.
    expect(diag.fatal.map((d) => d.message)).toEqual(['no reference mark "7" found before footnote 7']);
    const nine = result.footnotes.find((f) => f.line === 125)!;
    const opening = "Tổ chức các Hội nghị kết nối tiêu thụ các sản phẩm tiêu biểu của tỉnh với hệ thống Thương vụ, ";
    expect(nine.text.startsWith(opening + "doanh nghiệp xuất nhập khẩu")).toBe(true);
    expect(nine.endLine).toBe(162);
    expect(result.footnotes.map((f) => f.line)).toEqual([120, 121, 125, 163, 165, 173]);
  });

  it("keeps the paragraph that the footnote area interrupted", () => {
    expect(textAt(result.lines, 156)).toBe("chức, cá nhân. Mặt bằng lãi suất huy động động và cho vay giảm từ 1,5-");
    expect(textAt(result.lines, 158)).toBe("");
    expect(textAt(result.lines, 175)).toBe(" 2,1%/năm so với cuối năm trước đối với các kỳ hạn. Ước tổng nguồn vốn huy ");
  });
});

describe("footnotes of 003 (`N text`), one referenced after a year", () => {
  const diag = new Diagnostics("003");
  const result = extractPageFootnotes(fixture("footnotes", "003_43864d262e2b7ee9.txt-216-264.txt"), diag);
  it("reads `20301.` as the year 2030 followed by reference 1", () => {
    expect(diag.fatal).toEqual([]);
    expect(result.footnotes.map((f) => [f.label, f.line, f.endLine])).toEqual([["1", 261, 262]]);
    expect(textAt(result.lines, 223)).toMatch(/^2030\[\^1\]\. {2}Thực hiện đồng bộ/);
  });
});

describe("superscript footnotes of 004", () => {
  const diag = new Diagnostics("004");
  const result = extractSuperscriptFootnotes(fixture("footnotes", "004_fa57fa61f79953c7.txt-115-150.txt"), diag);
  it("reads footnote texts with their continuation lines and marks references", () => {
    // Reference 11 is at line 107, before the excerpt; the texts of 18 to 21 come after it.
    expect(diag.fatal.map((d) => d.message)).toEqual([
      "footnote reference 18 has no footnote text",
      "footnote reference 19 has no footnote text",
      "footnote reference 20 has no footnote text",
      "footnote reference 21 has no footnote text",
      "footnote text 11 has no reference in the text",
    ]);
    const eleven = result.footnotes.find((f) => f.label === "11")!;
    expect([eleven.line, eleven.endLine]).toEqual([123, 124]);
    // Both cities' figures, in one footnote.
    expect(eleven.text).toMatch(/^Hải Phòng: Vận động các nguồn lực ủng hộ với kinh phí 222,5 tỷ đồng /);
    expect(eleven.text.split(" 222,5 tỷ đồng ")[1]).toContain(" Hải Dương: vận động được 316 tỷ 154 triệu đồng");
    expect(textAt(result.lines, 134)).toMatch(/tốc độ tăng trưởng cao\[\^12\]\. Cơ cấu kinh tế chuyển dịch/);
    expect(result.footnotes.map((f) => f.label)).toEqual(["11", "12", "13", "14", "15", "16", "17"]);
  });
});
