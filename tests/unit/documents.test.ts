import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument, readExplanations } from "../../scripts/check/report.ts";
import { readSources } from "../../scripts/ingest/read-sources.ts";
import type { BlockNode, DocumentModel } from "../../scripts/model/document.ts";
import { parseDocument } from "../../scripts/parse/document.ts";
import { showRefs } from "../helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const sources = readSources(ROOT);
const models = new Map(sources.map((s) => [s.meta.file.slice(0, 3), { source: s, model: parseDocument(s) }]));
const get = (n: string) => models.get(n)!;
const check = (n: string) => checkDocument(get(n).source, get(n).model, ROOT);
const headings = (m: DocumentModel) => m.blocks.filter((b): b is Extract<BlockNode, { type: "heading" }> => b.type === "heading");
const blockAt = (m: DocumentModel, line: number) => m.blocks.find((b) => b.line === line && b.type !== "heading")!;

describe("the five documents, parsed whole", () => {
  it("attach every footnote: 82 in 000, 66 in 001, 2 in 003, 85 in 004", () => {
    expect(["000", "001", "002", "003", "004"].map((n) => [check(n).footnotes, check(n).footnotesAttached])).toEqual([
      [82, 82],
      [66, 66],
      [0, 0],
      [2, 2],
      [85, 85],
    ]);
  });

  it("rebuild the appendix tables with their row counts", () => {
    expect(check("000").tables).toEqual([
      { line: 543, rows: 41, columns: 9 },
      { line: 1000, rows: 49, columns: 8 },
    ]);
    expect(check("004").tables).toEqual([
      { line: 844, rows: 34, columns: 8 },
      { line: 902, rows: 41, columns: 9 },
    ]);
  });

  it("leave no suspicious paragraph unexplained, and no stale explanation", () => {
    const all = ["000", "001", "002", "003", "004"].flatMap((n) => check(n).suspicious.map((s) => ({ file: get(n).source.path, ...s })));
    expect(all.filter((s) => !s.explanation).map((s) => `${s.file}:${s.line} ${s.reason}: ${s.text}`)).toEqual([]);
    const flagged = new Set(all.map((s) => `${s.file}:${s.line}`));
    expect(readExplanations(ROOT).filter((e) => !flagged.has(`${e.file}:${e.line}`))).toEqual([]);
  });

  it("keep the documents' own heading hierarchy (000, Phần thứ nhất)", () => {
    const h = headings(get("000").model)
      .slice(0, 6)
      .map((x) => [x.depth, x.numbering, x.title]);
    expect(h).toEqual([
      [1, "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII, NHIỆM KỲ 2020 - 2025"],
      [2, "A.", "KẾT QUẢ ĐẠT ĐƯỢC"],
      [3, "I.", "LĨNH VỰC KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH, ĐỐI NGOẠI"],
      [4, "1.", "Lĩnh vực kinh tế"],
      [
        5,
        "1.1.",
        "Nông nghiệp tiếp tục tăng trưởng khá, đa dạng hình thức tổ chức sản xuất, " +
          "nâng cao giá trị, bộ mặt nông thôn có nhiều chuyển biến tích cực",
      ],
      [
        5,
        "1.2.",
        "Công nghiệp, xây dựng duy trì mức tăng trưởng cao, " +
          "định hướng phát triển công nghiệp công nghệ cao, công nghiệp hỗ trợ, " +
          "thân thiện với môi trường, sử dụng tiết kiệm năng lượng ngày càng rõ",
      ],
    ]);
    expect(
      headings(get("000").model)
        .filter((x) => x.depth === 1)
        .map((x) => x.numbering),
    ).toEqual(["Phần thứ nhất", "Phần thứ hai", "Phụ lục 1", "Phụ lục 2", "Phụ lục 3"]);
  });

  it("read a numbered line that opens with a sentence as a numbered paragraph, its text whole (001, 3.1.)", () => {
    expect(headings(get("001").model).find((x) => x.line === 619)).toBeUndefined();
    const list = blockAt(get("001").model, 619);
    const item = list.type === "list" ? list.items.find((i) => i.line === 619) : undefined;
    expect(item?.marker).toBe("3.1.");
    expect(
      item?.text.startsWith(
        "Công tác thanh tra đạt được nhiều kết quả tích cực. " +
          "Đã thực hiện 157 cuộc thanh tra hành chính và 724 cuộc thanh tra, kiểm tra chuyên ngành;",
      ),
    ).toBe(true);
    expect(item && showRefs(item.text).endsWith("đã phát hiện và khởi tố 23 vụ có dấu hiệu tội phạm tham nhũng.")).toBe(true);
  });

  it("re-join a paragraph across a page break and a footnote block (001, line 25)", () => {
    const p = blockAt(get("001").model, 25);
    expect(p.type === "paragraph" && showRefs(p.text)).toBe(
      "Quy mô tổng sản phẩm trên địa bàn (GRDP theo giá hiện hành) ước đạt 184 nghìn 123 tỷ đồng, " +
        "tiếp tục duy trì ở vị trí thứ 11/63 tỉnh, thành phố trong cả nước. " +
        "Trong bối cảnh tăng trưởng chung của cả nước chưa đạt như kỳ vọng[^2], " +
        "tỉnh ta đã chủ động xây dựng các kịch bản phát triển phấn đấu ở mức cao nhất, " +
        "do đó kinh tế tiếp tục duy trì được mức tăng trưởng khá so với mức trung bình chung của cả nước " +
        "và so với một số tỉnh, thành phố trong vùng đồng bằng sông Hồng. " +
        "Tổng cục Thống kê ước tăng trưởng kinh tế của tỉnh là 8,16%[^3] (KH năm tăng trên 9%). " +
        "Tổng cầu của nền kinh tế tăng khoảng 10,4% so với năm trước. " +
        "Cơ cấu kinh tế tiếp tục có sự chuyển dịch theo hướng tích cực, " +
        "tỷ trọng các ngành: Nông, lâm, thủy sản - Công nghiệp, xây dựng - dịch vụ tương ứng là 8,8%-61,8%-29,4%.",
    );
    expect([p.line, p.endLine]).toEqual([25, 40]);
  });

  it("read 003's fifteen 2024 targets as one numbered list", () => {
    const list = blockAt(get("003").model, 137);
    expect(list.type === "list" && list.items.map((i) => i.marker)).toEqual([
      "(1)",
      "(2)",
      "(3)",
      "(4)",
      "(5)",
      "(6)",
      "(7)",
      "(8)",
      "(9)",
      "(10)",
      "(11)",
      "(12)",
      "(13)",
      "(14)",
      "(15)",
    ]);
    expect(list.type === "list" && list.items[11]!.text).toBe(
      "Số giường bệnh (không tính các trạm y tế cấp xã) đạt 32,7 giường/ 01 vạn dân; 9,8 bác sĩ/ 01 vạn dân;",
    );
  });

  it("place 004's footnote 73 inside the table cell that references it", () => {
    const table = get("004").model.blocks.find((b) => b.type === "table")!;
    expect(table.type === "table" && showRefs(table.rows[1]!.cells[1]!.text)).toBe("Tốc độ tăng trưởng GRDP (giá so sánh 2010)[^73]");
    expect(get("004").model.footnotes.find((f) => f.label === "73")).toMatchObject({
      line: 861,
      text: expect.stringMatching(/^Tăng trưởng tổng sản phẩm trên địa bàn giai đoạn 2021 - 2025 ước đạt bình quân 11,8%\/năm/),
    });
  });

  it("restore the unnumbered heading recorded in content/corrections.yml at its sibling's depth", () => {
    const hs = headings(get("000").model);
    const fixed = hs.find((x) => x.line === 301)!;
    const sibling = hs.find((x) => x.line === 306)!;
    expect([fixed.numbering, fixed.title, fixed.depth]).toEqual(["", "Nguyên nhân khách quan", sibling.depth]);
    expect(sibling.title).toBe("Nguyên nhân chủ quan");
  });
});
