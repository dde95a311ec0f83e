import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../scripts/model/diagnostics.ts";
import type { TableNode } from "../../scripts/model/document.ts";
import { parsePipeLineTable } from "../../scripts/parse/tables/pipe-lines.ts";
import { dropRepeatedHeaders } from "../../scripts/parse/tables/repeated-header.ts";
import { readTableUnit, unitOf } from "../../scripts/parse/tables/unit.ts";
import type { Line } from "../../scripts/parse/lines.ts";
import { fixture } from "../helpers.ts";

const headerShape = (t: TableNode) =>
  t.header.map((r) => r.cells.map((c) => `${c.text}${c.colspan ? ` ↔${c.colspan}` : ""}${c.rowspan ? ` ↕${c.rowspan}` : ""}`));
const texts = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

function read(lines: Line[], start = 0, diag = new Diagnostics("crawl")): TableNode {
  const found = parsePipeLineTable(lines, start, diag);
  expect(diag.items.filter((d) => d.fatal)).toEqual([]);
  if (!("node" in found)) throw new Error(`the table was skipped (${found.skip})`);
  return found.node;
}

describe("a merged header the portal flattened is rebuilt from its words", () => {
  it("puts Cà Mau's “Kế hoạch” and “Ước thực hiện” under the current year 2025, not under 2028 (Mẫu biểu số 01)", () => {
    const t = read(fixture("tables", "9b7eebadf7081069.md-534-588.txt"));
    expect(t.columns).toBe(8);
    expect(headerShape(t)).toEqual([
      ["STT ↕2", "Nội dung ↕2", "Đơn vị tính ↕2", "Năm hiện hành 2025 ↔2", "Năm 2026 ↕2", "Năm 2027 ↕2", "Năm 2028 ↕2"],
      ["Kế hoạch", "Ước thực hiện"],
      ["1", "2", "3", "4", "5", "6", "7", "8"],
    ]);
    expect(texts(t)).toEqual([
      [
        "1",
        "Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành",
        "Tỷ đồng",
        "172.033",
        "172.033",
        "193.549",
        "218.628",
        "247.907",
      ],
    ]);
  });

  it("reads Cà Mau's Mẫu biểu số 02: three estimates under 2025, three years under the plan, the numbering A B 1…6 ending the header", () => {
    const diag = new Diagnostics("crawl");
    const lines = fixture("tables", "9b7eebadf7081069.md-1252-1328.txt");
    const t = read(lines, 3, diag);
    expect(headerShape(t)).toEqual([
      ["STT ↕2", "Nội dung ↕2", "Năm hiện hành 2025 ↔3", "Dự kiến 03 năm kế hoạch ↔3"],
      ["Dự toán TTg giao", "Dự toán HĐND tỉnh quyết định", "Đánh giá thực hiện", "Năm 2026", "Năm 2027", "Năm 2028"],
      ["A", "B", "1", "2", "3", "4", "5", "6"],
    ]);
    // The total row has no number: it was taken into the header before.
    expect(texts(t)).toEqual([
      ["", "TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)", "10.367.700", "10.367.700", "11.580.000", "11.405.000", "13.286.400", "14.900.700"],
      ["I", "THU NỘI ĐỊA", "10.052.700", "10.052.700", "11.080.000", "11.132.000", "13.000.000", "14.600.000"],
    ]);
  });

  it("keeps Huế's “Tỷ lệ vốn đối ứng” over “Thành phố” and “Xã”, and its “Tổng cộng” row in the body", () => {
    const t = read(fixture("tables", "ed309a99382e6b4c.md-98-128.txt"));
    expect(headerShape(t)).toEqual([
      ["TT ↕2", "Địa phương ↕2", "Tỷ lệ vốn đối ứng ngân sách địa phương (%) ↔2", "Ghi chú ↕2"],
      ["Thành phố", "Xã"],
    ]);
    expect(texts(t)).toEqual([
      ["", "Tổng cộng", "", "", ""],
      ["1", "Xã Long Quảng", "70", "30", ""],
    ]);
  });

  it("reads Bắc Ninh's group row “I. Kinh tế số” as the first row, not as a header", () => {
    const t = read(fixture("tables", "ad5aff6c13929815.md-1372-1391.txt"));
    expect(headerShape(t)).toEqual([["TT", "Chỉ tiêu", "Chủ trì"]]);
    expect(texts(t)).toEqual([
      ["", "I. Kinh tế số", ""],
      ["1", "Kinh tế số chiếm 45% GRDP tỉnh.", "Sở Tài chính"],
    ]);
  });
});

