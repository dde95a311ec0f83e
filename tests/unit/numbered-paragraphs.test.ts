/**
 * Heading or numbered paragraph (issue 15): the rule of scripts/parse/numbered-shape.ts and
 * scripts/parse/numbered-runs.ts, on excerpts of the sources, with exact outcomes.
 */
import { describe, expect, it } from "vitest";
import type { BlockNode, DocumentModel } from "../../scripts/model/document.ts";
import { mergeLists, parseBlocks } from "../../scripts/parse/blocks.ts";
import { assignDepths } from "../../scripts/parse/hierarchy.ts";
import { unifyNumberedRuns } from "../../scripts/parse/numbered-runs.ts";
import { numberedShape } from "../../scripts/parse/numbered-shape.ts";
import { sectionTree } from "../../scripts/emit/sections.ts";
import { fixture } from "../helpers.ts";

const pipeline = (name: string, mode: "line" | "wrapped"): BlockNode[] =>
  mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(fixture("blocks", name), [], mode))));
const outline = (blocks: BlockNode[]) =>
  blocks.map((b) =>
    b.type === "heading"
      ? `H${b.depth} ${b.numbering} ${b.title}`
      : b.type === "list"
        ? `L[${b.items.map((i) => `${i.marker}@${i.line}`).join(" ")}]`
        : b.type === "paragraph"
          ? `P@${b.line}`
          : b.type,
  );

describe("the shape of a numbered block's own text", () => {
  it.each([
    ["1.5.", "Hoạt động đầu tư", "title"],
    ["1.6.1.", "Về hệ thống kết cấu hạ tầng", "title"],
    ["I.", "KẾT QUẢ PHÁT TRIỂN CÁC NGÀNH, LĨNH VỰC", "title"],
    [
      "1.4.",
      "Quản lý quy hoạch, xây dựng; quản lý đất đai, tài nguyên, khoáng sản, bảo vệ môi trường, đa dạng sinh học, " +
        "chủ động ứng phó với biến đổi khí hậu",
      "title",
    ],
    ["3.1.", "Công tác thanh tra đạt được nhiều kết quả tích cực. Đã thực hiện 157 cuộc thanh tra hành chính", "paragraph"],
    [
      "3.14.",
      "Tập trung hoàn thành việc sắp xếp đơn vị hành chính và điều chỉnh địa giới hành chính cấp xã theo tiến độ; " +
        "sắp xếp tổ chức, bộ máy của cơ quan hành chính các cấp và hoạt động của các đơn vị sự nghiệp công lập.",
      "sentence",
    ],
    ["1.1.6.", "Tiếp tục đổi mới mạnh mẽ phương thức lãnh đạo của Thành ủy và các cấp ủy đảng.", "sentence"],
    ["1.6.3.", "Phát triển các khu, cụm công nghiệp: Tiếp nhận 02 khu công nghiệp Hoàng Diệu, Hưng Đạo", "run-in"],
    ["1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố:", "run-in"],
    [
      "3.1.",
      "Bám sát vào sự chỉ đạo, điều hành của Quốc hội, Chính phủ, Thủ tướng Chính phủ; thực hiện đồng bộ, có hiệu " +
        "quả các nhiệm vụ, giải pháp thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (nhiệm kỳ 2020-2025), các " +
        "Nghị quyết, Kết luận, Chương trình, Đề án và Kế hoạch của tỉnh về phát triển kinh tế - xã hội và đảm bảo " +
        "quốc phòng an ninh",
      "paragraph",
    ],
    ["(1)", "Tổng sản phẩm trên địa bàn tăng trên 9%;", "paragraph"],
  ])("%s %s → %s", (numbering, text, kind) => {
    expect(numberedShape(numbering, text).kind).toBe(kind);
  });
});

describe("003 Điều 1.II.3: the tasks 3.1–3.4 are numbered paragraphs, not headings", () => {
  const blocks = pipeline("003_43864d262e2b7ee9.txt-162-215.txt", "wrapped");
  it("keeps 3. as the heading and reads 3.1–3.4 as paragraphs with their numbers, 3.3's bullets after it", () => {
    expect(outline(blocks)).toEqual([
      "H1 3. Nhiệm vụ, giải pháp chủ yếu của các ngành, lĩnh vực",
      "L[3.1.@164 3.2.@170 3.3.@177]",
      "L[-@181 -@193 -@199]",
      "L[3.4.@205]",
    ]);
  });
  it("keeps 3.1 whole, with its full stop (it was a 344-character heading without one)", () => {
    const list = blocks[1]!;
    const item = list.type === "list" ? list.items[0] : undefined;
    expect(item).toEqual({
      marker: "3.1.",
      text:
        "Bám sát vào sự chỉ đạo, điều hành của Quốc hội, Chính phủ, Thủ tướng Chính phủ; thực hiện đồng bộ, có hiệu " +
        "quả các nhiệm vụ, giải pháp thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (nhiệm kỳ 2020-2025), các " +
        "Nghị quyết, Kết luận, Chương trình, Đề án và Kế hoạch của tỉnh về phát triển kinh tế - xã hội và đảm bảo " +
        "quốc phòng an ninh.",
      line: 164,
      endLine: 168,
    });
  });
});

