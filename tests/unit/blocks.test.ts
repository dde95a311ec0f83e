import { describe, expect, it } from "vitest";
import type { BlockNode } from "../../scripts/model/document.ts";
import { mergeLists, parseBlocks, splitHeading } from "../../scripts/parse/blocks.ts";
import { matchListMarker, matchNumbering } from "../../scripts/parse/heading.ts";
import { assignDepths } from "../../scripts/parse/hierarchy.ts";
import { unifyNumberedRuns } from "../../scripts/parse/numbered-runs.ts";
import { fixture } from "../helpers.ts";

const pipeline = (name: string, mode: "line" | "wrapped" | "blank-separated"): BlockNode[] =>
  mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(fixture("blocks", name), [], mode))));
const outline = (blocks: BlockNode[]) =>
  blocks.map((b) =>
    b.type === "heading"
      ? `H${b.depth} ${b.numbering} ${b.title}`
      : b.type === "list"
        ? `L[${b.items.map((i) => i.marker).join(" ")}]`
        : b.type === "paragraph"
          ? `P@${b.line}`
          : `${b.type}:${b.type === "matter" ? b.role : ""}`,
  );

describe("numbering at the start of a line", () => {
  it.each([
    ["Phần thứ nhất", "part", "Phần thứ nhất", ""],
    [" PHẦN THỨ HAI", "part", "PHẦN THỨ HAI", ""],
    ["PHỤ LỤC 1:", "appendix", "PHỤ LỤC 1", ""],
    ["Điều 1. Hội đồng nhân dân tỉnh tán thành", "article", "Điều 1.", "Hội đồng nhân dân tỉnh tán thành"],
    ["III. NGUYÊN NHÂN CỦA HẠN CHẾ", "roman", "III.", "NGUYÊN NHÂN CỦA HẠN CHẾ"],
    ["B. ĐÁNH GIÁ CHUNG", "upper-letter", "B.", "ĐÁNH GIÁ CHUNG"],
    ["1.  Lĩnh vực kinh tế", "decimal-1", "1.", "Lĩnh vực kinh tế"],
    [" 2.4. Lao động, việc làm", "decimal-2", "2.4.", "Lao động, việc làm"],
    ["1.5.1. Đầu tư công", "decimal-3", "1.5.1.", "Đầu tư công"],
    ["a) Môi trường đầu tư, kinh doanh", "lower-letter", "a)", "Môi trường đầu tư, kinh doanh"],
  ])("reads %j as %s", (line, style, numbering, rest) => {
    expect(matchNumbering(line)).toMatchObject({ style, numbering, rest });
  });

  it.each(["1.805 doanh nghiệp, tăng 15%", "12.455 ha, tăng 0,3%", "2030: xây dựng khoảng", "Một là, Phải luôn luôn"])(
    "does not read the body line %j as numbered",
    (line) => {
      expect(matchNumbering(line)).toBeNull();
    },
  );

  it("reads list markers", () => {
    expect(matchListMarker("(11) Xây dựng hoàn thành")).toEqual({ marker: "(11)", ordered: true, rest: "Xây dựng hoàn thành" });
    expect(matchListMarker(" - Hạ tầng đô thị: tập trung")).toEqual({ marker: "-", ordered: false, rest: "Hạ tầng đô thị: tập trung" });
  });
});

describe("a heading that runs straight into its text", () => {
  it("splits at the first full stop followed by a capital", () => {
    expect(splitHeading("Công tác thanh tra đạt được nhiều kết quả tích cực. Đã thực hiện 157 cuộc thanh tra")).toEqual({
      title: "Công tác thanh tra đạt được nhiều kết quả tích cực",
      body: "Đã thực hiện 157 cuộc thanh tra",
    });
  });
  it("splits at a colon followed by a capital", () => {
    expect(splitHeading("Phát triển các khu, cụm công nghiệp: Tiếp nhận 02 khu công nghiệp")).toEqual({
      title: "Phát triển các khu, cụm công nghiệp",
      body: "Tiếp nhận 02 khu công nghiệp",
    });
  });
  it("keeps numbers with a decimal point inside the heading", () => {
    expect(splitHeading("Xây dựng tuyến nối QL.18 với đường ô tô cao tốc")).toEqual({
      title: "Xây dựng tuyến nối QL.18 với đường ô tô cao tốc",
      body: "",
    });
  });
});

