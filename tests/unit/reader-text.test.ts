import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readerTextProblems } from "../../scripts/publish/reader-text.ts";

/** Pieces of built pages as they were before the leaks were mended (tests/fixtures/reader-text/). */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/reader-text", name), "utf8");
const page = (body: string, head = "") =>
  `<!DOCTYPE html><html><head><title>Trang</title>${head}</head>\n<body><main>${body}</main></body></html>`;
const found = (html: string, url = "/tai-lieu/x/y/") => readerTextProblems(html, url, "dist/x/index.html").map((d) => d.message);

describe("the gate on what readers see", () => {
  it("finds a table row label printed as Markdown link syntax (004 Phụ lục 1, row of line 847)", () => {
    expect(found(page(`<table>${fixture("004-phu-luc-1-row-847.html")}</table>`))).toEqual([
      "/tai-lieu/x/y/: Markdown link syntax in the text: “](/chi-tieu/tang-truong-grdp/)”",
    ]);
  });

  it("finds the model's private-use markers in a topic snippet (001: “quy định” + footnote 24)", () => {
    expect(found(page(`<ul>${fixture("topic-do-thi-snippet.html")}</ul>`), "/chu-de/do-thi/")).toEqual([
      "/chu-de/do-thi/: a private-use character (a marker of the model) in the text: " +
        "“lập đề án phân loại đô thị theo quy địnhU+E00024U+E001”",
    ]);
  });

  it("finds emphasis markers left in a list item (004 Phần thứ hai, 2.1)", () => {
    expect(found(page(`<ul>${fixture("004-list-item-emphasis.html")}</ul>`))).toEqual([
      "/tai-lieu/x/y/: Markdown emphasis markers in the text: “*Phát triển năng lượng sạch, " +
        "từng bước trở thành trung tâm năng lượng tái tạo của phía Bắc.* Tăng cường thu hút các tập đoàn năng lư”",
    ]);
  });

  it("finds emphasis markers in a page's description and preview text", () => {
    const head =
      '<meta name="description" content="*Phát triển công nghiệp theo hướng hiện đại.* Tái cấu ' +
      'trúc"><meta property="og:description" content="a">';
    expect(found(page("<p>Văn bản.</p>", head))).toEqual([
      "/tai-lieu/x/y/: Markdown emphasis markers in meta description: “*Phát triển công nghiệp theo hướng hiện đại.* Tái cấu trúc”",
    ]);
  });

  it("finds backslash escapes, attribute braces, a literal tag and a replacement character", () => {
    expect(found(page("<p>giảm 1\\.5% {#phan-1-p2}</p><p>trang /chi-tieu/&lt;id&gt;/ và \uFFFD</p>"))).toEqual([
      "/tai-lieu/x/y/: a Markdown backslash escape in the text: “giảm 1\\.5% {#phan-1-p2}”",
      "/tai-lieu/x/y/: Markdown attribute braces in the text: “giảm 1\\.5% {#phan-1-p2}”",
      "/tai-lieu/x/y/: a replacement character (a broken byte) in the text: “trang /chi-tieu/<id>/ và \uFFFD”",
      "/tai-lieu/x/y/: a literal HTML tag in the text: “trang /chi-tieu/<id>/ và \uFFFD”",
    ]);
  });

  it("finds a repository path on a reading page, but lets the method and data pages name files", () => {
    const body = "<p>Tệp gốc <code>content/sources/000_1d6e454269cad3d3.txt</code> (1761 dòng)</p>";
    expect(found(page(body))).toEqual(["/tai-lieu/x/y/: a repository path in the text: “content/sources/000_1d6e454269cad3d3.txt”"]);
    expect(found(page(body), "/gioi-thieu/")).toEqual([]);
  });

  it("lets a source line shown as received keep its own characters (000 marks footnotes with U+FFFD)", () => {
    expect(
      found(page('<li id="dong-1190"><span class="line-text" data-verbatim>\uFFFD Dịch Covid-19 năm 2020 - 2022 *và* [x](/y)</span></li>')),
    ).toEqual([]);
  });

  it("lets an embed snippet offered to copy be HTML, and only in a textarea marked data-code", () => {
    const snippet = '&lt;iframe src="https://x.example/nhung/chi-tieu/hdi/" title="Biểu đồ: HDI"&gt;&lt;/iframe&gt;';
    expect(found(page(`<textarea readonly data-code>${snippet}</textarea>`))).toEqual([]);
    expect(found(page(`<textarea readonly>${snippet}</textarea>`))).toEqual([
      '/tai-lieu/x/y/: a literal HTML tag in the text: “<iframe src="https://x.example/nhung/chi-tieu/hdi/" title="Biểu đồ: HDI"></iframe>”',
    ]);
  });

  it("reads nothing in scripts, styles or comments, and passes a clean page", () => {
    expect(
      found(page('<p>Tốc độ tăng trưởng GRDP 11,39%</p><script>a = "[x](/y)"</script><style>p{}</style><!-- content/sources/ -->')),
    ).toEqual([]);
  });

  it("names the page's file and line, and says what was expected", () => {
    const [d] = readerTextProblems(page("<p>\n*Chú ý* điều này</p>"), "/a/", "dist/a/index.html");
    expect(d).toMatchObject({ file: "dist/a/index.html", line: 2, expected: "only the document's words", rule: "publish/reader-text" });
  });
});
