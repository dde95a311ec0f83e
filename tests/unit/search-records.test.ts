import { describe, expect, it } from "vitest";
import { PASSAGE_WORDS, pageRecords } from "../../scripts/search/records.ts";
import { vocabularyOf } from "../../scripts/search/vocabulary.ts";

// Cut from the built page of “2. Lĩnh vực văn hoá, xã hội” (Báo cáo chính trị Hải Dương), its markup as Astro writes it.
const URL = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi/";
const P1 =
  "Mạng lưới trường lớp được rà soát, sắp xếp ngày càng hợp lý, phù hợp với điều kiện thực tế của địa phương. Giáo dục thường xuyên phát triển đa dạng, phối hợp cùng các trường phổ thông thực hiện nhiệm vụ phổ cập giáo dục và đáp ứng nhu cầu học tập suốt đời của Nhân dân. Các cơ sở giáo dục đại học, giáo dục nghề nghiệp có bước chuyển biến về chất và lượng; số lượng người học tăng khá qua các năm. Đầu tư ngân sách nhà nước và huy động các nguồn lực xã hội cho sự nghiệp giáo dục và đào tạo được cải thiện. Cơ sở vật chất, thiết bị giáo dục, đào tạo từng bước được chuẩn hóa, hiện đại và đồng bộ, tỷ lệ phòng học kiên cố đạt";
