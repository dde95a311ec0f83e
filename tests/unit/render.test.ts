import { describe, expect, it } from "vitest";
import { inlineMarkdown, withId } from "../../scripts/emit/markdown.ts";
import { IdScope } from "../../scripts/emit/slug.ts";
import { slugify } from "../../scripts/model/slug.ts";
import { footnoteRef, linkMark, readerWords } from "../../scripts/model/text.ts";
import { columnRole, createMarkdown } from "../../src/lib/markdown.ts";

const md = createMarkdown();

describe("slugs", () => {
  it("drop Vietnamese marks and write đ as d", () => {
    expect(slugify("Đảng bộ tỉnh Hải Dương: Phát triển đô thị hóa")).toBe("dang-bo-tinh-hai-duong-phat-trien-do-thi-hoa");
    expect(slugify("Tăng trưởng kinh tế duy trì mức cao", 3)).toBe("tang-truong-kinh");
  });
  it("are made unique within a scope", () => {
    const ids = new IdScope();
    expect([ids.take("muc-tieu"), ids.take("muc-tieu"), ids.take("")]).toEqual(["muc-tieu", "muc-tieu-2", "muc"]);
  });
});

describe("source text written as Markdown", () => {
  it("escapes HTML from the sources, keeping <i> as emphasis", () => {
    const html = md.render(withId(inlineMarkdown("<i>Trong đó</i> <script>alert(1)</script> & [x](y)"), "p1"));
    expect(html).toBe('<p id="p1"><em>Trong đó</em> &lt;script&gt;alert(1)&lt;/script&gt; &amp; [x](y)</p>\n');
  });
  it("does not turn a numbered sentence into a Markdown list", () => {
    expect(md.render(withId(inlineMarkdown("1. Tổng sản phẩm tăng 12%"), "m1"))).toBe('<p id="m1">1. Tổng sản phẩm tăng 12%</p>\n');
  });
  it("keeps **bold** from 004 as bold", () => {
    expect(md.render(inlineMarkdown("**Kết quả thực hiện**"))).toBe("<p><strong>Kết quả thực hiện</strong></p>\n");
  });
});

describe("what readers see of the source's marks", () => {
  it("puts a footnote mark that falls inside linked words after the link (004 Phụ lục 1, line 847)", () => {
    const text = linkMark("/chi-tieu/tang-truong-grdp/", `Tốc độ tăng trưởng GRDP (giá so sánh 2010)${footnoteRef("73")}`);
    expect(inlineMarkdown(text)).toBe("[Tốc độ tăng trưởng GRDP (giá so sánh 2010)](/chi-tieu/tang-truong-grdp/)[^73]");
    expect(md.render(`${inlineMarkdown(text)}\n\n[^73]: Chú thích.\n`)).toContain(
      '<p><a href="/chi-tieu/tang-truong-grdp/">Tốc độ tăng trưởng GRDP (giá so sánh 2010)</a><sup class="footnote-ref">',
    );
  });

  it("gives titles, contents and descriptions the words only: no footnote marks, links as their text, emphasis as its words", () => {
    // 001: a heading with footnote 24; 000: a heading that cites 18-NQ/TW; 004 line 620: an item that starts in italics.
    expect(readerWords(`1.6.2. Đẩy nhanh tiến độ lập đề án phân loại đô thị theo quy định${footnoteRef("24")}`)).toBe(
      "1.6.2. Đẩy nhanh tiến độ lập đề án phân loại đô thị theo quy định",
    );
    expect(readerWords(`sắp xếp tổ chức bộ máy theo Nghị quyết số ${linkMark("/van-ban/#18-nq-tw", "18- NQ/TW")}`)).toBe(
      "sắp xếp tổ chức bộ máy theo Nghị quyết số 18- NQ/TW",
    );
    const sentence = "Phát triển năng lượng sạch, từng bước trở thành trung tâm năng lượng tái tạo của phía Bắc.";
    expect(readerWords(`*${sentence}* Tăng cường thu hút`)).toBe(`${sentence} Tăng cường thu hút`);
    expect(readerWords("**Kết quả** và <i>Trong đó</i>, 5 * 3")).toBe("Kết quả và Trong đó, 5 * 3");
  });
});

