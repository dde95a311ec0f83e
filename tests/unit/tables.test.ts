import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../scripts/model/diagnostics.ts";
import type { TableNode } from "../../scripts/model/document.ts";
import { parseCellTable } from "../../scripts/parse/tables/cell-per-line.ts";
import { parseTabTable } from "../../scripts/parse/tables/tab-separated.ts";
import { extractSuperscriptFootnotes } from "../../scripts/parse/footnotes/superscript.ts";
import { fixture, showRefs } from "../helpers.ts";

/** As in the pipeline: footnote texts between the table's pages are taken out first. */
const withoutFootnotes = (name: string) => extractSuperscriptFootnotes(fixture("tables", name), new Diagnostics("004")).lines;

const texts = (t: TableNode, row: number) => t.rows[row]!.cells.map((c) => c.text);
const headerShape = (t: TableNode) =>
  t.header.map((r) => r.cells.map((c) => `${c.text}${c.colspan ? ` ↔${c.colspan}` : ""}${c.rowspan ? ` ↕${c.rowspan}` : ""}`));

describe("000 Phụ lục 1: one cell per line", () => {
  const lines = fixture("tables", "000_1d6e454269cad3d3.txt-538-662.txt");
  const diag = new Diagnostics("000");
  const found = parseCellTable(
    lines,
    lines.findIndex((l) => l.line === 543),
    diag,
  )!;
  const t = found.node;

  it("rebuilds the two-level header with merged cells", () => {
    expect(diag.fatal).toEqual([]);
    expect(t.columns).toBe(9);
    expect(headerShape(t)).toEqual([
      [
        "STT ↕2",
        "Nội dung ↕2",
        "Đơn vị tính ↕2",
        "Mục tiêu 2021-2025 ↔2",
        "Mục tiêu đến 2030 ↕2",
        "Thực hiện ↔2",
        "So với mục tiêu Đại hội ↕2",
      ],
      ["Đến 2025", "Bình quân 5 năm", "Ước 2025", "Bình quân 5 năm"],
    ]);
  });

  it("puts every value in its column, empty cells included", () => {
    expect(texts(t, 0)).toEqual(["1", "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)", "%", "", "9,0", "", "", "9,8", "Đạt"]);
    expect(texts(t, 4)).toEqual(["", "GRDP bình quân đầu người", "Tr.đồng", "115", "", "200", "122,6", "", ""]);
    expect(texts(t, 5)).toEqual(["", "", "USD", "4.800", "", "7.700", "4.913", "", ""]);
    expect(t.rows[4]!.cells[6]!.line).toBe(619);
  });

  it("keeps a row number whose cell is followed by blank lines in its row", () => {
    const row = t.rows.find((r) => r.cells[0]!.text === "3")!;
    expect(row.line).toBe(643);
    expect(row.cells.map((c) => c.text)).toEqual(["3", "Tỷ trọng trong GRDP", "", "", "", "", "", "", "Đạt"]);
    expect(t.rows).toHaveLength(9);
  });
});

describe("000 Phụ lục 2: header with two groups of sub-columns side by side", () => {
  const lines = fixture("tables", "000_1d6e454269cad3d3.txt-996-1089.txt");
  const diag = new Diagnostics("000");
  const t = parseCellTable(
    lines,
    lines.findIndex((l) => l.line === 1000),
    diag,
  )!.node;
  it("shares the four sub-columns between the two groups above them", () => {
    expect(diag.fatal).toEqual([]);
    expect(headerShape(t)).toEqual([
      ["STT ↕2", "Nội dung ↕2", "Đơn vị tính ↕2", "Kết quả 2021- 2025 ↔2", "Mục tiêu 2026- 2030 ↔2", "Định hướng đến năm 2035 ↕2"],
      ["Ước 2025", "Bình quân 5 năm", "Đến năm 2030", "Bình quân 5 năm"],
    ]);
    expect(texts(t, 0)).toEqual(["1", "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)", "%", "", "9,8", "", "12", "11,5"]);
    expect(texts(t, 5)).toEqual(["", "", "USD", "4.913", "", "8.730", "", "15.080"]);
  });
});

