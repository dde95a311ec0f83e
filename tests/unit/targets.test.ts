import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mergeLists, parseBlocks } from "../../scripts/parse/blocks.ts";
import { assignDepths } from "../../scripts/parse/hierarchy.ts";
import { unifyNumberedRuns } from "../../scripts/parse/numbered-runs.ts";
import { proseCandidates } from "../../scripts/extract/candidate-prose.ts";
import { tableCandidates, tableUnit } from "../../scripts/extract/candidate-tables.ts";
import { inferKind } from "../../scripts/extract/candidate-kinds.ts";
import { columnRoles } from "../../scripts/extract/columns.ts";
import { readProseValue } from "../../scripts/extract/prose-values.ts";
import { Diagnostics } from "../../scripts/model/diagnostics.ts";
import { linkCandidates } from "../../scripts/link/candidates.ts";
import { proposeConcordance } from "../../scripts/link/propose-concordance.ts";
import { concordanceSchema, type Concordance } from "../../scripts/model/concordance.ts";
import type { DocumentModel, TableCell, TableNode } from "../../scripts/model/document.ts";
import type { IndicatorData, ValueKind } from "../../scripts/model/indicators.ts";
import { kindName } from "../../src/lib/indicators.ts";
import type { SourceFile } from "../../scripts/ingest/read-sources.ts";
import type { LoadedConcordance } from "../../scripts/ingest/read-concordance.ts";
import { indicatorCsv } from "../../scripts/emit/indicator-data.ts";
import { formatReport } from "../../scripts/check/report.ts";
import { targetCounts } from "../../scripts/link/candidates.ts";
import { fixture } from "../helpers.ts";

const DONG_NAI = "dong-nai-kh179-2025-kinh-te-so-94-120.txt";
const DONG_NAI_TITLE = "Kế hoạch phát triển kinh tế số và xã hội số tỉnh Đồng Nai giai đoạn 2026-2030";
const QUOC_HOI = "quoc-hoi-nq-bo-sung-ke-hoach-2025-17-27.txt";
const QUOC_HOI_TITLE = "Nghị quyết về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025";

/** The model of a fixture and its lines, numbered as in the document. */
function read(name: string, mode: "wrapped" | "blank-separated"): { model: DocumentModel; lines: string[] } {
  const numbered = fixture("targets", name);
  const blocks = mergeLists(assignDepths(unifyNumberedRuns(parseBlocks(numbered, [], mode))));
  const lines: string[] = [];
  for (const l of numbered) lines[l.line - 1] = l.text;
  return { model: { id: "doc", file: name, blocks, footnotes: [], notes: [] }, lines };
}
const shown = (found: { kind: string; label: string; unit: string; raw: string; line: number }[]) =>
  found.map(({ kind, label, unit, raw, line }) => ({ kind, label, unit, raw, line }));