describe("footnotes", () => {
  it("use the document's own number, link to the text and back", () => {
    const html = md.render(
      `${withId(inlineMarkdown(`đạt 17/19 chỉ tiêu${footnoteRef("2")}.`), "p1")}\n\n[^2]: ${inlineMarkdown("02 chỉ tiêu không đạt.")}\n`,
    );
    expect(html).toContain(
      '<p id="p1">đạt 17/19 chỉ tiêu<sup class="footnote-ref"><a href="#chu-thich-2" id="tham-chieu-2" aria-label="Chú thích 2">2</a></sup>.</p>',
    );
    expect(html).toContain(
      '<li id="chu-thich-2" class="footnote-item" value="2"><p>02 chỉ tiêu không đạt. ' +
        '<a href="#tham-chieu-2" class="footnote-backref" aria-label="Quay lại chỗ tham chiếu 2" data-pagefind-ignore>↩︎</a></p>',
    );
  });
});

describe("tables", () => {
  const table = {
    id: "bang1",
    line: 543,
    endLine: 560,
    columns: 3,
    header: [
      [
        { text: "STT", rowspan: 2, line: 543 },
        { text: "Nội dung", rowspan: 2, line: 544 },
        { text: "Thực hiện", line: 556 },
      ],
      [{ text: "Ước 2025", line: 567 }],
    ],
    rows: [
      {
        id: "bang1-d1",
        line: 573,
        cells: [
          { text: "1", line: 573 },
          { text: "GRDP[^73]", line: 574 },
          { text: "9,8", line: 580 },
        ],
      },
    ],
  };
  const html = md.render(`${["```table", JSON.stringify(table), "```"].join("\n")}\n\n[^73]: Ghi chú.\n`);
  it("render multi-level headers with spans, row ids and source lines", () => {
    expect(html).toContain(
      '<div class="table-wrap cards doc-table" tabindex="0" role="region" aria-label="Bảng, dòng 543–560 của văn bản gốc">',
    );
    expect(html).toContain('<th scope="col" rowspan="2">STT</th>');
    expect(html).toContain('<tr id="bang1-d1" data-source-line="573">');
    expect(html).toContain(
      '<th scope="row">GRDP<sup class="footnote-ref"><a href="#chu-thich-73" id="tham-chieu-73" aria-label="Chú thích 73">73</a></sup></th>',
    );
    // Each cell carries its column's name from the header rows, and the column's role for cards.
    expect(html).toContain('<td data-label="STT" data-role="number">1</td>');
    expect(html).toContain('<td data-label="Thực hiện · Ước 2025" data-role="result">9,8</td>');
  });
  it("give a row its source line when the table knows the document's original text", () => {
    const withOriginal = md.render(["```table", JSON.stringify({ ...table, original: "/tai-lieu/x/ban-goc/" }), "```"].join("\n"));
    expect(withOriginal).toContain('<th scope="col" class="col-line" rowspan="2">Dòng gốc</th>');
    expect(withOriginal).toContain('<td data-label="Dòng gốc" data-role="line"><a href="/tai-lieu/x/ban-goc/#dong-573">dòng 573</a></td>');
  });
  it("name columns by what they hold", () => {
    expect(
      [
        "Đơn vị tính",
        "Mục tiêu 2021-2025 · Đến 2025",
        "Mục tiêu 2026- 2030 · Bình quân 5 năm",
        "Thực hiện · Ước 2025",
        "So với mục tiêu Đại hội",
        "Định hướng đến năm 2035",
      ].map((l) => columnRole(l, 2)),
    ).toEqual(["unit", "target", "goal", "result", "verdict", "orientation"]);
  });
});

describe("abbreviations", () => {
  const withGlossary = createMarkdown([
    { abbr: "UBND", full: "Ủy ban nhân dân" },
    { abbr: "KH&CN", full: "khoa học và công nghệ" },
  ]);
  it("mark the first use on a page with its expansion, and only the first", () => {
    const env = { abbrSeen: new Set<string>() };
    const html = withGlossary.render(`${inlineMarkdown("UBND tỉnh và UBND huyện; KH&CN.")}\n\n${inlineMarkdown("Lại UBND.")}\n`, env);
    expect(html).toBe(
      '<p><abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh và UBND huyện; ' +
        '<abbr title="khoa học và công nghệ">KH&amp;CN</abbr>.</p>\n' +
        "<p>Lại UBND.</p>\n",
    );
  });
  it("leave words that only contain the letters alone, and links untouched", () => {
    const html = withGlossary.render(`${inlineMarkdown("UBNDX và")} [UBND](/x/)\n`, { abbrSeen: new Set<string>() });
    expect(html).toBe('<p>UBNDX và <a href="/x/">UBND</a></p>\n');
  });
});