describe("004 Phụ lục 1: TAB-separated rows split across pages", () => {
  const lines = withoutFootnotes("004_fa57fa61f79953c7.txt-840-891.txt");
  const diag = new Diagnostics("004");
  const found = parseTabTable(
    lines,
    lines.findIndex((l) => l.line === 844),
    diag,
  )!;
  const t = found.node;

  it("reads the header once and skips its repetitions at each page top", () => {
    expect(diag.fatal).toEqual([]);
    expect(headerShape(t)).toEqual([
      ["TT ↕2", "Nội dung ↕2", "Đơn vị ↕2", "Mục tiêu giai đoạn 2021-2025 ↔2", "Thực hiện ↔2", "So với mục tiêu Đại hội ↕2"],
      ["Đến 2025", "Bình quân 5 năm", "Ước 2025", "Bình quân 5 năm"],
    ]);
    expect(t.rows.map((r) => r.cells[0]!.text).filter((s) => /^\d+$/.test(s))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
    ]);
    // 18 numbered rows, 3 group rows (A, B, C) and 13 sub-rows.
    expect(t.rows).toHaveLength(34);
    expect(found.end).toBe(lines.findIndex((l) => l.line === 890) + 1);
  });

  it("joins a cell broken over a page break (`Tỷ` … `đồng`) to its row", () => {
    const row = t.rows.find((r) => r.line === 859)!;
    expect(row.cells.map((c) => c.text)).toEqual(["", "<i>Trong đó: thu nội địa</i>", "<i>Tỷ</i> đồng", "65.000", "", "51.000,00", "", ""]);
    expect(diag.items.filter((d) => d.rule === "table/broken-cell").map((d) => d.line)).toEqual([865]);
  });

  it("keeps ranges, bounds and worded values whole", () => {
    const byNumber = (n: string) => t.rows.find((r) => r.cells[0]!.text === n)!.cells.map((c) => c.text);
    expect(byNumber("5")).toEqual([
      "5",
      "Tổng vốn đầu tư toàn xã hội",
      "Tỷ đồng",
      "1.200.000 (giai đoạn 2021-2025)",
      "",
      "981.260 (giai đoạn 2021-2025)",
      "",
      "Không đạt",
    ]);
    expect(byNumber("11")).toEqual(["11", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "< 3,5", "", "< 3,5", "", "Đạt"]);
    expect(showRefs(byNumber("1")[1]!)).toBe("Tốc độ tăng trưởng GRDP (giá so sánh 2010)[^73]");
  });
});

describe("004 Phụ lục 1 part 2.1: a row that lost its first cell", () => {
  const lines = withoutFootnotes("004_fa57fa61f79953c7.txt-898-935.txt");
  const diag = new Diagnostics("004");
  const t = parseTabTable(
    lines,
    lines.findIndex((l) => l.line === 902),
    diag,
  )!.node;

  it("shifts `- Dịch vụ` back under Nội dung and notes the repair", () => {
    expect(diag.fatal).toEqual([]);
    expect(t.columns).toBe(9);
    expect(t.rows.find((r) => r.line === 924)!.cells.map((c) => c.text)).toEqual([
      "",
      "- Dịch vụ",
      "%",
      "30,5",
      "",
      "32,5",
      "30,4",
      "",
      "",
    ]);
    expect(diag.items.filter((d) => d.rule === "table/shifted-row").map((d) => d.line)).toEqual([924]);
  });

  it("joins `(GRDP)` from the next page to the first row's name", () => {
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual([
      "1",
      "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)",
      "%",
      "",
      "9,0",
      "",
      "",
      "9,8",
      "Đạt",
    ]);
  });
});