describe("003 3.14–3.17, then the articles", () => {
  it("reads the last four tasks as numbered paragraphs (3.14 and 3.17 were headings with no text)", () => {
    expect(outline(pipeline("003_43864d262e2b7ee9.txt-296-332.txt", "wrapped"))).toEqual([
      "L[3.14.@296 3.15.@300 3.16.@316 3.17.@321]",
      "H1 Điều 2. Giao Ủy ban nhân dân tỉnh chỉ đạo, tổ chức thực hiện Nghị quyết",
      "H1 Điều 3. Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại biểu Hội đồng nhân dân " +
        "và các đại biểu Hội đồng nhân dân tỉnh giám sát thực hiện Nghị quyết",
    ]);
  });
});

describe("001 1.5: a title, then numbered paragraphs that open with a sentence", () => {
  it("keeps `1.5. Hoạt động đầu tư` and reads 1.5.1 and 1.5.2 as paragraphs", () => {
    expect(outline(pipeline("001_6f843c5cfe42939f.txt-183-206.txt", "wrapped"))).toEqual([
      "H1 1.5. Hoạt động đầu tư",
      "P@184",
      "L[1.5.1.@189]",
      "P@195",
      "L[1.5.2.@204]",
    ]);
  });
});

describe("002 IV: addressees with a colon among sentences", () => {
  it("reads 1.–4. (and 1.1.–1.3.) as numbered paragraphs; 2. goes on across its page break", () => {
    const blocks = pipeline("002_8184ebce04ffb420.txt-173-190.txt", "line");
    expect(outline(blocks)).toEqual(["H1 IV. TỔ CHỨC THỰC HIỆN", "L[1.@175 1.1.@177 1.2.@179 1.3.@181 2.@183 3.@187 4.@189]"]);
    const list = blocks[1]!;
    const two = list.type === "list" ? list.items[4] : undefined;
    expect(two).toMatchObject({ line: 183, endLine: 185 });
    expect(two?.text).toMatch(/^Giao cho Sở Kế hoạch và Đầu tư: Phối hợp chặt chẽ .* là cơ quan đầu mối, giúp UBND tỉnh theo dõi/);
  });
});

describe("004 III.1.1: titles, some printed with a full stop, each over its own paragraphs", () => {
  it("keeps 1.1.1–1.1.6 as headings (no real heading is lost)", () => {
    const headings = outline(pipeline("004_fa57fa61f79953c7.txt-540-592.txt", "line")).filter((s) => s.startsWith("H"));
    expect(headings).toEqual([
      "H1 1. Công tác xây dựng Đảng và hệ thống chính trị",
      "H2 1.1. Tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện; " +
        "nâng cao năng lực lãnh đạo, cầm quyền của Đảng",
      "H3 1.1.1. Tăng cường xây dựng Đảng bộ vững mạnh về chính trị, tư tưởng và đạo đức",
      "H3 1.1.2. Kiện toàn tổ chức bộ máy hệ thống chính trị thành phố; xây dựng đội ngũ cán bộ thành phố ngang tầm yêu cầu nhiệm vụ",
      "H3 1.1.3. Tăng cường công tác kiểm tra, giám sát và kỷ luật Đảng",
      "H3 1.1.4. Tiếp tục đổi mới công tác dân vận; tăng cường mối quan hệ mật thiết giữa Đảng và Nhân dân, " +
        "dựa vào Nhân dân để xây dựng Đảng",
      "H3 1.1.5. Đẩy mạnh công tác nội chính, cải cách tư pháp, đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực",
      "H3 1.1.6. Tiếp tục đổi mới mạnh mẽ phương thức lãnh đạo của Thành ủy và các cấp ủy đảng",
      "H2 1.2. Xây dựng hệ thống chính quyền liêm chính, lấy mục tiêu phục vụ Nhân dân làm cốt lõi",
    ]);
  });
});

describe("a numbered paragraph after a titled sibling closes that sibling's section", () => {
  it("puts `1.6.2.` after the subsection `1.6.1.`, not inside it", () => {
    const h = (numbering: string, depth: number, line: number) =>
      ({ type: "heading", depth, numbering, style: "decimal-3", title: "Về hệ thống kết cấu hạ tầng", line, endLine: line }) as const;
    const model: DocumentModel = {
      id: "x",
      file: "x.txt",
      footnotes: [],
      notes: [],
      blocks: [
        { ...h("1.6.", 1, 235), style: "decimal-2", title: "Phát triển kết cấu hạ tầng" },
        h("1.6.1.", 2, 236),
        { type: "paragraph", text: "Đẩy nhanh tiến độ thực hiện các dự án.", line: 237, endLine: 239 },
        {
          type: "list",
          ordered: true,
          items: [{ marker: "1.6.2.", text: "Đẩy nhanh tiến độ lập phương án.", line: 314, endLine: 320 }],
          line: 314,
          endLine: 320,
        },
        { type: "paragraph", text: "Tiếp tục thực hiện tốt Chương trình xây dựng nông thôn mới.", line: 322, endLine: 327 },
      ],
    };
    const section = sectionTree(model).children[0]!;
    expect(section.children.map((c) => [c.heading?.numbering, c.blocks.map((b) => b.line)])).toEqual([["1.6.1.", [237]]]);
    expect(section.after?.map((b) => b.line)).toEqual([314, 322]);
  });
});
