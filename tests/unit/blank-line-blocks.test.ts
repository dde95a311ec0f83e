/**
 * The block rules of the `blank-line` layout (Markdown copied from a legal portal), on excerpts of
 * the development corpus (/work/shared/corpus, and two files of the larger crawl it comes from:
 * tnt305/tai_lieu_noi_bo, src/etl/dataset/, commit 94c5034), each named after its file and lines.
 */
import { describe, expect, it } from "vitest";
import type { BlockNode, HeadingNode } from "../../scripts/model/document.ts";
import { mergeLists, parseBlocks } from "../../scripts/parse/blocks.ts";
import { assignDepths } from "../../scripts/parse/hierarchy.ts";
import { unifyNumberedRuns } from "../../scripts/parse/numbered-runs.ts";
import { splitLeadEmphasis, stripEmphasis } from "../../scripts/parse/rules/emphasis.ts";
import { blockRules } from "../../scripts/parse/rules/index.ts";
import { matchTitleLine } from "../../scripts/parse/rules/appendix.ts";
import { fixture } from "../helpers.ts";

const parse = (name: string): BlockNode[] =>
  mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(fixture("blank-line", name), [], "blank-line"), { sentencesInArticles: false })));

/** One line per block: `H<depth> <numbering> <title>`, `L<line> <markers>`, `P<line>-<endLine> <start of text>`. */
const outline = (blocks: BlockNode[]): string[] =>
  blocks.map((b) =>
    b.type === "heading"
      ? `H${b.depth} ${b.numbering} ${b.title}`.trim()
      : b.type === "list"
        ? `L${b.line} ${b.items.map((i) => i.marker).join(" ")}`
        : b.type === "paragraph"
          ? `P${b.line}-${b.endLine} ${b.text.slice(0, 40)}`
          : `${b.type}${b.type === "matter" ? `:${b.role}` : ""}`,
  );

describe("the rules of the blank-line layout", () => {
  it("are one ordered list, the paragraph last, as it takes any line", () => {
    expect(blockRules.map((r) => r.name)).toEqual([
      "separator",
      "back-matter",
      "quoted",
      "attached",
      "appendix",
      "article",
      "numbered",
      "list-item",
      "paragraph",
    ]);
  });
});

describe("headings read by structure, not by line widths", () => {
  const blocks = parse("ha-tinh-kh624-2025-giao-duc-mam-non.md-123-145.txt");

  it("joins a bold heading broken across lines, its markers left out", () => {
    expect(blocks[0]).toMatchObject({ type: "heading", numbering: "III.", title: "NHIỆM VỤ, GIẢI PHÁP", line: 123, endLine: 124 });
  });

  it("joins a heading whose first line is 13 characters long (`1. Hoàn thiện`) up to the blank line", () => {
    expect(blocks[1]).toMatchObject({
      type: "heading",
      numbering: "1.",
      title: "Hoàn thiện cơ chế, chính sách phát triển giáo dục mầm non ở địa bàn đô thị, khu công nghiệp",
      line: 126,
      endLine: 127,
    });
  });

  it("reads the task sentences under it (`a) Rà soát, kịp thời quy định …`) as one list, not as headings", () => {
    expect(outline(blocks)).toEqual([
      "H1 III. NHIỆM VỤ, GIẢI PHÁP",
      "H2 1. Hoàn thiện cơ chế, chính sách phát triển giáo dục mầm non ở địa bàn đô thị, khu công nghiệp",
      "L129 a) b) c)",
    ]);
    const list = blocks[2] as Extract<BlockNode, { type: "list" }>;
    expect(list.items[0]!.text).toBe(
      "Rà soát, kịp thời quy định chi tiết văn bản quy phạm pháp luật của cấp trên theo thẩm quyền, đúng quy định pháp luật và phù hợp tình hình thực tiễn của địa phương.",
    );
  });
});

