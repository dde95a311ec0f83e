/** The topic pages' view (src/lib/topic-page.ts), on the real topics, documents and indicators. */
import "../site-data.ts";
import { describe, expect, it } from "vitest";
import { sectionCount, topicIndicators, topicPage, topicSections } from "../../src/lib/topic-page.ts";
import { documents, indicatorData, topicsData } from "../../src/lib/site.ts";

const page = (id: string) => topicPage(topicsData(), documents(), indicatorData().indicators, id);

describe("a topic's page", () => {
  it("counts its sections by term and its indicators in the description (health)", () => {
    const p = page("y-te");
    expect([p.topic.name, p.achieved.length, p.committed.length, p.planned.length]).toEqual(["Y tế", 2, 2, 1]);
    expect(p.rows.map((r) => `${r.indicator.id} ${r.region}`).slice(0, 3)).toEqual([
      "bao-phu-bhyt hai-duong",
      "bao-phu-bhyt hai-phong",
      "giuong-benh-tren-van-dan hai-duong",
    ]);
    expect(p.description.split(", ")).toEqual([
      "Y tế: 2 mục về kết quả 2020–2025",
      "2 mục về mục tiêu 2025–2030",
      "5 chỉ tiêu",
      "trong năm báo cáo của Hải Dương và Hải Phòng.",
    ]);
  });

  it("links a section to the heading inside it that speaks of the topic, naming the section it is in", () => {
    expect(topicSections(topicsData(), documents(), "y-te", "ke-hoach")[0]).toEqual({
      link: "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/#phan-1-i-2-2-1-y-te",
      label: "2.1. Y tế",
      within: "2. Lĩnh vực xã hội",
      description: "",
      docTitle: "Báo cáo KT-XH Hải Dương 2023",
    });
  });

  it("finds the indicators by the topic's keywords, without tone marks (health: y tế, bệnh, bác sĩ, dân số)", () => {
    const health = topicsData().topics.find((t) => t.id === "y-te")!;
    expect(topicIndicators(health, indicatorData().indicators).map((i) => i.id)).toEqual([
      "bao-phu-bhyt",
      "giuong-benh-tren-van-dan",
      "bac-si-tren-van-dan",
      "dan-so-dung-nuoc-sach",
      "nuoc-thai-kcn-ccn-benh-vien",
    ]);
  });

  it("counts the sections under a topic for the list of topics", () => {
    expect(sectionCount(topicsData(), "y-te")).toBe(5);
    expect(sectionCount(topicsData(), "kinh-te-va-tang-truong")).toBe(27);
  });
});
