/**
 * Share pages: the codes of share addresses, what a built page shares and the words quoted, the
 * page written for each, and the build stopping on bad input. Fixtures: tests/fixtures/share/,
 * cut from built pages (each file says which).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSharePath, LINK_TARGETS, shareCode, sharePath, UNLINKED } from "../../scripts/model/share.ts";
import { readShareTargets } from "../../scripts/publish/share-targets.ts";
import { sharePageHtml, writeSharePages } from "../../scripts/publish/share-pages.ts";
import { sitemapXml } from "../../scripts/publish/sitemap.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/share", name), "utf8");
const SCIENCE = "hai-duong-2020-2025-khoa-hoc-cong-nghe.html";
const APPENDIX = "hai-duong-2020-2025-phu-luc-1.html";
const INDICATOR = "chi-tieu-bao-phu-bhyt.html";
const ORIGIN = "https://bao-cao.example";

describe("share codes", () => {
  it("are 8 characters of Crockford's base 32, the same in every build (these are published: they must never change)", () => {
    const section = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi/";
    expect(shareCode(section, "phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p1")).toBe("6qk0e26e");
    expect(shareCode("/chi-tieu/bao-phu-bhyt/", "bieu-do")).toBe("0yq23t37");
    expect(sharePath("/chi-tieu/bao-phu-bhyt/", "bieu-do")).toBe("/l/0yq23t37/");
    expect(shareCode(section, "phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p2")).not.toBe(
      shareCode(section, "phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p1"),
    );
    for (const id of ["a", "b", "tom-tat", "bieu-do", "x".repeat(200)]) expect(shareCode("/p/", id)).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
  });

  it("tell share pages from the site's pages by their path, and the sitemap leaves them out", () => {
    expect(isSharePath("/l/0yq23t37/")).toBe(true);
    expect(isSharePath("/chi-tieu/bao-phu-bhyt/")).toBe(false);
    const published = new Map([
      ["/chi-tieu/bao-phu-bhyt/", ["bieu-do"]],
      ["/l/0yq23t37/", []],
    ]);
    expect(sitemapXml(published, ORIGIN)).toContain("<url><loc>https://bao-cao.example/chi-tieu/bao-phu-bhyt/</loc></url>\n</urlset>");
    expect(sitemapXml(published, ORIGIN)).not.toContain("/l/");
  });

  it("are made for the elements the browser's copy-link control is given to", () => {
    expect(LINK_TARGETS).toBe("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], p[id], li[id], tr[id], figure[id], section[id]");
    expect(UNLINKED).toBe("nav, aside, .footnotes, .cite-this, .visually-hidden");
  });
});

describe("what a built page shares", () => {
  it("every heading and paragraph of a section's article, not its contents list, footnotes, aside or citation", () => {
    const { page, targets, problems } = readShareTargets(fixture(SCIENCE), SCIENCE);
    expect(problems).toEqual([]);
    expect(page).toEqual({
      url: "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-3-linh-vuc-khoa-hoc-va-cong/",
      title: "3. Lĩnh vực khoa học và công nghệ, tài nguyên và môi trường — Báo cáo chính trị Hải Dương",
      image:
        "https://bao-cao-hai-phong.example/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-3-linh-vuc-khoa-hoc-va-cong/xem-truoc.png",
      imageAlt: "Báo cáo chính trị Hải Dương: 3. Lĩnh vực khoa học và công nghệ, tài nguyên và môi trường",
      siteName: "Báo cáo Hải Dương – Hải Phòng",
    });
    expect(targets.map((t) => `${t.kind} ${t.id}`)).toEqual([
      "heading phan-1-a-i-3-linh-vuc-khoa-hoc-va-cong-nghe",
      "heading phan-1-a-i-3-3-1-hoat-dong-khoa-hoc-va-cong",
      "paragraph phan-1-a-i-3-3-1-hoat-dong-khoa-hoc-va-cong-p1",
      "heading phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san",
      "paragraph phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p1",
      "paragraph phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p2",
      "paragraph phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p3",
    ]);
  });

  it("quotes a paragraph as read, without its footnote numbers, cut at a word near 160 characters", () => {
    const { targets } = readShareTargets(fixture(SCIENCE), SCIENCE);
    const p1 = targets.find((t) => t.id === "phan-1-a-i-3-3-1-hoat-dong-khoa-hoc-va-cong-p1")!;
    // In the page: “…được tuyển chọn thực hiện<sup …>28</sup> có trọng tâm, …”.
    expect(p1.quote).toBe(
      "Hoạt động khoa học công nghệ được chú trọng đầu tư. Các nhiệm vụ khoa học và công nghệ được tuyển chọn thực hiện " +
        "có trọng tâm, tập trung vào giải quyết những…",
    );
    expect(p1.line).toBeGreaterThan(1);
  });

  it("quotes a table row as its label and unit, then each value with its column; no row number or source line", () => {
    const { targets } = readShareTargets(fixture(APPENDIX), APPENDIX);
    expect(targets.filter((t) => t.kind === "row").map((t) => t.quote)).toEqual([
      "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP) (%) — Mục tiêu 2021-2025 · Bình quân 5 năm: 9,0; " +
        "Thực hiện · Bình quân 5 năm: 9,8; So với mục tiêu Đại hội: Đạt",
      "- Nông, lâm, thủy sản (%) — Mục tiêu 2021-2025 · Bình quân 5 năm: 3,0; Thực hiện · Bình quân 5 năm: 5,03",
      "- Công nghiệp, xây dựng (%) — Mục tiêu 2021-2025 · Bình quân 5 năm: 10,7; Thực hiện · Bình quân 5 năm: 12,32",
    ]);
  });

  it("quotes a row that holds only its number by that number (Đồng Nai's appendix prints group 5.1's title in the next row)", () => {
    // The row as the site renders dong-nai-kh179-2025-kinh-te-so.md:2729 (the corpus, never published).
    const head =
      '<head><link rel="canonical" href="https://bao-cao.example/a/"><meta property="og:title" content="A">' +
      '<meta property="og:image" content="https://bao-cao.example/a/xem-truoc.png"></head>';
    const row =
      '<tr id="r1"><td data-label="STT" data-role="number">5.1</td><th scope="row"> <span class="repeat-name visually-hidden">Nội dung</span> </th>' +
      '<td data-label="Đơn vị thực hiện" data-role="result"></td><td data-label="Dòng gốc" data-role="line"><a href="#dong-2729">dòng 2729</a></td></tr>';
    const { targets, problems } = readShareTargets(
      `<html>${head}<body><main data-share><table><tbody>${row}</tbody></table></main></body></html>`,
      "a.html",
    );
    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.id, t.kind, t.quote])).toEqual([["r1", "row", "5.1"]]);
  });

  it("quotes an indicator's chart by its title, and takes the indicator page's own title and image", () => {
    const { page, targets } = readShareTargets(fixture(INDICATOR), INDICATOR);
    expect(page!.title).toBe("Tỷ lệ bao phủ BHYT so với dân số");
    expect(page!.image).toBe("https://bao-cao-hai-phong.example/chi-tieu/bao-phu-bhyt/xem-truoc.png");
    expect(targets.map((t) => [t.id, t.quote])).toEqual([
      ["tom-tat", "Tóm tắt theo địa bàn"],
      ["bieu-do", "Biểu đồ: Tỷ lệ bao phủ BHYT so với dân số"],
      ["gia-tri", "Mọi giá trị và nguồn"],
      ["muc-lien-quan", "Các mục tài liệu nói đến chỉ tiêu này"],
      ["tai-ve", "Tải dữ liệu của chỉ tiêu này"],
    ]);
  });

  it("nothing on a page without a data-share area", () => {
    expect(readShareTargets(fixture(SCIENCE).replace(" data-share", ""), SCIENCE)).toEqual({ targets: [], problems: [] });
  });
});

describe("a share page", () => {
  const { page, targets } = readShareTargets(fixture(SCIENCE), SCIENCE);
  const p1 = targets.find((t) => t.id === "phan-1-a-i-3-3-1-hoat-dong-khoa-hoc-va-cong-p1")!;
  const html = sharePageHtml(p1, page!, ORIGIN);
  const section = page!.url;

  it("has the section's title and image, the paragraph's words, its own address as og:url and the section as canonical", () => {
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
    expect(meta("og:title")).toBe("3. Lĩnh vực khoa học và công nghệ, tài nguyên và môi trường — Báo cáo chính trị Hải Dương");
    expect(meta("og:description")).toBe(p1.quote);
    expect(meta("twitter:description")).toBe(p1.quote);
    expect(meta("og:image")).toBe(page!.image);
    expect(meta("og:url")).toBe(`${ORIGIN}${sharePath(section, p1.id)}`);
    expect(meta("robots")).toBe("noindex");
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${section}">`);
  });

  it("sends a person on to the paragraph, after every tag, and links there for a browser that does not refresh", () => {
    const to = `${section}#${p1.id}`;
    expect(html).toContain(`</title><meta property="og:site_name"`);
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${to}"></head>`));
    expect(html).toContain(
      `<body><p><a href="${to}">Đọc đoạn này trong “3. Lĩnh vực khoa học và công nghệ, tài nguyên và môi trường — Báo cáo chính trị Hải Dương”</a></p></body>`,
    );
  });

  it("is small and fetches nothing: no script, style, image or font of its own", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(3000);
    expect(html).not.toMatch(/<script|<style|<img|<link rel="(?:stylesheet|preload|modulepreload)"|<link rel="icon" href="(?!data:,")/);
    expect(html.startsWith('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>')).toBe(true);
  });

  it("escapes what it quotes", () => {
    const odd = sharePageHtml({ ...p1, quote: 'Mục tiêu >99% "đạt" & vượt' }, page!, ORIGIN);
    expect(odd).toContain('<meta property="og:description" content="Mục tiêu &gt;99% &quot;đạt&quot; &amp; vượt">');
  });
});

/** A built site in a temporary folder with the given pages (path → HTML). */
function site(pages: Record<string, string>): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), "bc-share-"));
  const dist = join(root, "dist");
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, "index.html"), html);
  }
  return { root, dist };
}