describe("targets found without a concordance", () => {
  it("reads every item of a numbered target list with its kind, words, unit and the line where its value starts", () => {
    const { model, lines } = read(DONG_NAI, "wrapped");
    expect(shown(proseCandidates(model, lines, 2025, DONG_NAI_TITLE))).toEqual([
      { kind: "goal-2030", label: "Tỷ trọng kinh tế số", unit: "%", raw: "tối thiểu 30%", line: 101 },
      { kind: "goal-2030", label: "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", unit: "%", raw: "tối thiểu 20%", line: 104 },
      {
        kind: "goal-2030",
        label: "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động",
        unit: "%",
        raw: "tối thiểu 20%",
        line: 107,
      },
      { kind: "goal-2030", label: "Tổng giá trị giao dịch thanh toán không dùng tiền mặt", unit: "lần", raw: "gấp 30 lần", line: 110 },
      { kind: "goal-2030", label: "Phát triển và triển khai", unit: "sàn", raw: "tối thiểu 01 sàn", line: 112 },
      { kind: "goal-2030", label: "Phát triển", unit: "doanh nghiệp", raw: "tối thiểu 10 doanh nghiệp", line: 115 },
    ]);
  });

  it("reads the targets of a lead-in list and of a sentence naming its “mục tiêu”", () => {
    const { model, lines } = read(QUOC_HOI, "blank-separated");
    expect(shown(proseCandidates(model, lines, 2025, QUOC_HOI_TITLE))).toEqual([
      { kind: "plan-2025", label: "Năm 2025, tập trung thúc đẩy tăng trưởng với mục tiêu", unit: "%", raw: "8% trở lên", line: 19 },
      { kind: "plan-2025", label: "Tốc độ tăng tổng sản phẩm trong nước (GDP)", unit: "%", raw: "8% trở lên", line: 23 },
      { kind: "plan-2025", label: "quy mô GDP năm 2025", unit: "tỉ đô la Mỹ (USD)", raw: "khoảng trên 500 tỉ đô la Mỹ (USD)", line: 23 },
      { kind: "plan-2025", label: "GDP bình quân đầu người", unit: "USD", raw: "khoảng trên 5.000 USD", line: 25 },
      { kind: "plan-2025", label: "Tốc độ tăng chỉ số giá tiêu dùng (CPI)", unit: "%", raw: "khoảng 4,5 - 5%", line: 27 },
    ]);
  });

  it("reads every item under a heading that only names the targets, however deep, and a count written with a leading zero", () => {
    // Kế hoạch 144 (Bắc Ninh), crawl file ad5aff6c13929815.md, lines 96–112: “II. MỤC TIÊU” › “1. Phát triển kinh tế số đến năm 2030”
    // (the kinds are checked on the whole document: this excerpt's parse cuts the second heading's title).
    const { model, lines } = read("ad5aff6c13929815-96-112.txt", "wrapped");
    const found = proseCandidates(model, lines, 2025, "Kế hoạch phát triển kinh tế số và xã hội số tỉnh Bắc Ninh");
    expect(found.slice(0, 2).map(({ label, unit, raw, line }) => ({ label, unit, raw, line }))).toEqual([
      { label: "Kinh tế số", unit: "%", raw: "45%", line: 101 },
      { label: "Phấn đấu mỗi năm phát triển từ", unit: "bộ", raw: "05 bộ", line: 104 },
    ]);
  });

  it("takes a value judged against the plan (“ước đạt 8% … (đạt mục tiêu Nghị quyết đề ra)”) as the year's result, not its plan", () => {
    // Kế hoạch 0204 (Cà Mau), crawl file 9b7eebadf7081069.md, lines 53–54 and 72–73.
    expect(inferKind("Tốc độ tăng trưởng kinh tế của tỉnh năm 2025 ước đạt 8% so cùng kỳ (đạt mục tiêu Nghị quyết đề ra)", "", 2025)).toBe(
      "result-2025",
    );
    expect(
      inferKind(
        "sản lượng phân bón đạt 1,14 triệu tấn, đạt 100% kế hoạch",
        "Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025",
        2025,
      ),
    ).toBe("result-2025");
  });

  it("reads each numeric cell of an indicators table by its column's year and kind, at the line of the cell, and not the row numbering the columns", () => {
    // Mẫu biểu số 01 of Kế hoạch 0204/KH-UBND (Cà Mau, 24/11/2025), crawl file 9b7eebadf7081069.md, lines 534–640.
    const source = fixture("targets", "9b7eebadf7081069-534-640.txt");
    const cell = (line: number, extra: Partial<TableCell> = {}): TableCell => {
      const from = source.find((l) => l.line === line)!;
      const text = source
        .slice(source.indexOf(from))
        .slice(
          0,
          source.slice(source.indexOf(from)).findIndex((l) => l.text === "|"),
        )
        .map((l) => l.text)
        .join(" ");
      return { text, line, ...extra };
    };
    const empty = (line: number): TableCell => ({ text: "", line });
    const table: TableNode = {
      type: "table",
      line: 534,
      endLine: 640,
      columns: 8,
      header: [
        {
          line: 535,
          cells: [
            cell(535, { rowspan: 2 }),
            cell(537, { rowspan: 2 }),
            cell(539, { rowspan: 2 }),
            cell(541, { colspan: 2 }),
            cell(543, { rowspan: 2 }),
            cell(545, { rowspan: 2 }),
            cell(547, { rowspan: 2 }),
          ],
        },
        { line: 550, cells: [cell(550), cell(552)] },
      ],
      rows: [
        // The row numbering the columns, as a portal table may leave it among the rows.
        { line: 555, cells: [555, 557, 559, 561, 563, 565, 567, 569].map((n) => cell(n)) },
        { line: 572, cells: [572, 574, 577, 579, 581, 583, 585, 587].map((n) => cell(n)) },
        { line: 590, cells: [590, 592, 594, 596, 598, 600, 602, 604].map((n) => cell(n)) },
        { line: 607, cells: [cell(607), cell(609), ...[611, 612, 613, 614, 615, 616].map(empty)] },
        { line: 619, cells: [empty(619), ...[619, 621, 623, 625, 627, 629, 631].map((n) => cell(n))] },
      ],
    };
    const found = tableCandidates([table], 2025, "Kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028");
    expect(shown(found.filter((f) => f.line <= 604 || f.line >= 623))).toEqual([
      ...[
        ["plan-2025", "172.033", 579],
        ["result-2025", "172.033", 581],
        ["plan-2026", "193.549", 583],
        ["plan-2027", "218.628", 585],
        ["plan-2028", "247.907", 587],
      ].map(([kind, raw, line]) => ({
        kind: kind as string,
        label: "Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành",
        unit: "Tỷ đồng",
        raw: raw as string,
        line: line as number,
      })),
      ...[
        ["plan-2025", "8,00", 596],
        ["result-2025", "8,00", 598],
        ["plan-2026", "10,00", 600],
        ["plan-2027", "10,00", 602],
        ["plan-2028", "10,00", 604],
      ].map(([kind, raw, line]) => ({
        kind: kind as string,
        label: "Tốc độ tăng trưởng GRDP",
        unit: "%",
        raw: raw as string,
        line: line as number,
      })),
      ...[
        ["plan-2025", "34,48", 623],
        ["result-2025", "34,48", 625],
        ["plan-2026", "33,31", 627],
        ["plan-2027", "31,76", 629],
        ["plan-2028", "30,22", 631],
      ].map(([kind, raw, line]) => ({
        kind: kind as string,
        label: "Cơ cấu kinh tế › - Nông, lâm nghiệp, thủy sản",
        unit: "%",
        raw: raw as string,
        line: line as number,
      })),
    ]);
  });

  it("reads a budget table's cells in the unit its preceding line states, by the kind of each header path, and never the row numbers left of the label", () => {
    // Mẫu biểu số 02 of Kế hoạch 0204/KH-UBND (Cà Mau, 24/11/2025), crawl file 9b7eebadf7081069.md, lines 1246–1361.
    const source = fixture("targets", "9b7eebadf7081069-1246-1361.txt");
    const cell = (line: number, extra: Partial<TableCell> = {}): TableCell => {
      const at = source.findIndex((l) => l.line === line);
      const end = source.slice(at).findIndex((l) => l.text === "|");
      return {
        text: source
          .slice(at, at + end)
          .map((l) => l.text)
          .join(" "),
        line,
        ...extra,
      };
    };
    const row = (line: number, lines: number[]) => ({ line, cells: lines.map((n) => cell(n)) });
    const table: TableNode = {
      type: "table",
      line: 1255,
      endLine: 1361,
      columns: 8,
      header: [
        {
          line: 1256,
          cells: [cell(1256, { rowspan: 2 }), cell(1258, { rowspan: 2 }), cell(1260, { colspan: 3 }), cell(1262, { colspan: 3 })],
        },
        row(1265, [1265, 1268, 1270, 1272, 1274, 1276]),
      ],
      rows: [
        row(1279, [1279, 1281, 1283, 1285, 1287, 1289, 1291, 1293]),
        row(1313, [1313, 1315, 1317, 1319, 1321, 1323, 1325, 1327]),
        row(1330, [1330, 1332, 1335, 1337, 1339, 1341, 1343, 1345]),
      ],
    };
    const before = parseBlocks(
      source.filter((l) => l.line <= 1254),
      [],
      "blank-separated",
    );
    expect(tableUnit([...before, table], table)).toBe("Triệu đồng");
    const found = tableCandidates(
      [table],
      2025,
      "Kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028",
      new Set(),
      () => "Triệu đồng",
    );
    expect(found.map((f) => [f.kind, f.raw, f.unit, f.line, f.label])).toEqual([
      ["plan-2025", "10.052.700", "Triệu đồng", 1317, "THU NỘI ĐỊA"],
      ["plan-2025", "10.052.700", "Triệu đồng", 1319, "THU NỘI ĐỊA"],
      ["result-2025", "11.080.000", "Triệu đồng", 1321, "THU NỘI ĐỊA"],
      ["plan-2026", "11.132.000", "Triệu đồng", 1323, "THU NỘI ĐỊA"],
      ["plan-2027", "13.000.000", "Triệu đồng", 1325, "THU NỘI ĐỊA"],
      ["plan-2028", "14.600.000", "Triệu đồng", 1327, "THU NỘI ĐỊA"],
      ...[
        ["plan-2025", "736.000", 1335],
        ["plan-2025", "736.000", 1337],
        ["result-2025", "730.000", 1339],
        ["plan-2026", "765.000", 1341],
        ["plan-2027", "825.000", 1343],
        ["plan-2028", "865.000", 1345],
      ].map(([kind, raw, line]) => [kind, raw, "Triệu đồng", line, "Thu từ khu vực doanh nghiệp nhà nước do Trung ương quản lý"]),
    ]);
  });

  it("names the columns of a new document's table by their header words, so its rows can be declared with no change of code", () => {
    // The header of Mẫu biểu số 02 (Cà Mau KH 0204, lines 1256–1293), with a notes column as other budget tables have.
    const text = (t: string, line: number, extra: Partial<TableCell> = {}): TableCell => ({ text: t, line, ...extra });
    const table: TableNode = {
      type: "table",
      line: 1255,
      endLine: 1361,
      columns: 9,
      header: [
        {
          line: 1256,
          cells: [
            text("**STT**", 1256, { rowspan: 2 }),
            text("**Nội dung**", 1258, { rowspan: 2 }),
            text("**Năm hiện hành 2025**", 1260, { colspan: 3 }),
            text("**Dự kiến 03 năm kế hoạch**", 1262, { colspan: 3 }),
            text("Ghi chú", 1263, { rowspan: 2 }),
          ],
        },
        {
          line: 1265,
          cells: [
            "**Dự toán** **TTg giao**",
            "**Dự toán HĐND tỉnh quyết định**",
            "**Đánh giá thực hiện**",
            "**Năm 2026**",
            "**Năm 2027**",
            "**Năm 2028**",
          ].map((t, k) => text(t, 1265 + k)),
        },
      ],
      rows: [],
    };
    const diag = new Diagnostics("ca-mau.md");
    expect(columnRoles(table, diag, 2025)).toEqual([
      { role: "number" },
      { role: "label" },
      { role: "value", kind: "plan-2025" },
      { role: "value", kind: "plan-2025" },
      { role: "value", kind: "result-2025" },
      { role: "value", kind: "plan-2026" },
      { role: "value", kind: "plan-2027" },
      { role: "value", kind: "plan-2028" },
      { role: "other" },
    ]);
    expect(diag.fatal).toEqual([]);
  });

  it("takes a level stated beside its own year as that year's, not as the average the sentence also gives", () => {
    // Báo cáo chính trị Hải Dương (000), line 61, inside a paragraph on 2020–2025.
    const clause = "năm 2025, kim ngạch đạt 21,25 tỷ USD, trong đó xuất khẩu đạt 11,76 tỷ USD, tăng bình quân 8,68%/năm";
    const context = "Phần thứ nhất › Kết quả thực hiện giai đoạn 2020 - 2025";
    expect(inferKind(clause, context, 2025, "tỷ USD")).toBe("result-2025");
    expect(inferKind("tăng bình quân 8,68%/năm giai đoạn 2021 - 2025", context, 2025, "%/năm")).toBe("result-avg-2021-2025");
  });

  it("names kinds after the existing ones: a year's plan, result or goal, an average over a period", () => {
    expect(inferKind("Kế hoạch năm 2024", "", 2023)).toBe("plan-2024");
    expect(inferKind("Năm 2027", "", 2025)).toBe("plan-2027");
    expect(inferKind("Ước thực hiện năm 2023", "", 2023)).toBe("result-2023");
    expect(inferKind("Tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10%/năm", "", 2025)).toBe("goal-avg-2026-2030");
    expect(inferKind("Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP", "Phát triển kinh tế số đến năm 2030", 2025)).toBe("goal-2030");
    expect(inferKind("Tỷ lệ hộ nghèo giảm còn 1%", "", 2025)).toBe("unspecified");
  });
});