describe("emphasis markers around headings", () => {
  it("strips unbalanced and empty markers: `** **`, `****`, `*2.2.* *Tập …*`", () => {
    expect(stripEmphasis("*2.2.* *Tập trung nguồn lực*")).toBe("2.2. Tập trung nguồn lực");
    expect(stripEmphasis("**Về bổ sung Kế hoạch năm 2025 ****với mục tiêu tăng trưởng**")).toBe(
      "Về bổ sung Kế hoạch năm 2025 với mục tiêu tăng trưởng",
    );
  });

  it("ends a title where its emphasis ends", () => {
    expect(splitLeadEmphasis("**Điều 1.** Sửa đổi, bổ sung quy định")).toEqual({ lead: "Điều 1.", rest: "Sửa đổi, bổ sung quy định" });
    expect(splitLeadEmphasis("**Điều 1. **Công bố kèm theo Quyết định này")).toEqual({
      lead: "Điều 1.",
      rest: "Công bố kèm theo Quyết định này",
    });
    expect(splitLeadEmphasis("*2.5. **Thúc đẩy mạnh mẽ các động lực tăng trưởng mới*")).toEqual({
      lead: "2.5. Thúc đẩy mạnh mẽ các động lực tăng trưởng mới",
      rest: "",
    });
  });

  it("reads the italic titles of a resolution, the one split in two runs included", () => {
    expect(outline(parse("quoc-hoi-nq-bo-sung-ke-hoach-2025.md-17-48.txt")).filter((l) => l.startsWith("H"))).toEqual([
      "H1 Điều 1. Mục tiêu, chỉ tiêu",
      "H2 a) Mục tiêu tổng quát",
      "H2 b) Điều chỉnh một số chỉ tiêu chủ yếu",
      "H1 Điều 2. Nhiệm vụ và giải pháp chủ yếu",
      "H2 2.1. Đẩy mạnh hoàn thiện thể chế, pháp luật và nâng cao hiệu quả công tác tổ chức thi hành pháp luật",
      "H2 2.2. Tập trung nguồn lực hoàn thiện kết cấu hạ tầng chiến lược đồng bộ, hiện đại; khơi thông và sử dụng hiệu quả nguồn lực đầu tư công",
      "H2 2.3. Tập trung cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh, tạo mọi điều kiện giải quyết nhanh các thủ tục đầu tư, các khó khăn, vướng mắc trong hoạt động đầu tư kinh doanh, khuyến khích đầu tư của mọi thành phần kinh tế",
    ]);
  });
});

describe("articles (Điều)", () => {
  it("gives an article whose whole clause runs on a short heading, the clause its first paragraph", () => {
    const blocks = parse("ha-noi-nq66-2025-hdnd.md-64-72.txt");
    expect(outline(blocks)).toEqual([
      "H1 Điều 1.",
      "P64-66 Sửa đổi, bổ sung quy định về phí tham qu",
      "H1 Điều 2. Tổ chức thực hiện",
      "L70 1.",
    ]);
    expect(blocks[1]).toMatchObject({
      text: "Sửa đổi, bổ sung quy định về phí tham quan danh lam thắng cảnh, di tích lịch sử, công trình văn hóa trên địa bàn Thành phố (Chi tiết tại Phụ lục kèm theo).",
    });
  });

  it("keeps a quoted amended article inside the article that quotes it: no second `Điều`, no heading from the quote", () => {
    const blocks = parse("hue-nq37-2025-hdnd-giam-ngheo.md-101-141.txt");
    expect(outline(blocks)).toEqual([
      "H1 Điều 1. Sửa đổi, bổ sung một số điều của Quy định các chính sách hỗ trợ giảm nghèo bền vững tỉnh Thừa Thiên Huế giai đoạn 2023 - 2025 ban hành kèm theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh Thừa Thiên Huế (nay thành phố Huế)",
      "L107 1.",
      "P110-112 “2. Các Sở, ban, ngành thuộc Ủy ban nhân",
      "L114 2.",
      "P117-117 “1. Đối tượng được hỗ trợ",
      "P119-122 Người thuộc hộ gia đình cận nghèo theo c",
      "L124 3.",
      "P127-127 **“Điều 6. Quy trình thực hiện**",
      "P129-133 1. Trước ngày 20 tháng 12 hằng năm, Ủy b",
      "P135-137 2. Cơ quan Bảo hiểm xã hội thành phố Huế",
      "P139-140 3. Sở Tài chính thẩm định hồ sơ, tham mư",
    ]);
  });

  it("reads articles whose paragraphs no blank line separates, `Phụ lục` inside their sentences (crawl file cd648cfa4fdecfb2.md)", () => {
    expect(outline(parse("cd648cfa4fdecfb2.md-103-131.txt"))).toEqual([
      "P103-107 *Căn cứ Quyết định số 3532/QĐ-BTC ngày 1",
      "P108-109 *Theo đề nghị của Giám đốc Sở Tài chính ",
      "P110-110 **QUYẾT ĐỊNH:**",
      "H1 Điều 1.",
      "P111-113 Công bố kèm theo Quyết định này danh mục",
      "H1 Điều 2.",
      "P114-118 Bãi bỏ 03 thủ tục hành chính (số thứ tự ",
      "H1 Điều 3. Tổ chức thực hiện",
      "L120 1. 2.",
      "H1 Điều 4.",
      "P130-131 Quyết định này có hiệu lực thi hành kể t",
    ]);
  });
});