describe("001 II. ĐÁNH GIÁ CHUNG (hard-wrapped, page breaks in mid-sentence)", () => {
  const blocks = pipeline("001_6f843c5cfe42939f.txt-734-766.txt", "wrapped");
  it("re-joins the paragraph cut by a blank line after a comma", () => {
    const p = blocks.find((b) => b.type === "paragraph")!;
    expect(p).toMatchObject({ line: 736, endLine: 742 });
    expect(p.type === "paragraph" && p.text).toBe(
      "Năm 2023, với sự chỉ đạo chặt chẽ, sát sao của Ban Thường vụ Tỉnh ủy, " +
        "Thường trực Tỉnh ủy, đặc biệt là đồng chí Bí thư Tỉnh ủy; " +
        "sự phối hợp thường xuyên, liên tục của Hội đồng nhân dân tỉnh; " +
        "sự đoàn kết, thống nhất, đổi mới, quyết liệt của Lãnh đạo UBND tỉnh, " +
        "thủ trưởng các sở, ban, ngành, địa phương trong công tác chỉ đạo điều hành; " +
        "vì vậy, tình hình kinh tế - xã hội của tỉnh có một số nét nổi bật như sau:",
    );
  });
  it("reads the six highlights as one numbered list, the second one joined across its page break", () => {
    expect(outline(blocks)).toEqual([
      "H1 II. ĐÁNH GIÁ CHUNG",
      "H2 1. Một số thành tích, kết quả nổi bật",
      "P@736",
      "L[1.1. 1.2. 1.3. 1.4. 1.5. 1.6.]",
      "H2 2. Một số tồn tại, hạn chế",
    ]);
    const list = blocks[3]!;
    expect(list.type === "list" && list.items[1]!.text).toBe(
      "Quy mô kinh tế đứng thứ 11/63 tỉnh thành phố trong cả nước; " +
        "thực hiện có hiệu quả Chương trình phục hồi và phát triển kinh tế - xã hội. " +
        "Dự kiến có 13/15 chỉ tiêu phát triển kinh tế - xã hội đạt và vượt mục tiêu đã đề ra.",
    );
  });
});

describe("000 B.II.2: the 18 main goals", () => {
  const blocks = pipeline("000_1d6e454269cad3d3.txt-332-374.txt", "line");
  it("are a numbered list under their heading, not eighteen headings", () => {
    const fromII = outline(blocks).slice(outline(blocks).indexOf("H2 II. MỤC TIÊU PHÁT TRIỂN"));
    expect(fromII).toEqual([
      "H2 II. MỤC TIÊU PHÁT TRIỂN",
      "H3 1. Mục tiêu tổng quát",
      "P@345",
      "H3 2. Mục tiêu chủ yếu của nhiệm kỳ 2025 - 2030, định hướng đến năm 2035",
      expect.stringMatching(/^L\[1\. 2\. 3\. .* 17\. 18\.\]$/),
      "H1 C. NHIỆM VỤ VÀ GIẢI PHÁP CỦA NHIỆM KỲ 2025 - 2030 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2035",
    ]);
    const list = blocks.find((b) => b.type === "list" && b.line === 348)!;
    expect(list.type === "list" && list.items[8]).toEqual({
      marker: "9.",
      text: "Chỉ số phát triển con người (HDI) năm 2030 đạt 0,82; năm 2035 đạt 0,85.",
      line: 357,
      endLine: 357,
    });
    const opening = "Tổng sản phẩm trên địa bàn (GRDP) tăng bình quân tối thiểu đạt 12%/năm. GRDP bình quân đầu người";
    expect(list.type === "list" && list.items[0]!.text.startsWith(opening)).toBe(true);
  });
});

