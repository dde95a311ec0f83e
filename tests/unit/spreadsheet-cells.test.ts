import { describe, expect, it } from "vitest";
import { tableCsv } from "../../scripts/emit/indicator-data.ts";
import type { TableNode } from "../../scripts/model/document.ts";
import type { Indicator } from "../../scripts/model/indicators.ts";
import { inertCell } from "../../scripts/model/spreadsheet-cell.ts";
import { sheetCsv } from "../../src/lib/downloads.ts";

describe("spreadsheet cells that could run as formulas", () => {
  it("puts a single quote before a cell starting with =, +, -, @, a tab or a carriage return", () => {
    expect(["=1+2 Tăng trưởng", "+84 225", "- Dịch vụ", "@SUM(A1)", "\tx", "\rx"].map(inertCell)).toEqual([
      "'=1+2 Tăng trưởng",
      "'+84 225",
      "'- Dịch vụ",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it("leaves a negative number and ordinary words as they are", () => {
    expect(["-2,5", "-3.1", "-12", "9,8", "Tr.đồng", ""].map(inertCell)).toEqual(["-2,5", "-3.1", "-12", "9,8", "Tr.đồng", ""]);
  });

  // Hải Dương's political report, Phụ lục 1, lines 601-610: the services sub-row of GRDP growth.
  const services: TableNode = {
    type: "table",
    line: 601,
    endLine: 610,
    columns: 3,
    header: [
      {
        line: 596,
        cells: [
          { text: "Nội dung", line: 596 },
          { text: "Đơn vị tính", line: 596 },
          { text: "Bình quân 5 năm", line: 596 },
        ],
      },
    ],
    rows: [
      {
        line: 604,
        cells: [
          { text: "- Dịch vụ", line: 604 },
          { text: "%", line: 605 },
          { text: "6,67", line: 610 },
        ],
      },
    ],
  };

  it("writes a document's table row “- Dịch vụ” as text in its CSV", () => {
    expect(tableCsv(services, [["Nội dung"], ["Đơn vị tính"], ["Bình quân 5 năm"]]).split("\r\n")[1]).toBe(`'- Dịch vụ,%,"6,67"`);
  });

  const hostile: Indicator = {
    id: "tang-truong-grdp",
    name: "=1+2 Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)",
    domain: "kinh-te",
    unit: "%",
    url: "/chi-tieu/tang-truong-grdp/",
    values: [
      {
        region: "hai-duong",
        kind: "result-avg-2021-2025",
        label: "- Dịch vụ",
        unit: "%",
        raw: "-2,5",
        value: -2.5,
        scale: 1,
        source: { doc: "bcct-hai-duong-2025", line: 604, url: "/tai-lieu/bao-cao/phu-luc-1/#d1" },
      },
    ],
  };

  it("writes a hostile indicator name quoted, and a negative value as a number, in the spreadsheet file", () => {
    const row = sheetCsv([hostile], () => "Báo cáo chính trị", "https://example.org")
      .split("\r\n")[1]!
      .split(";");
    expect(row[0]).toBe("'=1+2 Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)");
    expect(row[3]).toBe("-2,5");
    expect(row[8]).toBe("-2,5");
  });
});
