import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../scripts/model/diagnostics.ts";
import type { TableNode } from "../../scripts/model/document.ts";
import type { FoundTable } from "../../scripts/parse/tables/cell-per-line.ts";
import { parsePipeLineTable, unboxLayoutTables, type SkippedTable } from "../../scripts/parse/tables/pipe-lines.ts";
import { parsePipeRowTable } from "../../scripts/parse/tables/pipe-rows.ts";
import { reportStrayRows } from "../../scripts/parse/tables/stray-rows.ts";
import { fixture } from "../helpers.ts";

const texts = (t: TableNode, row: number) => t.rows[row]!.cells.map((c) => c.text);
const lineOf = (t: TableNode, row: number) => t.rows[row]!.cells.map((c) => c.line);
const headerShape = (t: TableNode) =>
  t.header.map((r) => r.cells.map((c) => `${c.text}${c.colspan ? ` ↔${c.colspan}` : ""}${c.rowspan ? ` ↕${c.rowspan}` : ""}`));

function table(found: FoundTable | SkippedTable, diag: Diagnostics): TableNode {
  expect(diag.items).toEqual([]);
  if (!("node" in found)) throw new Error(`the table was skipped (${found.skip})`);
  return found.node;
}

describe("lone-| tables: the Thanh Hóa plan's appendix I, a header over two rows and empty cells", () => {
  const diag = new Diagnostics("thanh-hoa");
  const t = table(parsePipeLineTable(fixture("tables", "thanh-hoa-kh235-2025-quan-trac-thuy-san.md-364-412.txt"), 0, diag), diag);

  it("finds six columns from the rows, and the merged header cells from the header's two printed rows", () => {
    expect(t.columns).toBe(6);
    expect(headerShape(t)).toEqual([
      ["STT ↕2", "Địa điểm quan trắc ↕2", "Đối tượng quan trắc ↔4"],
      [
        "Nguồn nước cấp nuôi tôm (vị trí)",
        "Môi trường ao nuôi tôm đại diện (vị trí)",
        "Môi trường nuôi ngao (vị trí)",
        "Môi trường nuôi cá lồng nước ngọt (vị trí)",
      ],
    ]);
  });

  it("reads two `|` lines in a row as an empty cell inside a row and as a row break between rows", () => {
    expect(t.rows).toHaveLength(3);
    expect(texts(t, 0)).toEqual(["1", "Cửa sông lạch Càn", "1", "", "", ""]);
    expect(texts(t, 2)).toEqual(["3", "Cửa sông lạch Trường", "4", "", "", ""]);
    expect(lineOf(t, 2)).toEqual([404, 406, 408, 409, 410, 411]);
    expect([t.line, t.endLine]).toEqual([364, 412]);
  });
});

describe("lone-| tables: the Thanh Hóa plan's appendix II, a row that a span from above leaves short", () => {
  const diag = new Diagnostics("thanh-hoa");
  const t = table(parsePipeLineTable(fixture("tables", "thanh-hoa-kh235-2025-quan-trac-thuy-san.md-647-695.txt"), 0, diag), diag);

  it("joins a cell's lines and puts the short row's cells in the last columns", () => {
    expect(t.columns).toBe(7);
    expect(headerShape(t)).toEqual([
      ["TT", "Đối tượng quan trắc", "Thông số quan trắc", "Tần suất quan trắc", "Thời gian quan trắc", "Số lượng mẫu/lần", "Tổng số (mẫu)"],
    ]);
    expect(texts(t, 0)).toEqual([
      "1",
      "Nguồn nước cấp nuôi tôm nước lợ: 7 cửa sông -15 vị trí (01 mẫu/vị trí)",
      "- Độ mặn, pH, DO, NH4+-N, NO2--N, PO43-P, TSS, độ kiềm, Vibrio sp",
      "02 lần/tháng",
      "08 tháng (từ tháng 3 đến tháng 10)",
      "15",
      "240",
    ]);
    expect(texts(t, 1)).toEqual([
      "",
      "",
      "- Thuốc Bảo vệ thực vật, - Kim loại nặng (Cd, Hg, As, Pb)",
      "02 lần/năm",
      "02 tháng (tháng 4 và tháng 8)",
      "15",
      "30",
    ]);
    expect(lineOf(t, 1).slice(2)).toEqual([683, 687, 689, 692, 694]);
  });
});