const sourceOf = (model: DocumentModel, lines: string[]): SourceFile =>
  ({
    path: "content/sources/quoc-hoi.txt",
    lines,
    meta: { id: "nq-quoc-hoi-2025", region: "hai-phong-moi", date: "2025-02-19", title: QUOC_HOI_TITLE },
  }) as unknown as SourceFile;
const emptyConcordance: Concordance = { tables: [], lists: [], verdicts: [], unchecked: [], indicators: [] };
const loaded = (data: Concordance) => ({ data }) as LoadedConcordance;

describe("candidates published and proposed", () => {
  const { model, lines } = read(QUOC_HOI, "blank-separated");
  const input = { source: sourceOf(model, lines), model, anchors: new Map<object, string>(), docUrl: "/tai-lieu/nq/" };
  const none: IndicatorData = { schema: 1, sources: [], indicators: [], candidates: [] };

  it("gives each candidate its document's region, its parsed value and `matched: false`", () => {
    const found = linkCandidates([input], none, loaded(emptyConcordance));
    expect(found[1]).toMatchObject({
      region: "hai-phong-moi",
      kind: "plan-2025",
      raw: "8% trở lên",
      value: null,
      min: 8,
      bound: "at-least",
      source: { doc: "nq-quoc-hoi-2025", line: 23, url: "/tai-lieu/nq/" },
      matched: false,
    });
  });

  it("does not repeat a value the concordance already matched", () => {
    const matched: IndicatorData = {
      ...none,
      indicators: [
        {
          id: "tang-truong-gdp",
          name: "Tốc độ tăng GDP",
          domain: "kinh-te",
          unit: "%",
          url: "/chi-tieu/tang-truong-gdp/",
          values: [
            {
              region: "hai-phong-moi",
              kind: "goal-2030",
              label: "Tốc độ tăng tổng sản phẩm trong nước (GDP)",
              unit: "%",
              raw: "8% trở lên",
              value: null,
              source: { doc: "nq-quoc-hoi-2025", line: 23, url: "/tai-lieu/nq/" },
            },
          ],
        },
      ],
    };
    const raws = linkCandidates([input], matched, loaded(emptyConcordance)).map((c) => `${c.source.line} ${c.raw}`);
    expect(raws).toEqual(["19 8% trở lên", "23 khoảng trên 500 tỉ đô la Mỹ (USD)", "25 khoảng trên 5.000 USD", "27 khoảng 4,5 - 5%"]);
  });

  it("proposes concordance entries that the concordance schema reads back", () => {
    const dn = read(DONG_NAI, "wrapped");
    const dnInput = {
      source: {
        ...sourceOf(dn.model, dn.lines),
        meta: { id: "kh179-dong-nai", region: "hai-phong-moi", date: "2025-11-18", title: DONG_NAI_TITLE },
      } as unknown as SourceFile,
      model: dn.model,
      anchors: new Map<object, string>(),
      docUrl: "/tai-lieu/kh/",
    };
    const yaml = proposeConcordance(linkCandidates([dnInput], none, loaded(emptyConcordance)).slice(0, 2), emptyConcordance);
    const back = concordanceSchema.parse({ ...emptyConcordance, ...parse(yaml) });
    expect(back.indicators.map((i) => ({ id: i.id, domain: i.domain, unit: i.unit, items: i.items }))).toEqual([
      {
        id: "ty-trong-kinh-te-so",
        domain: "kinh-te",
        unit: "%",
        items: [
          {
            doc: "kh179-dong-nai",
            line: 101,
            kind: "goal-2030",
            label: "Tỷ trọng kinh tế số",
            after: "kinh tế số đạt",
            region: "hai-phong-moi",
          },
        ],
      },
      {
        id: "ty-trong-kinh-te-so-trong-tung-nganh-linh-vuc",
        domain: "kinh-te",
        unit: "%",
        items: [
          {
            doc: "kh179-dong-nai",
            line: 103,
            kind: "goal-2030",
            label: "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
            after: "lĩnh vực đạt",
            region: "hai-phong-moi",
          },
        ],
      },
    ]);
  });
});

