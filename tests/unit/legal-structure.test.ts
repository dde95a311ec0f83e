/**
 * The legal levels of a portal document (Phần > Chương > Mục > Điều > khoản > điểm), task items
 * told from titles, and attached documents and forms, on excerpts of the development crawl
 * (/work/devcorpus/) and corpus (/work/shared/corpus/), each named after its file and lines.
 */
import { describe, expect, it } from "vitest";
import type { BlockNode } from "../../scripts/model/document.ts";
import { mergeLists, parseBlocks } from "../../scripts/parse/blocks.ts";
import { assignDepths } from "../../scripts/parse/hierarchy.ts";
import { unifyNumberedRuns } from "../../scripts/parse/numbered-runs.ts";
import { repairEmphasis } from "../../scripts/parse/rules/emphasis.ts";
import { unboxLayoutTables } from "../../scripts/parse/tables/pipe-lines.ts";
import { fixture } from "../helpers.ts";

const parse = (name: string): BlockNode[] =>
  mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(fixture("blank-line", name), [], "blank-line"), { sentencesInArticles: false })));

/** The headings only: `<depth> <numbering> <title>`. */
const headings = (blocks: BlockNode[]): string[] =>
  blocks.flatMap((b) => (b.type === "heading" ? [[b.depth, b.numbering, b.title].filter(Boolean).join(" ")] : []));

describe("Chương, Mục and Điều nest as the law writes them (Lai Châu QĐ 87/2025, lines 136–207)", () => {
  const blocks = parse("01bf9d04a5b9e2c8.md-136-207.txt");

  it("puts each Điều under its Chương, and under its Mục where the Chương has sections", () => {
    expect(headings(blocks)).toEqual([
      "1 Chương I QUY ĐỊNH CHUNG",
      "2 Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng",
      "3 1. Phạm vi điều chỉnh",
      "3 2. Đối tượng áp dụng",
      "2 Điều 2. Những nguyên tắc trong tổ chức việc cưới, việc tang",
      "1 Chương II NHỮNG QUY ĐỊNH CỤ THỂ",
      "2 Mục 1 NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI",
      "3 Điều 3. Về đăng ký kết hôn",
      "3 Điều 4. Trao giấy chứng nhận kết hôn",
    ]);
  });

  it("reads `**Điều` / `3. Về đăng ký kết hôn**`, broken after the word, as article 3 over both lines", () => {
    expect(blocks.find((b) => b.type === "heading" && b.numbering === "Điều 3.")).toMatchObject({ line: 189, endLine: 190 });
  });
});

/** As the build reads a portal file: layout tables (a header, a signature) unboxed first. */
const parsePortal = (name: string): BlockNode[] =>
  mergeLists(
    assignDepths(
      unifyNumberedRuns(parseBlocks(unboxLayoutTables(fixture("blank-line", name)), [], "blank-line"), { sentencesInArticles: false }),
    ),
  );

describe("a Quy định issued with the decision (Hải Phòng QĐ 212/2025)", () => {
  const blocks = parsePortal("hai-phong-qd212-2025-danh-gia-can-bo.md-84-125.txt");

  it("ends the signature before `**QUY ĐỊNH**`, which heads its own articles", () => {
    expect(blocks.find((b) => b.type === "matter" && b.role === "signature")).toMatchObject({
      lines: ["TM. ỦY BAN NHÂN", "DÂN", "CHỦ TỊCH", "Lê Ngọc Châu"],
    });
    expect(headings(blocks)).toEqual([
      "1 Điều 3.",
      "1 QUY ĐỊNH VỀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC TẠI CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN XÃ, PHƯỜNG, ĐẶC KHU VÀ VIÊN CHỨC TẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC ỦY BAN NHÂN DÂN THÀNH PHỐ",
      "2 Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
      "3 1. Phạm vi điều chỉnh",
    ]);
  });

  it("keeps `*(Ban hành kèm theo …)*` a paragraph under it", () => {
    expect(blocks.find((b) => b.type === "paragraph" && b.line > 112)).toMatchObject({
      line: 119,
      text: "*(Ban hành kèm theo Quyết định số 212/2025/QĐ-UBND)*",
    });
  });
});