describe("lone-| tables: the Đồng Nai plan's appendix, merged section rows", () => {
  const diag = new Diagnostics("dong-nai");
  const t = table(parsePipeLineTable(fixture("tables", "dong-nai-kh179-2025-kinh-te-so.md-1593-1638.txt"), 0, diag), diag);

  it("reads `A` and `I` with their titles as rows of their own, before the full row `1.1`", () => {
    expect(t.columns).toBe(6);
    expect(headerShape(t)).toEqual([
      ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"],
    ]);
    expect(t.rows.map((r) => [r.line, r.cells[0]!.text, r.cells[1]!.text.slice(0, 30)])).toEqual([
      [1609, "A", "PHÁT TRIỂN NỀN MÓNG CHO KINH T"],
      [1615, "I", "Hoàn thiện thể chế"],
      [1620, "1.1", "Rà soát, xây dựng, sửa đổi, bổ"],
    ]);
    expect(texts(t, 1)).toEqual(["I", "Hoàn thiện thể chế", "", "", "", ""]);
    expect(texts(t, 2).slice(2)).toEqual([
      "Sở Tư pháp",
      "Các sở, ban, ngành; UBND các phường, xã",
      "2026 - 2030",
      "Các cơ chế, chính sách; các văn bản quy phạm pháp luật",
    ]);
  });
});

describe("lone-| tables: the Hải Phòng decision's form, three header rows ending with (1)…(6)", () => {
  const diag = new Diagnostics("hai-phong");
  const t = table(parsePipeLineTable(fixture("tables", "hai-phong-qd212-2025-danh-gia-can-bo.md-1879-1934.txt"), 0, diag), diag);

  it("keeps the row that numbers the columns as the last header row, and `** **` cells empty", () => {
    expect(t.columns).toBe(6);
    expect(headerShape(t)).toEqual([
      ["TT ↕2", "Tiêu chí chấm điểm ↕2", "Điểm tối đa ↕2", "Kết quả đánh giá ↔3"],
      ["Điểm do cá nhân tự chấm", "Người quản lý trực tiếp đánh giá, xếp loại", "Cấp có thẩm quyền đánh giá, xếp loại"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ]);
    expect(texts(t, 0)).toEqual(["I", "KẾT QUẢ ĐÁNH GIÁ CHẤM ĐIỂM THEO TIÊU CHÍ CHUNG", "20", "", "", ""]);
    expect(texts(t, 1)).toEqual(["1", "Chính trị tư tưởng", "5", "", "", ""]);
    expect(t.rows[1]!.line).toBe(1923);
  });
});

describe("| a | b | tables: a table of a National Assembly resolution as the crawl holds it", () => {
  it("reads a row that goes on over the next line, and skips the `|` lines the copy left empty", () => {
    const diag = new Diagnostics("nq");
    const t = table(parsePipeRowTable(fixture("tables", "24e28a864a1fdc36.md-241-261.txt"), 0, diag), diag);
    expect(t.columns).toBe(6);
    expect(headerShape(t)).toEqual([["TT", "", "", "", "", ""]]);
    expect(t.rows).toHaveLength(12);
    expect(texts(t, 5)).toEqual([
      "6",
      "Nghị quyết thí điểm của Quốc hội",
      "Điều 4, điểm a khoản 2 Điều 10, điểm c khoản 1 Điều 27",
      "5.000",
      "70%",
      "30%",
    ]);
    expect(lineOf(t, 5)).toEqual([254, 254, 255, 255, 255, 255]);
    expect(t.rows[6]!.line).toBe(256);
  });

  it("reads a header over two printed rows, a cell of which breaks onto the next line", () => {
    const diag = new Diagnostics("nq");
    const t = table(parsePipeRowTable(fixture("tables", "24e28a864a1fdc36.md-281-294.txt"), 0, diag), diag);
    expect(t.columns).toBe(4);
    expect(headerShape(t)).toEqual([
      ["TT", "Loại văn bản", "Tổng (1) ↕2", ""],
      ["Tên văn bản", "Thuộc trường hợp quy định tại Luật Ban hành văn bản quy phạm pháp luật", ""],
    ]);
    expect(t.rows).toHaveLength(11);
    expect(texts(t, 10)).toEqual(["11", "Quyết định của Ủy ban nhân dân cấp tỉnh", "Điều 4, khoản 2 Điều 21", "100"]);
  });
});

describe("| a | b | tables: a row printed without its leading `|`", () => {
  it("keeps the row in the table, its cells in the last columns (the row quoted in issue 27)", () => {
    const printed = ["| STT | Chỉ tiêu | Đơn vị | Năm 2025 |", "| 1 | Cơ cấu kinh tế | | |", "- Nông, lâm nghiệp, thủy sản | % | 34,48 |"];
    const diag = new Diagnostics("plan");
    const t = table(
      parsePipeRowTable(
        printed.map((text, i) => ({ text, line: 40 + i })),
        0,
        diag,
      ),
      diag,
    );
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["1", "Cơ cấu kinh tế", "", ""],
      ["", "- Nông, lâm nghiệp, thủy sản", "%", "34,48"],
    ]);
    expect(t.endLine).toBe(42);
  });
});