describe("`Phụ lục` opens an appendix only as a title", () => {
  it.each([
    ["**PHỤ LỤC**", "PHỤ LỤC", ""],
    ["**PHỤ LỤC I**", "PHỤ LỤC I", ""],
    ["Phụ lục 01", "Phụ lục 01", ""],
    ["PHỤ LỤC 4: ĐÁNH GIÁ 5 NĂM THỰC HIỆN CHIẾN LƯỢC", "PHỤ LỤC 4", "ĐÁNH GIÁ 5 NĂM THỰC HIỆN CHIẾN LƯỢC"],
    ["Mẫu biểu số 02", "Mẫu biểu số 02", ""],
  ])("reads the title line %j", (line, numbering, rest) => {
    expect(matchTitleLine(line)).toMatchObject({ style: "appendix", numbering, rest });
  });

  it.each([
    "(Chi tiết tại Phụ lục kèm theo).",
    "Phụ lục V – kèm theo Nghị quyết này",
    "Phụ lục II kèm theo Quyết định số 3154/QĐ-BTC ngày 10/9/2025 công bố thủ tục",
  ])("does not read %j as a title", (line) => {
    expect(matchTitleLine(line)).toBeNull();
  });

  it("reads a chapter the same way, its number required", () => {
    expect(matchTitleLine("**CHƯƠNG II**")).toEqual({ style: "chapter", numbering: "CHƯƠNG II", ordinal: 2, rest: "" });
    expect(matchTitleLine("Chương I. QUY ĐỊNH CHUNG")).toEqual({
      style: "chapter",
      numbering: "Chương I",
      ordinal: 1,
      rest: "QUY ĐỊNH CHUNG",
    });
    expect(matchTitleLine("Chương trình mục tiêu quốc gia giảm nghèo bền vững")).toBeNull();
  });

  it("reads a section (Mục) between Chương and Điều the same way, and not `MỤC LỤC` or a sentence naming one", () => {
    expect(matchTitleLine("**Mục 1. NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI**")).toEqual({
      style: "section",
      numbering: "Mục 1",
      ordinal: 1,
      rest: "NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI",
    });
    expect(matchTitleLine("MỤC LỤC")).toBeNull();
    expect(matchTitleLine("*Mục 2 Quy chuẩn kỹ thuật quốc gia QCVN 123:2024/BGTVT về Thiết bị an toàn*")).toBeNull();
  });

  it("takes the title in capitals that follows a bare `PHỤ LỤC`", () => {
    expect(outline(parse("ha-noi-nq66-2025-hdnd.md-119-131.txt"))).toEqual([
      "H1 PHỤ LỤC DANH MỤC CÁC KHOẢN PHÍ VÀ LỆ PHÍ",
      "P125-128 *(Ban hành kèm Nghị quyết số 66/2025/NQ-",
      "H2 A. BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN PHƯỜNG HOÀN KIẾM",
    ]);
  });

  it("leaves a paragraph that starts with `Phụ lục 2 ban hành kèm theo …` a paragraph (crawl file 9cba6764472ea61a.md)", () => {
    expect(outline(parse("9cba6764472ea61a.md-9-14.txt"))).toEqual([
      // The excerpt's first paragraph is read as the title block of a document that starts there.
      "matter:title-block",
      "P11-11 Phụ lục 2 ban hành kèm theo Nghị quyết 5",
      "L13 -",
    ]);
  });
});