describe("kinds of value as a pattern", () => {
  const item = (kind: string) => ({
    ...emptyConcordance,
    indicators: [
      {
        id: "tong-thu-ngan-sach",
        name: "Tổng thu ngân sách nhà nước trên địa bàn",
        domain: "kinh-te",
        unit: "triệu đồng",
        items: [{ doc: "ca-mau-kh0204-2025", line: 272, kind, label: "Tổng thu", after: "đạt", region: "hai-phong-moi" }],
      },
    ],
  });
  it("accepts a proposal of a kind no document had before (plan-2026, goal-2028, a yearly average) with no change of code", () => {
    for (const kind of ["plan-2026", "goal-2028", "result-avg-2021-2025", "plan-avg-2026-2028"])
      expect(concordanceSchema.parse(item(kind)).indicators[0]!.items[0]!.kind).toBe(kind);
  });
  it("refuses a kind outside the pattern, and `unspecified`, which the maintainer must replace", () => {
    for (const kind of ["unspecified", "plan-26", "forecast-2026", "goal-2030-x"])
      expect(concordanceSchema.safeParse(item(kind)).success).toBe(false);
  });
  it("names a kind of the pattern on the pages from its family and years", () => {
    expect(["plan-2026", "result-2027", "goal-2028", "goal-avg-2026-2028", "plan-2024"].map((k) => kindName(k as ValueKind))).toEqual([
      "Kế hoạch 2026",
      "Kết quả 2027",
      "Mục tiêu đến 2028",
      "Mục tiêu bình quân 2026–2028",
      "Kế hoạch 2024",
    ]);
  });
});