describe("writing the share pages", () => {
  it("writes one page per shared anchor under dist/l/, and the same bytes every time", () => {
    const { root, dist } = site({
      "/a/": fixture(SCIENCE),
      "/b/": fixture(INDICATOR),
      "/c/": "<html><body><main><p id=x>x</p></main></body></html>",
    });
    const first = writeSharePages(dist, root, ORIGIN);
    expect(first.problems).toEqual([]);
    expect(first.result.pages).toBe(7 + 5);
    const files = readdirSync(join(dist, "l")).sort();
    expect(files).toHaveLength(12);
    const bytes = files.map((f) => readFileSync(join(dist, "l", f, "index.html")));
    expect(first.result.bytes).toBe(bytes.reduce((n, b) => n + b.length, 0));
    // A second run (the folder is emptied first) writes the same.
    expect(writeSharePages(dist, root, ORIGIN).result).toEqual(first.result);
    expect(readdirSync(join(dist, "l")).sort()).toEqual(files);
    expect(files.map((f) => readFileSync(join(dist, "l", f, "index.html")))).toEqual(bytes);
  });

  it("stops at a shared page without its own preview tags, naming the file and line", () => {
    const noImage = fixture(SCIENCE).replace(/<meta property="og:image" [^>]*>/, "");
    const { root, dist } = site({ "/a/": noImage });
    const { problems } = writeSharePages(dist, root, ORIGIN);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "dist/a/index.html",
      message: "a page with a data-share area has no og:image",
      expected: "the page's own preview tags",
      rule: "publish/share-pages",
    });
    expect(problems[0]!.line).toBe(noImage.slice(0, noImage.indexOf("data-share")).split("\n").length);
    expect(readdirSync(dist)).toEqual(["a"]); // nothing written
  });

  it("stops at an element with nothing to quote, naming its line", () => {
    const empty = fixture(SCIENCE).replace(
      /(<p id="phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p2">)[\s\S]*?<\/p>/,
      '$1<sup class="footnote-ref"><a href="#chu-thich-30">30</a></sup></p>',
    );
    const { root, dist } = site({ "/a/": empty });
    const { problems } = writeSharePages(dist, root, ORIGIN);
    expect(problems.map((p) => p.message)).toEqual(["#phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p2 (paragraph) has no words to quote"]);
    expect(problems[0]!.line).toBe(
      empty.slice(0, empty.indexOf('<p id="phan-1-a-i-3-3-2-quan-ly-dat-dai-khoang-san-p2"')).split("\n").length,
    );
  });

  it("stops when two anchors have one code, naming both (p819187 and p1201863 of /a/ do: found by trying 1.2 million ids)", () => {
    const head =
      '<head><link rel="canonical" href="https://bao-cao.example/a/"><meta property="og:title" content="A">' +
      '<meta property="og:image" content="https://bao-cao.example/a/xem-truoc.png"></head>';
    const { root, dist } = site({
      "/a/": `<html>${head}<body><main data-share>\n<p id="p819187">Một.</p>\n<p id="p1201863">Hai.</p></main></body></html>`,
    });
    expect(shareCode("/a/", "p819187")).toBe(shareCode("/a/", "p1201863"));
    const { problems } = writeSharePages(dist, root, ORIGIN);
    expect(problems).toEqual([
      {
        file: "dist/a/index.html",
        line: 3,
        message: "/a/#p1201863 has the share address /l/7ekhbr7h/, which dist/a/index.html:2 (/a/#p819187) has already",
        expected: "one code per anchor (a 40-bit hash: rename one of the two anchors)",
        rule: "publish/share-pages",
        fatal: true,
      },
    ]);
  });
});