describe("a form's title after the header laid out as a table (Hải Phòng QĐ 212/2025, its three forms)", () => {
  it.each([
    ["hai-phong-qd212-2025-danh-gia-can-bo.md-631-662.txt", "Phụ lục 01 PHIẾU ĐÁNH GIÁ, XẾP LOẠI ………"],
    [
      "hai-phong-qd212-2025-danh-gia-can-bo.md-1847-1866.txt",
      "Phụ lục 02 PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIỮ CHỨC DANH LÃNH ĐẠO, QUẢN LÝ",
    ],
    ["hai-phong-qd212-2025-danh-gia-can-bo.md-2500-2520.txt", "Phụ lục 03 PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC/VIÊN CHỨC"],
  ])("gives the appendix of %s its form's title: %s", (name, title) => {
    expect(headings(parsePortal(name))[0]).toBe(`1 ${title}`);
  });

  it("keeps the header's issuer and motto as a title block under the heading", () => {
    const blocks = parsePortal("hai-phong-qd212-2025-danh-gia-can-bo.md-631-662.txt");
    expect(blocks[1]).toMatchObject({
      type: "matter",
      role: "title-block",
      lines: ["TÊN CƠ QUAN, TỔ CHỨC, ĐƠN VỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    });
    expect(blocks[2]).toMatchObject({ type: "paragraph", line: 647 });
  });
});

const parseLists = (name: string): BlockNode[] =>
  mergeLists(
    assignDepths(
      unifyNumberedRuns(parseBlocks(fixture("blank-line", name), [], "blank-line"), { sentencesInArticles: false, leadInLists: true }),
    ),
  );

/** Every item of the document's lists, as `<marker> <text>`. */
const items = (blocks: BlockNode[]): string[] =>
  blocks.flatMap((b) => (b.type === "list" ? b.items.map((i) => `${i.marker} ${i.text}`) : []));

describe("task items told from titles (Bắc Ninh KH 144/2025)", () => {
  it("reads the a), b) of `*Trọng tâm:*` as task sentences with their dash lists, not headings (lines 205–262)", () => {
    const blocks = parseLists("ad5aff6c13929815.md-205-262.txt");
    expect(headings(blocks)).toEqual(["1 2. Hạ tầng số", "1 3. Nền tảng số"]);
    expect(
      items(blocks)
        .filter((t) => /^[abc]\)/.test(t))
        .slice(0, 3),
    ).toEqual([
      "a) Phổ cập kết nối số toàn dân, an toàn; phát triển hạ tầng tiện ích số cốt lõi",
      "b) Thông minh hóa hạ tầng truyền thống, tạo nền tảng cho phát triển kinh tế số:",
      expect.stringMatching(/^c\) Phát triển một số hạ tầng công nghệ số của tỉnh theo mô hình ‘hạ tầng như một dịch vụ’ \(AI/),
    ]);
  });

  it("keeps a run-in task's label and its text as one item (lines 773–800)", () => {
    const blocks = parseLists("ad5aff6c13929815.md-773-800.txt");
    expect(headings(blocks)).toEqual(["1 3.4. Lĩnh vực logistics", "2 4. Giáo dục, đào tạo và lao động, việc làm"]);
    expect(items(blocks).filter((t) => /^[ab]\)/.test(t))).toEqual([
      "a) Phát triển hải quan số:",
      expect.stringMatching(/^b\) Thúc đẩy nền tảng quản trị và kinh doanh logistics: Hỗ trợ doanh nghiệp logistics/),
    ]);
  });
});

describe("an emphasised run-in title that becomes a list item keeps its colon (Cà Mau KH 0204/2025, lines 140–262)", () => {
  it("reads `*a) Chi đầu tư phát triển: *Ước …` as `a) Chi đầu tư phát triển: Ước …`", () => {
    const blocks = parseLists("9b7eebadf7081069.md-140-262.txt");
    expect(items(blocks).filter((t) => /^[a-d]\) Chi/.test(t))).toEqual([
      "a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; cụ thể:",
      expect.stringMatching(/^b\) Chi thường xuyên: Uớc thực hiện cả năm là 15\.942,496 tỷ đồng/),
      "c) Chi trả lãi các khoản do chính quyền địa phương vay: 11,4 tỷ đồng, đạt 100% dự toán.",
      "d) Chi thực hiện các chương trình mục tiêu, nhiệm vụ: Phấn đấu hoàn thành 100% nhiệm vụ chi ngân sách trung ương hỗ trợ.",
    ]);
  });
});

describe("emphasis whose markers do not pair (Cà Mau KH 0204/2025, line 176)", () => {
  it("is written as one pair, so that no `*` shows: `** Thuận lợi cơ bản tác động tăng thu*`", () => {
    const blocks = parseLists("9b7eebadf7081069.md-140-262.txt");
    expect(blocks.find((b) => b.type === "paragraph" && b.line === 176)).toMatchObject({ text: "*Thuận lợi cơ bản tác động tăng thu*" });
  });

  it("leaves paired emphasis and text without it as they are", () => {
    expect(repairEmphasis("*Trọng tâm:*")).toBe("*Trọng tâm:*");
    expect(repairEmphasis("**Nơi nhận:**")).toBe("**Nơi nhận:**");
    expect(repairEmphasis("Ước thực hiện năm 2025 là 27.535 tỷ đồng *(21.546 tỷ đồng)*.")).toBe(
      "Ước thực hiện năm 2025 là 27.535 tỷ đồng *(21.546 tỷ đồng)*.",
    );
  });
});
