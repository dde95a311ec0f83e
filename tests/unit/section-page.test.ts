/** The reading pages' view (src/lib/section-page.ts), on the real documents and topics. */
import "../site-data.ts";
import { describe, expect, it } from "vitest";
import {
  partsAbove,
  periodWords,
  sameTopicElsewhere,
  sectionDescription,
  sectionPeriod,
  splitHeading,
} from "../../src/lib/section-page.ts";
import { documents, readPage, topicsData } from "../../src/lib/site.ts";

const HD = "bao-cao-chinh-tri-hai-duong-2020-2025";
const HP = "bao-cao-chinh-tri-hai-phong-2025-2030";
const section = (docSlug: string, slug: string) => {
  const d = documents().find((x) => x.meta.slug === docSlug)!;
  return { d, page: d.pages.find((p) => p.slug === slug)!, ...readPage(docSlug, slug) };
};

describe("a reading page", () => {
  it("shows its own heading above the on-page contents, the rest of the text after them", () => {
    const { html } = section(HD, "phan-1-i-1-linh-vuc-kinh-te");
    const { heading, body } = splitHeading(html);
    expect(heading).toMatch(/^<h1 [^>]*>.*<\/h1>$/s);
    expect(heading + body).toBe(html);
    expect(body).not.toContain("<h1");
  });

  it("is cited with the numbering of the parts above it", () => {
    expect(partsAbove(section(HD, "phan-1-i-1-linh-vuc-kinh-te").data)).toEqual(["Phần thứ nhất", "A", "I"]);
    expect(partsAbove(section(HD, "phan-2-i-1-linh-vuc-kinh-te").data)).toEqual(["Phần thứ hai", "C", "I"]);
    expect(partsAbove(section(HP, "phan-2-2-1-co-cau-lai-nen-kinh-te").data)).toEqual(["PHẦN THỨ HAI", "III", "2"]);
    expect(partsAbove(section(HP, "mo-dau").data)).toEqual([]);
  });

  it("speaks of the results, the goals or a yearly plan, for the search filter “Thời kỳ”", () => {
    const period = (docSlug: string, slug: string) => {
      const s = section(docSlug, slug);
      return sectionPeriod(s.d, s.data);
    };
    expect(period(HD, "phan-1-i-1-linh-vuc-kinh-te")).toBe("Kết quả 2020–2025");
    expect(period(HD, "phan-2-i-1-linh-vuc-kinh-te")).toBe("Mục tiêu 2025–2030");
    // An appendix is about the goals unless its title says results.
    expect(period(HP, "phu-luc-1-ket-qua-thuc-hien-cac-chi")).toBe("Kết quả 2020–2025");
    expect(period(HP, "phu-luc-2-phat-trien-khong-gian-do-thi")).toBe("Mục tiêu 2025–2030");
    expect(period("chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong", "mo-dau")).toBe("Mục tiêu 2025–2030");
    expect(period("bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024", "phan-1-i-2-linh-vuc-xa-hoi")).toBe("Kế hoạch năm");
  });

  it("is described by its opening words", () => {
    const s = section(HP, "mo-dau");
    expect(sectionDescription(s.d, s.page, s.data)).toMatch(/^Nhiệm kỳ 2020 - 2025, Đảng bộ, chính quyền, quân v/);
    expect(sectionDescription(s.d, { ...s.page, description: "" }, s.data)).toBe("Mở đầu — Báo cáo chính trị Hải Phòng");
  });

  it("names the same topics in the other documents and in its document's other term, six sections at most", () => {
    const url = "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/";
    const groups = sameTopicElsewhere(topicsData(), url, "bc-kt-xh-hai-duong-2023");
    expect(groups.map((g) => [g.topic.id, g.pages.length])).toEqual([
      ["giao-duc", 5],
      ["y-te", 5],
      ["lao-dong-an-sinh", 6],
      ["van-hoa", 6],
      ["khoa-hoc-cong-nghe-chuyen-doi-so", 6],
    ]);
    expect(groups[1]!.pages.map((p) => `${p.url} (${periodWords[p.period]})`)).toEqual([
      `/tai-lieu/${HD}/phan-1-i-2-linh-vuc-van-hoa-xa-hoi/ (kết quả 2020–2025)`,
      `/tai-lieu/${HD}/phan-2-i-2-linh-vuc-van-hoa-xa-hoi/ (mục tiêu 2025–2030)`,
      "/tai-lieu/nghi-quyet-hdnd-hai-duong-ke-hoach-2024/dieu-1-ii-muc-tieu-va-cac-chi-tieu/ (kế hoạch năm)",
      `/tai-lieu/${HP}/phan-1-c-2-phat-trien-van-hoa-xa-hoi/ (kết quả 2020–2025)`,
      `/tai-lieu/${HP}/phan-2-iii-3-phat-trien-van-hoa-xa-hoi/ (mục tiêu 2025–2030)`,
    ]);
  });
});