describe("a proposal accepted as it is written", () => {
  it("is read by the concordance's reader: the item’s text without its emphasis marks", () => {
    // Kế hoạch 0204 (Cà Mau), crawl file 9b7eebadf7081069.md, lines 267–274: proposals for lines 271 and 67 as the build wrote them.
    const { model, lines } = read("9b7eebadf7081069-267-274.txt", "wrapped");
    const grdp = readProseValue(model, lines, { line: 271, label: "Tổng sản phẩm trong tỉnh (GRDP)", after: "GRDP) tăng" });
    expect(typeof grdp === "string" ? grdp : { raw: grdp.raw, unit: grdp.unit, line: grdp.line }).toEqual({
      raw: "khoảng 10%",
      unit: "%",
      line: 272,
    });
  });
});

describe("candidates in the downloads and the report", () => {
  const candidate = {
    region: "hai-phong-moi" as const,
    kind: "plan-2025",
    label: "GDP bình quân đầu người",
    unit: "USD",
    raw: "khoảng trên 5.000 USD",
    value: null,
    source: { doc: "nq-quoc-hoi-2025", line: 25, url: "/tai-lieu/nq/dieu-1/#m2" },
    matched: false as const,
  };
  const data: IndicatorData = {
    schema: 1,
    sources: [{ id: "nq-quoc-hoi-2025", title: QUOC_HOI_TITLE, file: "content/sources/quoc-hoi.txt", url: "/tai-lieu/nq/" }],
    indicators: [],
    candidates: [candidate],
  };

  it("writes a candidate as a CSV row with empty indicator columns and `matched` = no", () => {
    expect(indicatorCsv(data).split("\r\n")[1]).toBe(
      ",,,,hai-phong-moi,plan-2025,GDP bình quân đầu người,USD,khoảng trên 5.000 USD,,,,,nq-quoc-hoi-2025,25,/tai-lieu/nq/dieu-1/#m2,,,no",
    );
  });

  it("ends the document's report line with the targets found and how many are matched", () => {
    const check = {
      file: "content/sources/quoc-hoi.txt",
      headings: 9,
      paragraphs: 23,
      listItems: 3,
      footnotes: 0,
      footnotesAttached: 0,
      tables: [],
      suspicious: [],
      corrected: [],
      repeated: [],
    };
    expect(formatReport([check], targetCounts(data))).toMatch(/ targets found: 1 \(0 matched\)$/);
  });
});