describe("002: a list item cut by a page break", () => {
  const blocks = pipeline("002_8184ebce04ffb420.txt-27-50.txt", "line");
  it("joins `…thất nghiệp dưới` and `3%; …` into one item", () => {
    const list = blocks.find((b) => b.type === "list" && b.line === 29)!;
    expect(list.type === "list" && list.items.map((i) => [i.line, i.endLine])).toEqual([
      [29, 29],
      [31, 33],
      [35, 35],
      [37, 37],
    ]);
    expect(list.type === "list" && list.items[1]!.text).toMatch(
      /tỷ lệ thất nghiệp dưới 3%; tỷ lệ hộ nghèo theo chuẩn đa chiều giảm khoảng 1,5%\/năm/,
    );
  });
});

describe("front and back matter", () => {
  it("reads the title block of 003 before its legal bases", () => {
    const blocks = pipeline("003_43864d262e2b7ee9.txt-1-26.txt", "wrapped");
    expect(blocks[0]).toEqual({
      type: "matter",
      role: "title-block",
      lines: [
        "NGHỊ QUYẾT",
        "Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023",
        "và kế hoạch phát triển kinh tế - xã hội năm 2024",
        "HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG",
        "KHOÁ XVII, KỲ HỌP THỨ 19",
      ],
      line: 1,
      endLine: 7,
    });
    expect(outline(blocks).slice(1)).toEqual([
      "P@9",
      "P@13",
      "P@18",
      "H1 Điều 1. Hội đồng nhân dân tỉnh tán thành báo cáo kết quả thực hiện " +
        "kế hoạch phát triển kinh tế - xã hội năm 2023 và kế hoạch phát triển kinh tế - xã hội năm 2024 " +
        "của Ủy ban nhân dân tỉnh, với một số nội dung cụ thể như sau",
      "H2 I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023",
    ]);
  });
  it("keeps 002's subject line with its title and starts the body at `Thực hiện Nghị quyết số 30-NQ/TW`", () => {
    const blocks = parseBlocks(fixture("blocks", "002_8184ebce04ffb420.txt-1-12.txt"), [], "line");
    expect(blocks.map((b) => (b.type === "matter" ? [b.role, b.lines.length, b.line, b.endLine] : [b.type, b.line]))).toEqual([
      ["number-date", 2, 3, 5],
      ["title-block", 2, 7, 9],
      ["paragraph", 11],
    ]);
    const title = blocks[1]!;
    expect(
      title.type === "matter" &&
        title.lines[1]!.startsWith("Thực hiện các Nghị quyết của Bộ Chính trị, Chính phủ và Ban Thường vụ Tỉnh ủy"),
    ).toBe(true);
  });

  it("reads `Nơi nhận:` (kept as the list's caption) and the signature at the end of 002", () => {
    const blocks = pipeline("002_8184ebce04ffb420.txt-184-207.txt", "line");
    const matter = blocks.filter((b) => b.type === "matter");
    expect(matter).toEqual([
      {
        type: "matter",
        role: "recipients",
        caption: "Nơi nhận:",
        lines: [
          "Văn phòng Chính phủ (để báo cáo);",
          "Bộ Kế hoạch và Đầu tư (để báo cáo);",
          "Thường trực Tỉnh ủy (để báo cáo);",
          "Thường trực HĐND tỉnh (để báo cáo);",
          "Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương;",
          "Chủ tịch UBND tỉnh;",
          "Các Phó Chủ tịch UBND tỉnh;",
          "Các sở, ban, ngành, đoàn thể tỉnh;",
          "UBND các huyện, thị xã, thành phố;",
          "Lưu VT, CV. Việt Cường (15b)",
        ],
        line: 191,
        endLine: 202,
      },
      { type: "matter", role: "signature", lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Thế Hùng"], line: 204, endLine: 207 },
    ]);
  });
});