describe("recipients and signature laid out as a table", () => {
  it("end at the cell bar after the signature: the appendix that follows is not signed", () => {
    const blocks = parse("ha-noi-nq66-2025-hdnd.md-85-123.txt");
    expect(outline(blocks).slice(-3)).toEqual(["matter:recipients", "matter:signature", "H1 PHỤ LỤC DANH MỤC CÁC KHOẢN PHÍ VÀ LỆ PHÍ"]);
    expect(blocks.at(-2)).toMatchObject({ lines: ["CHỦ TỊCH", "Phùng Thị Hồng Hà"], line: 116, endLine: 117 });
  });

  it("ends a quote the source leaves open at the article's next amending instruction (Huế, NQ 35/2025/NQ-HĐND, crawl file ed309a99382e6b4c.md)", () => {
    // The quoted Điều 5 (line 92) is never closed; "2. Sửa đổi, bổ sung Điều 7 như sau:" (line 249) is Điều 1's own clause again.
    const blocks = parse("ed309a99382e6b4c.md-86-256.txt");
    const at = (line: number) => blocks.find((b) => b.line === line);
    expect(at(86)).toMatchObject({ type: "heading", numbering: "Điều 1." });
    expect(blocks.filter((b) => b.type === "heading")).toHaveLength(1);
    expect(at(249)).toMatchObject({ type: "list", items: [{ marker: "2.", text: "Sửa đổi, bổ sung Điều 7 như sau:" }] });
    expect(at(252)).toMatchObject({ type: "paragraph" });
  });

  it("reads a numbering printed alone on its line with its title on the next (Cà Mau, KH 0204/KH-UBND, crawl file 9b7eebadf7081069.md)", () => {
    // `*2.1.` / `Thu ngân sách nhà nước (NSNN)*` (lines 149–150) and `*2.2.` / `Chi ngân sách địa phương (NSĐP)*` (214–215).
    const blocks = parse("9b7eebadf7081069.md-140-262.txt");
    const headings = blocks.flatMap((b) => (b.type === "heading" ? [[b.line, b.numbering, b.title]] : []));
    expect(headings.filter(([line]) => line === 149 || line === 214)).toEqual([
      [149, "2.1.", "Thu ngân sách nhà nước (NSNN)"],
      [214, "2.2.", "Chi ngân sách địa phương (NSĐP)"],
    ]);
    // Under 2.2, `*a) Chi đầu tư phát triển: *Ước thực hiện …` is a title with its figures right after it.
    const at = blocks.findIndex((b) => b.line === 227 && b.type === "heading");
    expect(blocks[at + 1]).toMatchObject({
      type: "paragraph",
      text: "Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; cụ thể:",
    });
  });

  it("keeps an emphasised title's run-on text when a restarted run of titles becomes a list", () => {
    // The shape of Cà Mau's 2.2 before its `*2.2.` line was read (lines 173, 227, 245 of 9b7eebadf7081069.md): a) restarts under b).
    const title = (line: number, numbering: string, text: string): HeadingNode => ({
      type: "heading",
      depth: 0,
      numbering,
      style: "lower-letter",
      title: text,
      line,
      endLine: line,
    });
    const body = (line: number, text: string): BlockNode => ({ type: "paragraph", text, line, endLine: line, fromHeading: true });
    const blocks = assignDepths([
      title(152, "a)", "Tình hình thu NSNN năm 2025"),
      title(173, "b)", "Đánh giá nguyên nhân tác động tăng, giảm thu ngân sách"),
      title(227, "a)", "Chi đầu tư phát triển"),
      body(227, "Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; cụ thể:"),
      title(245, "b)", "Chi thường xuyên"),
      body(245, "Uớc thực hiện cả năm là 15.942,496 tỷ đồng/14.635,050 tỷ đồng, đạt 108,93% dự toán."),
    ]);
    expect(blocks.at(-1)).toMatchObject({
      type: "list",
      items: [
        {
          marker: "a)",
          text: "Chi đầu tư phát triển Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; cụ thể:",
          line: 227,
        },
        {
          marker: "b)",
          text: "Chi thường xuyên Uớc thực hiện cả năm là 15.942,496 tỷ đồng/14.635,050 tỷ đồng, đạt 108,93% dự toán.",
          line: 245,
        },
      ],
    });
  });
});
