import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { addDocument, AddError, parseArgs } from "../../scripts/add-document.ts";
import { detectLayout } from "../../scripts/ingest/detect-layout.ts";
import { fileName, titleYears } from "../../scripts/ingest/metadata-entry.ts";
import { issuerName, readHeader, sentenceCase } from "../../scripts/ingest/read-header.ts";
import { readRegionList, regionsOf } from "../../scripts/ingest/new-region.ts";
import { readMetadata } from "../../scripts/ingest/read-sources.ts";
import type { SourceMeta } from "../../scripts/model/schema.ts";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/add-document");
const linesOf = (text: string) => text.normalize("NFC").split("\n");
const fixture = (name: string) => linesOf(readFileSync(join(FIXTURES, name), "utf8"));

describe("the header reader", () => {
  // Each corpus document's header, as a portal prints it: issuer, number, date, kind, title.
  const cases: [string, string, string | null, string, string, string][] = [
    [
      "can-tho-kh160-2025-giam-ngheo-1-25.md",
      "Ủy ban nhân dân thành phố Cần Thơ",
      "160/KH-UBND",
      "2025-11-19",
      "ke-hoach",
      "GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ NĂM 2025",
    ],
    [
      "dong-nai-kh179-2025-kinh-te-so-1-24.md",
      "Ủy ban nhân dân tỉnh Đồng Nai",
      "179/KH-UBND",
      "2025-11-18",
      "ke-hoach",
      "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030",
    ],
    [
      "ha-noi-nq66-2025-hdnd-1-28.md",
      "Hội đồng nhân dân thành phố Hà Nội",
      "66/2025/NQ-HĐND",
      "2025-11-27",
      "nghi-quyet",
      "VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DANH LAM THẮNG CẢNH, DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    ],
    [
      "ha-tinh-kh624-2025-giao-duc-mam-non-1-26.md",
      "Ủy ban nhân dân tỉnh Hà Tĩnh",
      "624/KH-UBND",
      "2025-11-19",
      "ke-hoach",
      "THỰC HIỆN CHƯƠNG TRÌNH “NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON Ở ĐỊA BÀN ĐÔ THỊ, KHU CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ TĨNH GIAI ĐOẠN 2025 - 2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045”",
    ],
    [
      "hai-phong-qd212-2025-danh-gia-can-bo-1-26.md",
      "Ủy ban nhân dân thành phố Hải Phòng",
      "212/2025/QĐ-UBND",
      "2025-11-18",
      "quyet-dinh",
      "BAN HÀNH QUY ĐỊNH VỀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC TẠI CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN XÃ, PHƯỜNG, ĐẶC KHU VÀ VIÊN CHỨC TẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC ỦY BAN NHÂN DÂN THÀNH PHỐ",
    ],
    [
      "hue-nq37-2025-hdnd-giam-ngheo-1-29.md",
      "Hội đồng nhân dân thành phố Huế",
      "37/2025/NQ-HĐND",
      "2025-11-18",
      "nghi-quyet",
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO BỀN VỮNG TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2023-2025 BAN HÀNH THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ (NAY THÀNH PHỐ HUẾ)",
    ],
    [
      "thanh-hoa-kh235-2025-quan-trac-thuy-san-1-26.md",
      "Ủy ban nhân dân tỉnh Thanh Hóa",
      "235/KH-UBND",
      "2025-11-18",
      "ke-hoach",
      "QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026",
    ],
    [
      "24c7124ec6b2bf61-1-26.md",
      "Ủy ban nhân dân thành phố Cần Thơ",
      "153/KH-UBND",
      "2025-11-17",
      "ke-hoach",
      "TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN THÀNH PHỐ",
    ],
  ];
  it.each(cases)(
    "reads %s: issuer, number, date, kind and title, across broken lines and emphasis",
    (file, issuer, number, date, kind, title) => {
      const h = readHeader(fixture(file));
      expect([h.issuer?.value.name, h.number?.value, h.date?.value.iso, h.kind?.value, h.title?.value]).toEqual([
        issuer,
        number,
        date,
        kind,
        title,
      ]);
    },
  );

  it("cites each value at the line it starts on, in words of that line as printed", () => {
    const h = readHeader(fixture("ha-noi-nq66-2025-hdnd-1-28.md"));
    // `**HỘI ĐỒNG NHÂN` / `DÂN **`, `Số:` / `66/2025/NQ-HĐND`, `*Hà Nội, ngày 27` / `tháng 11 năm 2025 *`
    expect([h.issuer, h.number, h.date, h.kind].map((f) => [f?.line, f?.quote])).toEqual([
      [2, "HỘI ĐỒNG NHÂN"],
      [14, "66/2025/NQ-HĐND"],
      [16, "Hà Nội, ngày 27"],
      [21, "NGHỊ QUYẾT"],
    ]);
  });

  it("reads the National Assembly's resolution, whose issuer follows the title and whose date is at its end", () => {
    const lines = [...fixture("quoc-hoi-nq-bo-sung-ke-hoach-2025-1-32.md"), ...fixture("quoc-hoi-nq-bo-sung-ke-hoach-2025-81-83.md")];
    const h = readHeader(lines);
    expect(h.issuer?.value).toEqual({ printed: "QUỐC HỘI", name: "Quốc hội", place: "Việt Nam" });
    expect(h.title?.value).toBe("Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên");
    expect(h.number).toBeUndefined();
    expect(h.date).toEqual({ value: { iso: "2025-02-19", passed: true }, line: 36, quote: "thông qua ngày 19 tháng 02 năm 2025" });
  });

  it("reads the five sources' own headers where they have one", () => {
    const source = (n: string) => linesOf(readFileSync(join(ROOT, "content/sources", n), "utf8"));
    const cttr = readHeader(source("002_8184ebce04ffb420.txt"));
    expect([cttr.number?.value, cttr.number?.quote, cttr.date?.value.iso, cttr.kind?.value]).toEqual([
      null,
      "Số: /CTr-UBND",
      "2023-02-28",
      "chuong-trinh-hanh-dong",
    ]);
    const nq = readHeader(source("003_43864d262e2b7ee9.txt"));
    expect([nq.issuer?.value.name, nq.date?.value.iso, nq.date?.line, nq.title?.value]).toEqual([
      "Hội đồng nhân dân tỉnh Hải Dương khoá XVII, kỳ họp thứ 19",
      "2023-12-08",
      334,
      "Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023 và kế hoạch phát triển kinh tế - xã hội năm 2024",
    ]);
  });

  it("writes a body's name and a title in capitals as Vietnamese prose, keeping codes and place names", () => {
    expect(issuerName("ỦY BAN NHÂN DÂN TỈNH THANH HÓA")).toEqual({ name: "Ủy ban nhân dân tỉnh Thanh Hóa", place: "Thanh Hóa" });
    expect(sentenceCase("BAN HÀNH THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND CỦA TỈNH ĐỒNG NAI", ["Đồng Nai"])).toBe(
      "Ban hành theo nghị quyết số 20/2023/NQ-HĐND của tỉnh Đồng Nai",
    );
    expect(titleYears("SỬA ĐỔI NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 GIAI ĐOẠN 2026 - 2030")).toEqual([2026, 2030]);
  });
});

describe("the layout detection", () => {
  it("gives each of the five sources the format its metadata names", () => {
    for (const meta of readMetadata(ROOT)) {
      const lines = linesOf(readFileSync(join(ROOT, "content/sources", meta.file), "utf8"));
      expect({ file: meta.file, ...detectLayout(lines, false).format }).toEqual({ file: meta.file, ...meta.format });
    }
  });

  it("reads portal Markdown as lines joined up to a blank line, with `|` tables", () => {
    expect(detectLayout(fixture("dong-nai-kh179-2025-kinh-te-so-1-24.md"), true).format).toEqual({
      paragraphs: "blank-line",
      footnotes: "none",
      tables: "pipe",
    });
    expect(detectLayout(fixture("quoc-hoi-nq-bo-sung-ke-hoach-2025-1-32.md"), true).format).toEqual({
      paragraphs: "blank-line",
      footnotes: "none",
      tables: "none",
    });
  });

  it("finds `[n]` footnotes: a mark glued to the text and a note starting its line", () => {
    const lines = [...fixture("24c7124ec6b2bf61-200-207.md"), ...fixture("24c7124ec6b2bf61-789-795.md")];
    expect(detectLayout(lines, true).format.footnotes).toBe("bracketed");
    expect(detectLayout(fixture("24c7124ec6b2bf61-200-207.md"), true).format.footnotes).toBe("none");
  });
});

describe("regions and file names", () => {
  it("finds a place's region by name, the new unit where an old one was merged into it", () => {
    const regions = readRegionList(ROOT);
    expect(regionsOf(regions, "Hải Phòng").map((r) => r.id)).toEqual(["hai-phong-moi"]);
    expect(regionsOf(regions, "Hải Dương").map((r) => r.id)).toEqual(["hai-duong"]);
    expect(regionsOf(regions, "Đồng Nai")).toEqual([]);
  });

  it("names the copy with the next three-digit number", () => {
    expect(fileName(["000_a.txt", "004_b.txt", "sources.yml"], "dong-nai-kh179-2025", "md")).toBe("005_dong-nai-kh179-2025.md");
  });

  it("reads the command line", () => {
    expect(parseArgs(["doc.md", "--region", "hai-duong", "--no-publish"])).toEqual({
      path: "doc.md",
      options: { region: "hai-duong", publish: false },
    });
    expect(() => parseArgs(["--region"])).toThrow(AddError);
  });
});

describe("npm run add-document, on a temporary copy of the project", () => {
  let doc: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "add-doc-"));
    doc = join(dir, "quoc-hoi-nq-bo-sung-ke-hoach-2025.md");
    writeFileSync(
      doc,
      readFileSync(join(FIXTURES, "quoc-hoi-nq-bo-sung-ke-hoach-2025-1-32.md"), "utf8") +
        readFileSync(join(FIXTURES, "quoc-hoi-nq-bo-sung-ke-hoach-2025-81-83.md"), "utf8"),
    );
  });
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), "add-doc-root-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    return root;
  };
  const snapshot = (root: string) =>
    Object.fromEntries(
      readdirSync(join(root, "content"), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), "utf8")]),
    );

  it("copies the file, appends its entry, builds, and prints the report with file:line", () => {
    const root = project();
    const before = readFileSync(join(root, "content/sources/sources.yml"), "utf8");
    const log: string[] = [];
    const result = addDocument(root, doc, { region: "hai-phong-moi", publish: false, year: 2026, log: (l) => log.push(l) });
    expect(result).toEqual({ ok: true, id: "hai-phong-nq-2025", file: "content/sources/005_hai-phong-nq-2025.md", published: false });
    expect(readFileSync(join(root, result.file!))).toEqual(readFileSync(doc));
    const after = readFileSync(join(root, "content/sources/sources.yml"), "utf8");
    // The five entries and the comments stay byte for byte; the new entry follows.
    expect(after.startsWith(before)).toBe(true);
    const entry = (parse(after) as { documents: SourceMeta[] }).documents[5]!;
    expect(entry).toMatchObject({
      id: "hai-phong-nq-2025",
      file: "005_hai-phong-nq-2025.md",
      kind: "nghi-quyet",
      issuer: "Quốc hội",
      date: "2025-02-19",
      number: null,
      numberNote: { text: "Văn bản không ghi số ở phần đầu" },
      period: { from: 2025, to: 2025, label: "Năm 2025" },
      region: "hai-phong-moi",
      title: "Nghị quyết về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên",
      relations: [],
      format: { paragraphs: "blank-line", footnotes: "none", tables: "none" },
    });
    expect(entry.origin.cites).toEqual([
      { line: 1, quote: "NGHỊ QUYẾT" },
      { line: 3, quote: "Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025" },
      { line: 5, quote: "QUỐC HỘI" },
      { line: 35, quote: "thông qua ngày 19 tháng 02 năm 2025" },
    ]);
    expect(log).toContain("layout: paragraphs blank-line, footnotes none, tables none");
    expect(log).toContain("  check: number: no “Số:” line in the header");
    const report = log.join("\n");
    expect(report).toContain("content/sources/005_hai-phong-nq-2025.md:17  Điều 1. Mục tiêu, chỉ tiêu");
    expect(report).toContain("content/sources/005_hai-phong-nq-2025.md:29  Điều 2. Nhiệm vụ và giải pháp chủ yếu");
    expect(report).toMatch(/^paragraphs: \d+$/m);
    expect(report).toContain("footnotes placed: 0 of 0");
    expect(existsSync(join(root, "generated/site.json"))).toBe(true);
  }, 30000);

  it("refuses the same file twice, naming the copy already there", () => {
    const root = project();
    addDocument(root, doc, { region: "hai-phong-moi", publish: false, log: () => {} });
    const before = snapshot(root);
    expect(() => addDocument(root, doc, { region: "hai-phong-moi", publish: false, log: () => {} })).toThrow(
      /is already in the site: content\/sources\/005_hai-phong-nq-2025\.md \(hai-phong-nq-2025\) holds the same bytes/,
    );
    expect(snapshot(root)).toEqual(before);
  }, 30000);

  it("leaves content/ as it was when the build stops, printing the errors at their lines", () => {
    const root = project();
    const before = snapshot(root);
    // A document with a header and no heading: the parse stops it (structure/no-headings).
    const bad = join(mkdtempSync(join(tmpdir(), "add-doc-bad-")), "no-headings.md");
    writeFileSync(bad, [...fixture("quoc-hoi-nq-bo-sung-ke-hoach-2025-1-32.md").slice(0, 12), ""].join("\n"));
    const log: string[] = [];
    const result = addDocument(root, bad, { region: "hai-duong", publish: false, log: (l) => log.push(l) });
    expect(result).toEqual({ ok: false, published: false });
    expect(log).toContain(
      "content/sources/005_hai-duong-nq-2025.md:1: no heading found in the document, expected numbered headings such as `I.`, `1.` or `Phần thứ nhất` (structure/no-headings)",
    );
    expect(snapshot(root)).toEqual(before);
  }, 30000);

  it("publishes only when asked past the warnings, and takes the document out again when the site build fails", () => {
    const root = project();
    const before = snapshot(root);
    const steps: string[] = [];
    // A paragraph that starts in lower case is a warning until it is explained.
    const broken = join(mkdtempSync(join(tmpdir(), "add-doc-warn-")), "broken.md");
    writeFileSync(broken, `${readFileSync(doc, "utf8")}\n\nvà các chỉ tiêu khác.\n`);
    const held = addDocument(root, broken, { region: "hai-phong-moi", log: () => {}, run: (_, step) => (steps.push(step), true) });
    expect([held.published, steps]).toEqual([false, []]);
    const fresh = project();
    const failed = addDocument(fresh, doc, {
      region: "hai-phong-moi",
      acceptWarnings: true,
      log: () => {},
      run: (_, step) => (steps.push(step), step !== "manifest"),
    });
    expect([failed, steps]).toEqual([{ ok: false, published: false }, ["site", "manifest"]]);
    expect(snapshot(fresh)).toEqual(Object.fromEntries(Object.entries(before).map(([k, v]) => [k.replace(root, fresh), v])));
  }, 60000);
});
