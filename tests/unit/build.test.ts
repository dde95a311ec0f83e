import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildData } from "../../scripts/build.ts";
import { projectData } from "../project-data.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";

const ROOT = join(import.meta.dirname, "../..");
const BAD = join(import.meta.dirname, "../fixtures/bad");

/** A project holding one document, in the given format, made of a bad fixture. */
function badProject(fixture: string, format: string): string {
  const root = mkdtempSync(join(tmpdir(), "bc-bad-"));
  mkdirSync(join(root, "content/sources"), { recursive: true });
  copyFileSync(join(BAD, fixture), join(root, "content/sources", fixture));
  copyFileSync(join(ROOT, "content/regions.yml"), join(root, "content/regions.yml"));
  writeFileSync(
    join(root, "content/sources/sources.yml"),
    `documents:
  - id: thu
    slug: thu
    file: ${fixture}
    title: Văn bản thử nghiệm
    shortTitle: Thử
    kind: nghi-quyet
    issuer: Không ai
    date: "2025"
    number: null
    period: { from: 2020, to: 2025, label: "2020 - 2025" }
    region: hai-duong
    description: Một văn bản hỏng dùng để kiểm tra thông báo lỗi.
    relations: []
    format: ${format}
    summary: Một văn bản hỏng dùng để kiểm tra thông báo lỗi.
    origin:
      text: Văn bản thử nghiệm không nói gì về nguồn của nó.
      cites: []
`,
  );
  return root;
}

function failure(root: string): { messages: string[]; wroteOutput: boolean } {
  const out = join(root, "generated");
  try {
    buildData(root, out);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    return { messages: e.diagnostics.map(formatDiagnostic), wroteOutput: existsSync(out) || existsSync(`${out}.tmp`) };
  }
  throw new Error("expected the build to fail");
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

describe("bad input stops the build with file, line and rule, and writes nothing", () => {
  it("a table row that cannot be fitted to the header", () => {
    const { messages, wroteOutput } = failure(
      badProject("table-missing-cell.txt", "{ paragraphs: line, footnotes: none, tables: cell-per-line }"),
    );
    // Row 1 lost a cell, so it takes the next row's empty STT cell; the next row then starts mid-row, at
    // the file's line 43 (source line 584, `⇥ - Nông, lâm, thủy sản`).
    expect(messages).toEqual([
      "content/sources/table-missing-cell.txt:43: table row with 9 cells does not start after a blank line, expected 9 cells per row (table/row-width)",
    ]);
    expect(wroteOutput).toBe(false);
  });

  it("a document with no headings", () => {
    const { messages, wroteOutput } = failure(badProject("no-headings.txt", "{ paragraphs: line, footnotes: none, tables: none }"));
    expect(messages).toEqual([
      "content/sources/no-headings.txt:1: no heading found in the document, " +
        "expected numbered headings such as `I.`, `1.` or `Phần thứ nhất` (structure/no-headings)",
    ]);
    expect(wroteOutput).toBe(false);
  });

  it("a source cut short, leaving fewer footnote texts than references", () => {
    const { messages, wroteOutput } = failure(
      badProject("footnotes-truncated.txt", "{ paragraphs: line, footnotes: end-replacement-char, tables: none }"),
    );
    expect(messages).toEqual([
      "content/sources/footnotes-truncated.txt:35: found 11 footnote reference breaks in the body but 3 footnote texts, " +
        "expected 3 references (footnotes/end-count)",
    ]);
    expect(wroteOutput).toBe(false);
  });

  it("an encoding error, an empty file and a broken metadata file", () => {
    const bytes = badProject("no-headings.txt", "{ paragraphs: line, footnotes: none, tables: none }");
    writeFileSync(
      join(bytes, "content/sources/no-headings.txt"),
      Buffer.concat([Buffer.from("I. MỞ ĐẦU\nDòng hai\n"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]),
    );
    const encoding = failure(bytes);
    expect(encoding.messages).toHaveLength(1);
    expect(encoding.messages[0]).toMatch(/^content\/sources\/no-headings\.txt:3: /);
    expect(encoding.wroteOutput).toBe(false);

    const empty = badProject("no-headings.txt", "{ paragraphs: line, footnotes: none, tables: none }");
    writeFileSync(join(empty, "content/sources/no-headings.txt"), "");
    const emptied = failure(empty);
    expect(emptied.messages).toHaveLength(1);
    expect(emptied.messages[0]).toMatch(/^content\/sources\/(sources\.yml|no-headings\.txt):\d+: .*empty/);
    expect(emptied.wroteOutput).toBe(false);

    const meta = badProject("no-headings.txt", "{ paragraphs: line, footnotes: none, tables: none }");
    writeFileSync(join(meta, "content/sources/sources.yml"), "documents:\n  - id: thu\n    slug: [không đóng\n");
    const broken = failure(meta);
    expect(broken.messages[0]).toMatch(/^content\/sources\/sources\.yml:\d+: /);
    expect(broken.wroteOutput).toBe(false);
  });

  it("leaves the previous output untouched when a later build fails", () => {
    const root = badProject("no-headings.txt", "{ paragraphs: line, footnotes: none, tables: none }");
    const out = join(root, "generated");
    mkdirSync(out);
    writeFileSync(join(out, "site.json"), "previous");
    expect(() => buildData(root, out)).toThrow(BuildError);
    expect(readFileSync(join(out, "site.json"), "utf8")).toBe("previous");
  });
});

describe("determinism", () => {
  it("two builds of the same input are byte-identical", () => {
    // The run's shared build (made in another process) against one made here.
    const a = projectData();
    const b = buildData(ROOT, mkdtempSync(join(tmpdir(), "bc-b-"))).outDir;
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files.length).toBeGreaterThan(90);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });
});

describe("ids of published anchors", () => {
  /** Every `{#id}` of every generated page, by page. */
  const idsOf = (out: string): Map<string, string[]> => {
    const dir = join(out, "tai-lieu");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".md"))
      .sort();
    return new Map(files.map((f) => [f, [...readFileSync(join(dir, f), "utf8").matchAll(/\{#([^}\s]+)\}/g)].map((m) => m[1]!)]));
  };

  it("do not move when a sentence is added to one paragraph and a heading elsewhere is reworded", () => {
    const before = idsOf(projectData());
    const root = mkdtempSync(join(tmpdir(), "bc-ids-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    const file = join(root, "content/sources/000_1d6e454269cad3d3.txt");
    const lines = readFileSync(file, "utf8").split("\n");
    // Line 92 (2.1, education): one more sentence at its end. Line 96: the 2.2 heading reworded.
    lines[91] = `${lines[91]!.trimEnd()} Một câu được thêm vào.`;
    lines[95] = lines[95]!.replace("có nhiều tiến bộ", "có nhiều tiến bộ rõ rệt");
    writeFileSync(file, lines.join("\n"));
    const out = buildData(root, mkdtempSync(join(tmpdir(), "bc-ids-b-"))).outDir;
    const page = readFileSync(join(out, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi.md"), "utf8");
    expect(page).toContain("Một câu được thêm vào. {#phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p1}");
    expect(page).toContain("có nhiều tiến bộ rõ rệt");
    // Ids come from the numbering and the first words of a heading, and a paragraph's place under it.
    expect(idsOf(out)).toEqual(before);
  });
});
