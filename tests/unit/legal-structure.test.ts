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
import { fixture } from "../helpers.ts";

const parse = (name: string): BlockNode[] =>
  mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(fixture("blank-line", name), [], "blank-line"), { sentencesInArticles: false })));

/** The headings only: `<depth> <numbering> <title>`. */
const headings = (blocks: BlockNode[]): string[] =>
  blocks.flatMap((b) => (b.type === "heading" ? [`${b.depth} ${b.numbering} ${b.title}`.trim()] : []));

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
