import { describe, expect, it } from "vitest";
import { excerpt, spelling } from "../../src/scripts/search-excerpt.ts";
import { expandQuery, wordForms } from "../../src/scripts/search-query.ts";

// Real passages of the index (Báo cáo chính trị Hải Phòng, Phụ lục 4; Báo cáo chính trị Hải Dương, 2.1).
const AIRPORT =
  "3. Các dự án, công trình thành phố phối hợp thực hiện Đầu tư xây dựng Cảng hàng không quốc tế Tiên Lãng; hành lang an toàn giao thông các tuyến đường; đường sắt Lào Cai - Hà Nội - Hải Phòng.";
const SCHOOLS =
  "Cơ sở vật chất, thiết bị giáo dục, đào tạo từng bước được chuẩn hóa, hiện đại và đồng bộ, tỷ lệ phòng học kiên cố đạt 96,77%. Công tác xây dựng trường đạt chuẩn quốc gia được duy trì, tỷ lệ trường đạt chuẩn quốc gia đạt 85,86% (tăng 14% so với năm 2020, đạt chỉ tiêu Đại hội đề ra). Ban hành chính sách hỗ trợ giáo viên tại các cơ sở giáo dục công lập, giáo viên, học sinh Trường THPT Chuyên Nguyễn Trãi.";
const VOCABULARY = { dang: ["dang", "đang"], duong: ["duong", "đuong"], den: ["đen"], do: ["do", "đo"] };

describe("search excerpts", () => {
  it("show the phrase typed, marked whole, not the words it shares with other passages", () => {
    expect(excerpt(AIRPORT, { typed: ["tien lang"] })).toBe(
      "… Đầu tư xây dựng Cảng hàng không quốc tế <mark>Tiên Lãng</mark>; hành lang an toàn giao thông các tuyến đường; đường sắt Lào Cai - Hà Nội - Hải Phòng.",
    );
  });
  it("start at a word near the match, reach back from the end to fill the excerpt, and mark a number as one", () => {
    expect(excerpt(SCHOOLS, { typed: ["85,86"] }, 12)).toBe("… tỷ lệ trường đạt chuẩn quốc gia đạt <mark>85,86</mark>% (tăng 14 …");
    expect(excerpt(SCHOOLS, { typed: ["nguyen trai"] }, 10)).toBe("… giáo viên, học sinh Trường THPT Chuyên <mark>Nguyễn Trãi</mark>.");
    expect(excerpt(SCHOOLS, { typed: ["ban hanh chinh sach"] }, 8)).toBe(
      "… đạt chỉ tiêu Đại hội đề ra). <mark>Ban hành chính sách</mark> …",
    );
  });
  it("mark whole words only: hoa is not the start of hoạch; the last word, still being typed, may be", () => {
    const text = "Kế hoạch phát triển đô thị; tỷ lệ đô thị hóa đạt 45%.";
    expect(excerpt(text, { typed: ["do thi hoa"] })).toBe("Kế hoạch phát triển đô thị; tỷ lệ <mark>đô thị hóa</mark> đạt 45%.");
    expect(excerpt(text, { typed: ["ke hoa"] })).toBe("<mark>Kế</mark> hoạch phát triển đô thị; tỷ lệ đô thị <mark>hóa</mark> đạt 45%.");
    expect(excerpt("Kế hoạch phát triển", { typed: ["ke hoa"] })).toBe("<mark>Kế hoạch</mark> phát triển");
  });
  it("mark the longest run of the typed words where the whole phrase is not there, and an expansion only whole", () => {
    const road = "Tuyến đường bộ cao tốc Hải Phòng - Hải Dương nối với cảng Lạch Huyện.";
    expect(excerpt(road, { typed: ["duong cao toc", "đuong cao toc"] })).toBe(
      "Tuyến đường bộ <mark>cao tốc</mark> Hải Phòng - Hải Dương nối với cảng Lạch Huyện.",
    );
    const council = "Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh; Sở, ban, ngành thực hiện.";
    expect(excerpt(council, { typed: ["UBND"], expanded: ["Ủy ban nhân dân"] })).toBe(
      "Hội đồng nhân dân tỉnh giao <mark>Ủy ban nhân dân</mark> tỉnh; Sở, ban, ngành thực hiện.",
    );
    // A phrase is not cut by the end of the excerpt.
    expect(excerpt("Đầu tư các trung tâm y tế tuyến huyện", { typed: ["y te"] }, 5)).toBe("Đầu tư các trung tâm <mark>y tế</mark> …");
    expect(excerpt("Đầu tư các trung tâm y tế tuyến huyện", { typed: ["y te"] }, 4)).toBe("Đầu tư các trung tâm <mark>y tế</mark> …");
  });
  it("prefer the spelling typed with marks: Đảng, not đang", () => {
    expect(excerpt("Việc đang làm của Đảng bộ", { typed: ["Đảng"] })).toBe("Việc đang làm của <mark>Đảng</mark> bộ");
    expect(spelling("hoá")).toBe(spelling("hóa"));
  });
});

describe("search queries", () => {
  it("search a word typed without marks as the spellings with d and đ the index holds, and only those", () => {
    expect(wordForms("duong", VOCABULARY)).toEqual(["duong", "đuong"]);
    expect(wordForms("den", VOCABULARY)).toEqual(["đen"]);
    expect(wordForms("van", VOCABULARY)).toEqual(["van"]);
    // A word the vocabulary does not hold may be the start of one it does: `dan` of `đang`.
    expect(wordForms("dan", VOCABULARY)).toEqual(["dan", "đan"]);
    expect(wordForms("đường", VOCABULARY)).toEqual(["đường"]);
    // Being typed: the beginnings of the words it begins.
    expect(wordForms("du", VOCABULARY)).toEqual(["du", "đu"]);
    expect(expandQuery("duong cao toc", [], VOCABULARY)).toEqual([
      { text: "duong cao toc", weight: 1 },
      { text: "đuong cao toc", weight: 1 },
    ]);
    expect(expandQuery("den nam 2030", [], VOCABULARY)).toEqual([{ text: "đen nam 2030", weight: 1 }]);
  });
  it("run an abbreviation's expansion with less weight, and drop typed quotes", () => {
    expect(expandQuery('"UBND" tỉnh', [{ abbr: "UBND", full: "Ủy ban nhân dân" }], VOCABULARY)).toEqual([
      { text: "UBND tỉnh", weight: 1 },
      { text: "Ủy ban nhân dân tỉnh", weight: 0.92 },
    ]);
  });
});
