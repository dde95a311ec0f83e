/** The topic pages' view (src/lib/topic-page.ts), on the real topics, documents and indicators. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { passageCount, topicEntries, topicIndicators, topicPage } from "../../src/lib/topic-page.ts";
import { documents, indicatorData, topicsData } from "../../src/lib/site.ts";

const page = (id: string) => topicPage(topicsData(), documents(), indicatorData().indicators, id);

describe("a topic's page", () => {
  it("counts its passages by term and its indicators in the description (health)", () => {
    const p = page("y-te");
    expect([p.topic.name, p.achieved.length, p.committed.length, p.planned.length]).toEqual(["Y tế", 7, 17, 11]);
    expect(p.rows.map((r) => `${r.indicator.id} ${r.region}`).slice(0, 3)).toEqual([
      "bao-phu-bhyt hai-duong",
      "bao-phu-bhyt hai-phong",
      "giuong-benh-tren-van-dan hai-duong",
    ]);
    expect(p.description.split(", ")).toEqual([
      "Y tế: 7 đoạn về kết quả 2020–2025",
      "17 đoạn về mục tiêu 2025–2030",
      "5 chỉ tiêu",
      "trong năm báo cáo của Hải Dương và Hải Phòng.",
    ]);
  });

  it("links a heading to its anchor, naming the page it is in and the words that list it", () => {
    expect(topicEntries(topicsData(), documents(), "y-te", "ke-hoach")[1]).toEqual({
      link: "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/#phan-1-i-2-2-1-y-te",
      label: "2.1. Y tế",
      within: "2. Lĩnh vực xã hội",
      words: ["y tế"],
      heading: true,
      docTitle: "Báo cáo KT-XH Hải Dương 2023",
    });
  });

  it("links a paragraph to its anchor by the sentence where the topic is first mentioned, naming the heading it is under", () => {
    const e = topicEntries(topicsData(), documents(), "y-te", "ke-hoach")[0]!;
    expect(e.link).toBe(
      "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-1-6-phat-trien-ket-cau-ha-tang/#phan-1-i-1-1-6-1-6-1-ve-he-thong-ket-cau-p5",
    );
    // The paragraph opens “Từng bước xây dựng và hoàn thiện hệ thống kết cấu hạ tầng xã hội.”; its second sentence names health.
    expect(e.label).toBe("…Thực hiện nâng cấp, cải tạo, xây dựng mới một số công trình y tế, giáo dục, văn hóa, thể thao và thiết chế cơ…");
    expect([e.within, e.words, e.heading]).toEqual(["1.6.1. Về hệ thống kết cấu hạ tầng", ["y tế", "khám chữa bệnh", "bệnh"], false]);
  });

  it("finds the indicators by the topic's keywords as whole words (health: y tế, bệnh, bác sĩ, dân số)", () => {
    const health = topicsData().topics.find((t) => t.id === "y-te")!;
    expect(topicIndicators(topicsData(), health, indicatorData().indicators).map((i) => i.id)).toEqual([
      "bao-phu-bhyt",
      "giuong-benh-tren-van-dan",
      "bac-si-tren-van-dan",
      "dan-so-dung-nuoc-sach",
      "nuoc-thai-kcn-ccn-benh-vien",
    ]);
  });

  it("does not list 000's heading on sport and culture under health for its “nâng cao sức khỏe, đời sống Nhân dân” (content/topics.yml)", () => {
    expect(
      page("y-te")
        .achieved.map((e) => e.label)
        .filter((l) => l.includes("thể dục, thể thao")),
    ).toEqual([]);
    expect(page("van-hoa").achieved.map((e) => e.label)).toContain(
      "2.4. Sự nghiệp văn hóa, thể dục, thể thao có nhiều đổi mới, góp phần nâng cao sức khỏe, đời sống Nhân dân, tạo động lực phát triển kinh tế - xã hội",
    );
  });

  it("counts the passages under a topic for the list of topics", () => {
    const perDocument = (topic: string) =>
      countByDocument(
        topicsData().passages.filter((p) => p.topic === topic),
        (p) => p.doc,
      );
    expect(perDocument("y-te")).toMatchObject({
      "bcct-hai-duong-2025": 10,
      "bc-kt-xh-hai-duong-2023": 7,
      "ctr-nq30-hai-duong": 2,
      "nq-hdnd-hai-duong-2023": 4,
      "bcct-hai-phong-2025": 12,
    });
    expect(perDocument("kinh-te-va-tang-truong")).toMatchObject({
      "bcct-hai-duong-2025": 35,
      "bc-kt-xh-hai-duong-2023": 21,
      "ctr-nq30-hai-duong": 13,
      "nq-hdnd-hai-duong-2023": 4,
      "bcct-hai-phong-2025": 48,
    });
    for (const topic of ["y-te", "kinh-te-va-tang-truong"])
      expect(passageCount(topicsData(), topic)).toBe(Object.values(perDocument(topic)).reduce((a, b) => a + b, 0));
  });
});
