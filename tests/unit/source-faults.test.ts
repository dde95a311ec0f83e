/**
 * Faults of the sources themselves, repaired as data (content/corrections.yml) or by a rule of the
 * parser, tested on the five real documents: a fragment printed twice, a hyphen at a line's end, the
 * caption of a distribution list.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSources } from "../../scripts/ingest/read-sources.ts";
import type { BlockNode, DocumentModel } from "../../scripts/model/document.ts";
import { joinBroken, plain } from "../../scripts/model/text.ts";
import { parseDocument } from "../../scripts/parse/document.ts";
import { buildErrors } from "../helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const sources = readSources(ROOT);
const models = new Map(sources.map((s) => [s.path.slice("content/sources/".length, "content/sources/".length + 3), parseDocument(s)]));

/** Every text of a model a reader sees: paragraphs, items, headings' run-in text, cells, footnotes. */
function texts(model: DocumentModel): string[] {
  const of = (b: BlockNode): string[] =>
    b.type === "paragraph"
      ? [b.text]
      : b.type === "list"
        ? b.items.map((i) => i.text)
        : b.type === "heading"
          ? [b.fullText ?? b.title]
          : b.type === "table"
            ? [...b.header, ...b.rows].flatMap((r) => r.cells.map((c) => c.text))
            : b.type === "matter"
              ? b.lines
              : [];
  return [...model.blocks.flatMap(of), ...model.footnotes.map((f) => f.text)].map(plain);
}

describe("a hyphen at the end of a line", () => {
  it("joins what it splits without a space when a letter or digit goes on, and only then", () => {
    expect(joinBroken("giảm từ 1,5-", " 2,1%/năm")).toBe("giảm từ 1,5-2,1%/năm");
    expect(joinBroken("kết nối cung-", "cầu, cho người dân")).toBe("kết nối cung-cầu, cho người dân");
    expect(joinBroken("Ban Chấp hành -", "Đảng bộ")).toBe("Ban Chấp hành - Đảng bộ");
    expect(joinBroken("bền vững", "và hiệu quả")).toBe("bền vững và hiệu quả");
    expect(joinBroken("đạt 1,5-", "(dự kiến)")).toBe("đạt 1,5- (dự kiến)");
  });

  it("finds three such line ends in the five sources, and each reads as one word or range", () => {
    const ends = sources.flatMap((s) =>
      s.lines.flatMap((l, i) => (/[\p{L}\d]-\s*$/u.test(l) ? [`${s.path.slice(16, 19)}:${i + 1} ${l.trim().split(" ").pop()}`] : [])),
    );
    expect(ends).toEqual(["001:156 1,5-", "003:189 cung-", "003:222 2023-"]);
    const joined = (doc: string, needle: string) => texts(models.get(doc)!).filter((t) => t.includes(needle)).length;
    expect(joined("001", "Mặt bằng lãi suất huy động động và cho vay giảm từ 1,5-2,1%/năm so với cuối năm trước")).toBe(1);
    expect(joined("003", "tăng cường kết nối cung-cầu, cho người dân, doanh nghiệp")).toBe(1);
    expect(joined("003", "Đề án phát triển nhà ở xã hội tỉnh Hải Dương giai đoạn 2023-2030")).toBe(1);
    for (const [doc, model] of models)
      expect(
        texts(model).filter((t) => /1,5- 2,1|cung- cầu|2023- 2030/.test(t)),
        doc,
      ).toEqual([]);
  });
});

describe("a fragment the source prints twice", () => {
  const model = models.get("004")!;

  it("reads 004's line 212, a repeat of the end of line 210 after a page break, once", () => {
    const all = texts(model).join("\n");
    expect(all.split("Các biện pháp ứng phó với biến đổi khí hậu, giảm phát thải khí nhà kính được chủ động triển khai").length - 1).toBe(
      1,
    );
    expect(model.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("c biện pháp"))).toBe(false);
    const holding = model.blocks.find((b) => b.type === "paragraph" && b.line <= 210 && b.endLine >= 210);
    expect(
      holding?.type === "paragraph" && plain(holding.text).endsWith("tăng diện tích rừng trồng mới và nâng cao chất lượng rừng hiện có."),
    ).toBe(true);
    expect(model.repeats).toEqual([
      {
        line: 212,
        of: 210,
        text: "c biện pháp ứng phó với biến đổi khí hậu, giảm phát thải khí nhà kính được chủ động triển khai. Công tác bảo vệ và phát triển rừng đạt kết quả tích cực, tăng diện tích rừng trồng mới và nâng cao chất lượng rừng hiện có.",
      },
    ]);
  });

  it("stops the build, naming the correction's line, when the source no longer reads as the correction says", () => {
    const root = mkdtempSync(join(tmpdir(), "bc-repeats-"));
    mkdirSync(join(root, "content/sources"), { recursive: true });
    for (const f of readdirSync(join(ROOT, "content/sources")))
      copyFileSync(join(ROOT, "content/sources", f), join(root, "content/sources", f));
    const corrections = readFileSync(join(ROOT, "content/corrections.yml"), "utf8");
    writeFileSync(join(root, "content/corrections.yml"), corrections.replace("    of: 210\n", "    of: 209\n"));
    copyFileSync(join(ROOT, "content/regions.yml"), join(root, "content/regions.yml"));
    const line = corrections.split("\n").findIndex((l) => l.includes("line: 212")) + 1;
    expect(buildErrors(() => readSources(root))).toEqual([
      `content/corrections.yml:${line - 1}: correction for content/sources/004_fa57fa61f79953c7.txt:209 expects the line to end “c biện pháp ứng phó với biến đổi khí hậu, giảm phát thải khí nhà kính được chủ động triển khai. Công tác bảo vệ và phát triển rừng đạt kết quả tích cực, tăng diện tích rừng trồng mới và nâng cao chất lượng rừng hiện có.” but it reads “” (ingest/corrections-stale)`,
    ]);
  });
});

describe("the caption of a distribution list", () => {
  it("keeps “Nơi nhận” as printed in each of 000–003", () => {
    const captions = [...models].flatMap(([doc, m]) =>
      m.blocks.flatMap((b) => (b.type === "matter" && b.role === "recipients" ? [`${doc}:${b.line} ${b.caption}`] : [])),
    );
    expect(captions).toEqual(["000:527 Nơi nhận", "001:1243 Nơi nhận:", "002:191 Nơi nhận:", "003:336 Nơi nhận:"]);
  });
});