describe("rows stay in step after rows of empty cells", () => {
  it("reads Cà Mau's “- Số đối tượng mua BHYT” (six empty cells) and the nine rows under it each in its columns", () => {
    // Mẫu biểu số 01's header and first row, then its last ten rows, down to the table's end.
    const lines = [...fixture("tables", "9b7eebadf7081069.md-534-588.txt"), ...fixture("tables", "9b7eebadf7081069.md-1090-1240.txt")];
    const t = read(lines);
    expect(t.columns).toBe(8);
    expect(t.rows).toHaveLength(11);
    expect(texts(t).slice(1, 3)).toEqual([
      ["", "- Số đối tượng mua BHYT", "", "", "", "", "", ""],
      ["", "+ Trẻ em dưới 6 tuổi", "Người", "", "169.559", "171.242", "171.242", "171.242"],
    ]);
    // Every row under it: its name in the second column, “Người” in the third, the four figures last.
    for (const row of texts(t).slice(2)) {
      expect(row[1]).toMatch(/^\+ /);
      expect(row[2]).toBe("Người");
      expect(row.slice(4).every((v) => /^\d[\d.]*$/.test(v))).toBe(true);
    }
    expect(texts(t).at(-1)).toEqual([
      "",
      "+ Người thuộc hộ gia đình nông, lâm, ngư nghiệp có mức sống trung bình",
      "Người",
      "",
      "2.000",
      "5.000",
      "5.000",
      "5000",
    ]);
  });
});

describe("a merged row prints no empty cells", () => {
  it("reads Hải Phòng's `g)` (with its three empty score cells) as a full row, so that the three rows under it and the total stay in their columns", () => {
    // The appraisal table's header with its numbering `(1) … (5) (ổ)` (a misread 6), its first row, then its last rows from `e)`.
    const lines = [
      ...fixture("tables", "hai-phong-qd212-2025-danh-gia-can-bo.md-663-705.txt"),
      ...fixture("tables", "hai-phong-qd212-2025-danh-gia-can-bo.md-1547-1666.txt"),
    ];
    const t = read(lines);
    expect(headerShape(t).at(-1)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(ổ)"]);
    expect(texts(t).map((r) => [r[0], r[1]!.slice(0, 24), r[2]])).toEqual([
      ["I", "KẾT QUẢ ĐÁNH GIÁ CHẤM ĐI", "20"],
      ["e)", "Tiêu chí đánh giá về côn", "2,5"],
      ["", "Đạt các mục tiêu và kế h", ""],
      ["", "Không đạt các mục tiêu v", ""],
      ["", "Không được giao chỉ tiêu", ""],
      ["g)", "Tiêu chí đánh giá về côn", "2,5"],
      ["", "Hoàn thành tiến độ thực ", ""],
      ["", "Không bảo đảm tiến độ th", ""],
      ["", "Không được giao chỉ tiêu", ""],
      ["", "Tổng cộng", "100"],
    ]);
  });
});

describe("a header printed again inside a table", () => {
  it("leaves out Đồng Nai's `Nội dung | Đơn vị thực hiện | …` under part B, with a note at its line", () => {
    const diag = new Diagnostics("dong-nai");
    const t = read(fixture("tables", "dong-nai-kh179-2025-kinh-te-so.md-1593-1638.txt"), 0, diag);
    // The page's second part, which document.ts joins to the first: its header row came in as a row.
    const part = read(fixture("tables", "dong-nai-kh179-2025-kinh-te-so.md-2367-2403.txt"), 0, diag);
    t.rows.push(
      {
        line: 2368,
        cells: ["B", "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC", "", "", "", ""].map((text) => ({ text, line: 2368 })),
      },
      { line: 2380, cells: part.rows[0]!.cells.slice(5, 11) },
      { line: 2391, cells: part.rows[1]!.cells.slice(0, 6) },
    );
    dropRepeatedHeaders(t, diag);
    expect(t.rows.map((r) => [r.line, r.cells[0]!.text, r.cells[1]!.text.slice(0, 20)])).toEqual([
      [1609, "A", "PHÁT TRIỂN NỀN MÓNG "],
      [1615, "I", "Hoàn thiện thể chế"],
      [1620, "1.1", "Rà soát, xây dựng, s"],
      [2368, "B", "PHÁT TRIỂN KINH TẾ S"],
      [2391, "1.1", "Xây dựng và tổ chức "],
    ]);
    expect(diag.items.map((d) => `${d.line}: ${d.message} (${d.rule})`)).toEqual([
      "2380: the table's header printed again inside the table, left out of its rows (table/repeated-header)",
    ]);
  });
});

describe("the unit of a table", () => {
  it("is read from Cà Mau's “*Đơn / vị: Triệu đồng.*” printed over two lines just above Mẫu biểu số 02", () => {
    const lines = fixture("tables", "9b7eebadf7081069.md-1252-1328.txt");
    const t = read(lines, 3);
    readTableUnit(t, lines, 3);
    expect([t.unit, t.unitLine]).toEqual(["Triệu đồng", 1252]);
  });

  it("is told from its label, never from other text", () => {
    expect(unitOf("ĐVT: %")).toBe("%");
    expect(unitOf("(Đơn vị tính: tỷ đồng)")).toBe("tỷ đồng");
    expect(unitOf("Đơn vị tính: .........................")).toBeUndefined();
    expect(unitOf("Các đơn vị: Sở Tài chính")).toBeUndefined();
  });
});