describe("layout tables of the header and the signature are matter, not tables", () => {
  it("skips the issuer | motto, number | date table and reads each cell as one line, the motto's second line apart", () => {
    const lines = fixture("tables", "thanh-hoa-kh235-2025-quan-trac-thuy-san.md-1-17.txt");
    expect(parsePipeLineTable(lines, 0, new Diagnostics("thanh-hoa"))).toEqual({ skip: "layout", start: 0, end: 17 });
    expect(
      unboxLayoutTables(lines)
        .filter((l) => l.text !== "")
        .map((l) => [l.line, l.text]),
    ).toEqual([
      [2, "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"],
      [7, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [9, "Độc lập - Tự do - Hạnh phúc"],
      [13, "Số: 235/KH-UBND"],
      [15, "Thanh Hóa, ngày 18 tháng 11 năm 2025"],
    ]);
  });

  it("reads a header printed as `| a | b |` rows (the Thanh Hóa header's cells) as one line of matter per row", () => {
    const printed = [
      "| **ỦY BAN NHÂN DÂN TỈNH THANH HÓA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc |",
      "|---|---|",
      "| Số: 235/KH-UBND | *Thanh Hóa, ngày 18 tháng 11 năm 2025* |",
    ];
    expect(unboxLayoutTables(printed.map((text, i) => ({ text, line: 1 + i }))).map((l) => l.text)).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH THANH HÓA – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
      "",
      "Số: 235/KH-UBND – Thanh Hóa, ngày 18 tháng 11 năm 2025",
    ]);
  });

  it("leaves the recipients and the signer as lines for the back matter", () => {
    const lines = unboxLayoutTables(fixture("tables", "thanh-hoa-kh235-2025-quan-trac-thuy-san.md-333-353.txt"));
    expect(lines.filter((l) => l.text.trim() === "|")).toEqual([]);
    expect(lines.find((l) => l.line === 334)!.text).toBe("Nơi nhận:");
    expect(lines.find((l) => l.line === 352)!.text).toBe("**Mai Xuân Liêm**");
  });
});

describe("no table row passes silently", () => {
  it("reports the first line of a run of `|` lines that no table rule read, with its rule", () => {
    const diag = new Diagnostics("content/sources/ha-noi.md");
    reportStrayRows(fixture("bad", "ha-noi-nq66-2025-hdnd.md-200-251.txt"), [], diag);
    expect(diag.items.map((d) => `${d.file}:${d.line}: ${d.message}, expected ${d.expected} (${d.rule})`)).toEqual([
      "content/sources/ha-noi.md:200: a table row that no table rule read: “|”, expected a table of the layout that `format.tables` names in sources.yml (table/stray-row)",
    ]);
  });

  it("turns the error into a note when content/corrections.yml accepts the fault at that line", () => {
    const diag = new Diagnostics("content/sources/ha-noi.md", [
      { line: 200, rule: "table/stray-row", reason: "a drawing laid out as a table" },
    ]);
    reportStrayRows(fixture("bad", "ha-noi-nq66-2025-hdnd.md-200-251.txt"), [], diag);
    expect(diag.fatal).toEqual([]);
    expect(diag.items.map((d) => d.message)).toEqual([
      "a table row that no table rule read: “|” (accepted: a drawing laid out as a table)",
    ]);
  });

  it("reports TAB-separated rows too: the first row of each run between blank lines (004's table over three pages)", () => {
    const diag = new Diagnostics("004");
    reportStrayRows(fixture("tables", "004_fa57fa61f79953c7.txt-840-891.txt"), [], diag);
    expect(diag.fatal.map((d) => [d.line, d.rule])).toEqual([
      [844, "table/stray-row"],
      [863, "table/stray-row"],
      [884, "table/stray-row"],
    ]);
  });

  it("says nothing about the rows a table took", () => {
    const lines = fixture("bad", "ha-noi-nq66-2025-hdnd.md-200-251.txt");
    const diag = new Diagnostics("ha-noi");
    const found = parsePipeLineTable(lines, 0, diag);
    reportStrayRows(lines, [found], diag);
    expect(diag.items).toEqual([]);
  });
});