const page = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><nav>Trang chủ</nav><main>${body}</main></body></html>`;
const SECTION = page(`<article class="reading" data-pagefind-body data-search-passages data-linkable>
<div hidden><span data-pagefind-filter="Tài liệu:Báo cáo chính trị Hải Dương"></span><span data-pagefind-filter="Địa bàn:Hải Dương (cũ)"></span><span data-pagefind-filter="Thời kỳ:Kết quả 2020–2025"></span></div>
<p class="doc-name" data-pagefind-ignore><a href="/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/">Báo cáo chính trị Hải Dương</a></p>
<h1 id="phan-1-a-i-2-linh-vuc-van-hoa-xa-hoi">2. Lĩnh vực văn hoá, xã hội</h1>
<nav class="on-page" data-pagefind-ignore><h2 id="trong-trang">Trong trang này</h2></nav>
<div class="prose">
<h2 id="phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co">2.1. Giáo dục và đào tạo có bước chuyển biến căn bản về chất lượng</h2>
<p id="phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p1">${P1} <a href="/chi-tieu/phong-hoc-kien-co/" title="Chỉ tiêu: Tỷ lệ phòng học kiên cố">96,77%</a>. Học sinh Trường <abbr title="trung học phổ thông">THPT</abbr> Chuyên Nguyễn Trãi.</p>
<p id="phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p2">Chất lượng giáo dục của tỉnh có nhiều chuyển biến tích cực.</p>
<h2 id="phan-1-a-i-2-2-2-cong-tac-y-te-dan-so">2.2. Công tác y tế, dân số có nhiều tiến bộ</h2>
<p id="phan-1-a-i-2-2-2-cong-tac-y-te-dan-so-p1">cho 04 bệnh viện tuyến tỉnh và 12 trung tâm y tế tuyến huyện<sup class="footnote-ref"><a href="#chu-thich-22" id="tham-chieu-22">22</a></sup>, hỗ trợ kinh phí đào tạo bác sĩ &amp; y sĩ.</p>
<table><thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Mục tiêu</th></tr></thead><tbody><tr id="phu-luc-bang1-d6" data-source-line="583"><td>6</td><td>Thu nhập bình quân đầu người</td><td>Triệu đồng</td><td>85 - 90</td></tr></tbody></table>
</div>
<section class="footnotes" aria-labelledby="chu-thich-tieu-de"><h2 id="chu-thich-tieu-de">Chú thích</h2><ol><li id="chu-thich-22"><p>Bệnh viện Đa khoa tỉnh. <a href="#tham-chieu-22" class="footnote-backref" data-pagefind-ignore>↩︎</a></p></li></ol></section>
<p class="provenance" data-pagefind-ignore>Nguồn: dòng 120–140</p>
</article>`);
const FILTERS = { "Tài liệu": ["Báo cáo chính trị Hải Dương"], "Địa bàn": ["Hải Dương (cũ)"], "Thời kỳ": ["Kết quả 2020–2025"] };

describe("search records", () => {
  it("cut a section into its passages, each at its heading's anchor, without the page's chrome, notes' marks or hidden parts", () => {
    const records = pageRecords(SECTION, URL, "dist/x/index.html");
    expect(records.map((r) => [r.url.replace(URL, ""), r.title])).toEqual([
      ["", "2. Lĩnh vực văn hoá, xã hội"],
      ["#phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co", "2.1. Giáo dục và đào tạo có bước chuyển biến căn bản về chất lượng"],
      ["#phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p2", "2.1. Giáo dục và đào tạo có bước chuyển biến căn bản về chất lượng"],
      ["#phan-1-a-i-2-2-2-cong-tac-y-te-dan-so", "2.2. Công tác y tế, dân số có nhiều tiến bộ"],
      ["#phu-luc-bang1-d6", "2.2. Công tác y tế, dân số có nhiều tiến bộ"],
      ["#chu-thich-22", "Chú thích 22 – 2. Lĩnh vực văn hoá, xã hội"],
    ]);
    expect(records[0]!.content).toBe("2. Lĩnh vực văn hoá, xã hội");
    expect(records[1]!.content).toBe(
      `2.1. Giáo dục và đào tạo có bước chuyển biến căn bản về chất lượng · ${P1} 96,77%. Học sinh Trường THPT Chuyên Nguyễn Trãi.`,
    );
    // The first passage passed 120 words, so the next paragraph with an id starts a passage of its own.
    expect(records[1]!.content.split(" ").length).toBeGreaterThan(PASSAGE_WORDS);
    expect(records[2]!.content).toBe("Chất lượng giáo dục của tỉnh có nhiều chuyển biến tích cực.");
    expect(records[3]!.content).toBe(
      "2.2. Công tác y tế, dân số có nhiều tiến bộ · cho 04 bệnh viện tuyến tỉnh và 12 trung tâm y tế tuyến huyện, hỗ trợ kinh phí đào tạo bác sĩ & y sĩ. TT Chỉ tiêu Đơn vị Mục tiêu",
    );
    // A table row is a passage of its own, under the heading it stands under; a note too, named by its number.
    expect(records[4]!.content).toBe("6 Thu nhập bình quân đầu người Triệu đồng 85 - 90");
    expect(records[5]!.content).toBe("Bệnh viện Đa khoa tỉnh.");
    expect(records.every((r) => JSON.stringify(r.filters) === JSON.stringify(FILTERS))).toBe(true);
    expect(records[3]!.meta).toEqual({ title: "2.2. Công tác y tế, dân số có nhiều tiến bộ" });
  });

  it("keep a page without passages whole, with its metadata and without the code to copy, and stop on a page with no title", () => {
    const html = page(
      `<article data-pagefind-body><div hidden><span data-pagefind-filter="Lĩnh vực:Xã hội"></span><span data-pagefind-meta="values:Hải Dương (cũ): kết quả 2025 95%, mục tiêu 2030 >99%"></span></div><h1>Tỷ lệ bao phủ BHYT so với dân số</h1><h2 id="gia-tri">Giá trị</h2><p>95,2%</p><textarea data-code readonly>&lt;iframe src="https://example/nhung/chi-tieu/bao-phu-bhyt/" title="Biểu đồ"&gt;&lt;/iframe&gt;</textarea></article>`,
    );
    expect(pageRecords(html, "/chi-tieu/bao-phu-bhyt/", "f")).toEqual([
      {
        url: "/chi-tieu/bao-phu-bhyt/",
        title: "Tỷ lệ bao phủ BHYT so với dân số",
        content: "Tỷ lệ bao phủ BHYT so với dân số Giá trị 95,2%",
        meta: { values: "Hải Dương (cũ): kết quả 2025 95%, mục tiêu 2030 >99%", title: "Tỷ lệ bao phủ BHYT so với dân số" },
        filters: { "Lĩnh vực": ["Xã hội"] },
      },
    ]);
    expect(pageRecords(page("<p>Không có gì để tìm</p>"), "/a/", "f")).toEqual([]);
    expect(() => pageRecords(page("<div data-pagefind-body><p>x</p></div>"), "/a/", "dist/a/index.html")).toThrow(
      "dist/a/index.html: the indexed part (data-pagefind-body) has no <h1> title: expected one, for the results' titles",
    );
    expect(() =>
      pageRecords(page('<div data-pagefind-body><h1>T</h1><span data-pagefind-meta="values"></span></div>'), "/a/", "f"),
    ).toThrow('f: data-pagefind-meta="values": expected "key:value"');
  });

  it("list the spellings with đ of the words in the index, folded; a word only ever with d (dân) is not listed", () => {
    const records = pageRecords(SECTION, URL, "f");
    expect(vocabularyOf(records)).toEqual({
      da: ["đa"],
      dai: ["đai"],
      dao: ["đao"],
      dap: ["đap"],
      dat: ["đat"],
      dau: ["đau"],
      dia: ["đia"],
      dieu: ["đieu"],
      doi: ["đoi"],
      don: ["đon"],
      dong: ["đong"],
      duoc: ["đuoc"],
    });
  });
});
