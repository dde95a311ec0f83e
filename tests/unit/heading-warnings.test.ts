/**
 * The heading warnings of the per-document report (scripts/check/heading-warnings.ts), on excerpts
 * of the development corpus read by the `blank-line` rules and, to show what the warnings catch,
 * by the `wrapped` reading that cut these headings before.
 */
import { describe, expect, it } from "vitest";
import { headingWarnings } from "../../scripts/check/heading-warnings.ts";
import { formatReport } from "../../scripts/check/report.ts";
import { parseBlocks } from "../../scripts/parse/blocks.ts";
import { fixture } from "../helpers.ts";

const read = (name: string, mode: "wrapped" | "blank-line") => parseBlocks(fixture("blank-line", name), [], mode);

describe("a heading that looks cut in two", () => {
  it("is a warning when its title ends on a word no title ends on (`… công nghiệp và`)", () => {
    expect(headingWarnings(read("dong-nai-kh179-2025-kinh-te-so.md-811-816.txt", "wrapped"))).toEqual([
      {
        line: 811,
        rule: "heading/cut",
        message: "heading “3. Thương mại, công nghiệp và” ends on “và”, expected a title that ends on a word that ends one",
      },
    ]);
  });

  it("is a warning when the paragraph after it starts in lower case (`1. Hoàn thiện` / `cơ chế, chính sách …`)", () => {
    expect(headingWarnings(read("ha-tinh-kh624-2025-giao-duc-mam-non.md-123-145.txt", "wrapped"))).toContainEqual({
      line: 126,
      rule: "heading/cut",
      message:
        "heading “1. Hoàn thiện” is followed by a paragraph starting in lower case at line 127, expected the title to end where its paragraph starts",
    });
  });

  it("is gone once the blank-line rules join the title", () => {
    expect(headingWarnings(read("dong-nai-kh179-2025-kinh-te-so.md-811-816.txt", "blank-line"))).toEqual([]);
    expect(headingWarnings(read("ha-tinh-kh624-2025-giao-duc-mam-non.md-123-145.txt", "blank-line"))).toEqual([]);
  });
});

describe("a heading over 200 characters", () => {
  const blocks = read("hue-nq37-2025-hdnd-giam-ngheo.md-101-141.txt", "blank-line");

  it("is a warning with its length and its start", () => {
    expect(headingWarnings(blocks)).toEqual([
      {
        line: 101,
        rule: "heading/too-long",
        message:
          "heading of 268 characters “Điều 1. Sửa đổi, bổ sung một số điều của Quy định các chính …”, expected a title of at most 200",
      },
    ]);
  });

  it("is left out once content/corrections.yml accepts it", () => {
    const accepted = [
      {
        file: "content/sources/hue.md",
        line: 101,
        rule: "heading/too-long" as const,
        reason: "The article's title as the resolution prints it, in bold.",
      },
    ];
    expect(headingWarnings(blocks, accepted)).toEqual([]);
  });
});

describe("the build's report", () => {
  it("prints each warning under its document as file:line: message (rule)", () => {
    const check = {
      file: "content/sources/hue-nq37-2025-hdnd-giam-ngheo.md",
      headings: 4,
      paragraphs: 30,
      listItems: 40,
      footnotes: 0,
      footnotesAttached: 0,
      tables: [],
      suspicious: [],
      corrected: [],
      repeated: [],
      warnings: headingWarnings(read("hue-nq37-2025-hdnd-giam-ngheo.md-101-141.txt", "blank-line")),
    };
    expect(formatReport([check]).split("\n")[1]).toBe(
      "  warning: content/sources/hue-nq37-2025-hdnd-giam-ngheo.md:101: heading of 268 characters “Điều 1. Sửa đổi, bổ sung một số điều của Quy định các chính …”, expected a title of at most 200 (heading/too-long)",
    );
  });
});
