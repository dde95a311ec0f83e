import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { projectData } from "../project-data.ts";

const out = projectData();
const register = JSON.parse(readFileSync(join(out, "van-ban.json"), "utf8")) as {
  key: string;
  slug: string;
  kind: string;
  date?: string;
  issuer?: string;
  ours?: { url: string };
  related: { title: string }[];
  places: { doc: string; line: number; url: string }[];
}[];
const entry = (key: string) => register.find((e) => e.key === key)!;
const page = (doc: string, slug: string) => readFileSync(join(out, "tai-lieu", doc, `${slug}.md`), "utf8");

describe("the register of cited documents", () => {
  it("has one entry per cited document, variant spellings together", () => {
    // The documents each source cites (a document cited by two sources counts for each).
    const citing = register.flatMap((e) => [...new Set(e.places.map((p) => p.doc))]);
    expect(countByDocument(citing, (doc) => doc)).toMatchObject({
      "bcct-hai-duong-2025": 3,
      "bc-kt-xh-hai-duong-2023": 9,
      "ctr-nq30-hai-duong": 9,
      "nq-hdnd-hai-duong-2023": 1,
      "bcct-hai-phong-2025": 15,
    });
    expect(entry("30-NQ/TW")).toMatchObject({
      kind: "Nghị quyết",
      date: "23/11/2022",
      issuer: "Bộ Chính trị",
      related: [{ title: "Chương trình hành động NQ 30-NQ/TW" }],
    });
    // Line 11 cites it three times (once as “30/NQ-TW”).
    expect(entry("30-NQ/TW").places.map((p) => `${p.doc}:${p.line}`)).toEqual([
      "ctr-nq30-hai-duong:11",
      "ctr-nq30-hai-duong:11",
      "ctr-nq30-hai-duong:11",
      "ctr-nq30-hai-duong:17",
      "ctr-nq30-hai-duong:47",
      "ctr-nq30-hai-duong:177",
    ]);
    expect(entry("18-NQ/TW").places).toHaveLength(2);
    expect(entry("226/2025/QH15").places).toHaveLength(7);
    expect(register.some((e) => e.key === "226/QH15" || e.key === "30/NQ-TW")).toBe(false);
  });

  it("links every place a document is cited to its line", () => {
    const places = register.flatMap((e) => e.places);
    expect(places.every((p) => p.url.startsWith("/tai-lieu/") && p.line > 0)).toBe(true);
    expect(places).toHaveLength(register.reduce((n, e) => n + e.places.length, 0));
  });
});

describe("references in the text", () => {
  it("link a cited number to its register entry", () => {
    expect(page("chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong", "mo-dau")).toContain(
      "Nghị quyết số [30-NQ/TW](/van-ban/#30-nq-tw) ngày 23/11/2022 của Bộ Chính trị",
    );
  });
  it("link the report the council resolution approves to that report", () => {
    expect(entry("216/BC-UBND").ours!.url).toBe("/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/");
    expect(page("nghi-quyet-hdnd-hai-duong-ke-hoach-2024", "mo-dau")).toContain(
      "Xét Báo cáo số [216/BC-UBND](/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/) ngày 04 tháng 12 năm 2023",
    );
  });
  it("link the 17th congress resolution to the Hải Dương political report, from the other documents", () => {
    expect(page("nghi-quyet-hdnd-hai-duong-ke-hoach-2024", "dieu-1-ii-muc-tieu-va-cac-chi-tieu")).toContain(
      "[Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII](/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/)",
    );
  });
  it("link “Phụ lục 1” to that appendix of the same document", () => {
    expect(page("bao-cao-chinh-tri-hai-phong-2025-2030", "phan-1-i-a-ve-thuc-hien-cac-chi-tieu")).toContain(
      "(Kết quả cụ thể tại [Phụ lục 1](/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/phu-luc-1-ket-qua-thuc-hien-cac-chi/))",
    );
  });
});

describe("indicators named in the text", () => {
  it("link a table row's name (once per page) and a number stated in a sentence (once per paragraph) to the indicator page", () => {
    const appendix = page("bao-cao-chinh-tri-hai-duong-2020-2025", "phu-luc-1-ket-qua-thuc-hien-cac-chi");
    expect(appendix).toContain('"text": "[Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)](/chi-tieu/tang-truong-grdp/)"');
    expect(appendix.match(/\]\(\/chi-tieu\/grdp-binh-quan-dau-nguoi\/\)/g)).toHaveLength(1);
    const goals = page("bao-cao-chinh-tri-hai-duong-2020-2025", "phan-2-b-quan-diem-chi-dao-muc-tieu");
    expect(goals).toContain(
      "Đến năm 2030, tỷ trọng công nghiệp, xây dựng và dịch vụ trong GRDP đạt " +
        '[94,8%](/chi-tieu/ty-trong-cong-nghiep-xay-dung-va-dich-vu/ "Chỉ tiêu: Tỷ trọng công nghiệp, xây dựng và dịch vụ trong GRDP") (trong đó, dịch vụ [trên 25%](/chi-tieu/ty-trong-trong-grdp-dich-vu/ "Chỉ tiêu: Tỷ trọng trong GRDP – Dịch vụ"))',
    );
    // Two values of one indicator in a paragraph: the first is linked (2030), the second (2035) is not.
    expect(goals).toContain(
      'đạt [240 triệu đồng](/chi-tieu/grdp-binh-quan-dau-nguoi/ "Chỉ tiêu: GRDP bình quân đầu người") (tương đương [8.730 USD](/chi-tieu/grdp-binh-quan-dau-nguoi-usd/ "Chỉ tiêu: GRDP bình quân đầu người (USD)")), năm 2035 đạt 460 triệu đồng',
    );
    // 000's education paragraph: both of its figures lead to their indicators, each link naming its indicator.
    const schools = page("bao-cao-chinh-tri-hai-duong-2020-2025", "phan-1-i-2-linh-vuc-van-hoa-xa-hoi");
    expect(schools).toContain('tỷ lệ phòng học kiên cố đạt [96,77%](/chi-tieu/phong-hoc-kien-co/ "Chỉ tiêu: Tỷ lệ phòng học kiên cố")');
    expect(schools).toContain(
      'tỷ lệ trường đạt chuẩn quốc gia đạt [85,86%](/chi-tieu/truong-dat-chuan-quoc-gia/ "Chỉ tiêu: Tỷ lệ trường học các cấp đạt chuẩn Quốc gia")',
    );
    // A structure of shares: one link per sector, the text unchanged.
    const economy = page("bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024", "phan-1-i-1-linh-vuc-kinh-te");
    expect(economy).toContain(
      '[8,8%](/chi-tieu/ty-trong-trong-grdp-nong-lam-thuy/ "Chỉ tiêu: Tỷ trọng trong GRDP – Nông, lâm, thủy sản")-[61,8%](/chi-tieu/ty-trong-trong-grdp-cong-nghiep-xay/ "Chỉ tiêu: Tỷ trọng trong GRDP – Công nghiệp, xây dựng")-[29,4%](/chi-tieu/ty-trong-trong-grdp-dich-vu/ "Chỉ tiêu: Tỷ trọng trong GRDP – Dịch vụ")',
    );
  });
  it("keep the per-table CSV free of links", () => {
    const csv = readFileSync(
      join(out, "du-lieu/bang/bao-cao-chinh-tri-hai-duong-2020-2025--phu-luc-1-ket-qua-thuc-hien-cac-bang1.csv"),
      "utf8",
    );
    expect(csv.split("\r\n")[1]).toBe('1,Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP),%,,"9,0",,,"9,8",Đạt');
  });
});
