import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { IndicatorData } from "../../scripts/model/indicators.ts";
import { describe, expect, it } from "vitest";
import { openPage, spaces, SHOTS } from "./browser.ts";
import { useSite } from "./use-site.ts";
import { regionRows } from "../../src/lib/indicators.ts";
import { rowFilters } from "../../src/lib/indicator-list.ts";

const site = useSite({
  ctx: { width: 1280, height: 900 },
  noJs: { width: 390, height: 844, javaScriptEnabled: false },
  phone: { width: 360, height: 800, touch: true },
});
const errors: string[] = [];

const open = (c: BrowserContext, path: string): Promise<Page> => openPage(c, site.url + path, errors);
const data = JSON.parse(readFileSync(join(import.meta.dirname, "../../dist/du-lieu/chi-tieu.json"), "utf8")) as IndicatorData;
/** One explorer row per indicator and region it has values for. */
const rowsWhere = (pick: (i: IndicatorData["indicators"][number]) => boolean) =>
  data.indicators.filter(pick).reduce((n, i) => n + new Set(i.values.map((v) => v.region)).size, 0);
const ALL = rowsWhere(() => true);
/** The explorer's rows whose filters (verdict, region) match, computed as the page computes them. */
const rowsMatching = (verdict: string, region?: string): number =>
  data.indicators
    .flatMap((i) => regionRows(i))
    .filter((r) => rowFilters(r).verdict === verdict && (region === undefined || r.region === region)).length;
const visibleRows = (page: Page) => page.locator("#bang-chi-tieu tbody tr:not([hidden])").count();

describe("the indicator explorer", () => {
  it("shows every key column at 1280 px without sideways scrolling, and a card per row on a phone", async () => {
    const wide = await open(site.ctx, "/chi-tieu/");
    const box = await wide.locator(".table-wrap.explorer").evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(box[0]).toBeLessThanOrEqual(box[1]!);
    expect(await wide.locator("#bang-chi-tieu thead th").allInnerTexts()).toHaveLength(8);
    const phone = await open(site.phone, "/chi-tieu/");
    const card = phone.locator("#bang-chi-tieu tbody tr").first();
    expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe("grid");
    // Each value under its name, the empty ones left out: GRDP growth in Hải Dương (cũ).
    expect(
      await card
        .locator("td")
        .evaluateAll((tds) =>
          tds.filter((td) => getComputedStyle(td).display !== "none").map((td) => `${td.dataset.label}: ${td.textContent.trim()}`),
        ),
    ).toEqual([
      "Lĩnh vực: Kinh tế",
      "Địa bàn: Hải Dương (cũ)",
      "Mục tiêu 2025: 9,0% bình quân mỗi năm 2021–2025",
      "Kết quả 2025: 9,8% bình quân mỗi năm 2021–2025",
      "Đánh giá: Đạt",
      "Mục tiêu 2030: 12% bình quân mỗi năm 2026–2030",
      "Định hướng 2035: 11,5%",
    ]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: join(SHOTS, "explorer-cards.phone.png") });
  });

  it("is a complete table without JavaScript, its filters hidden", async () => {
    const page = await open(site.noJs, "/chi-tieu/");
    expect(await page.locator("#bang-chi-tieu tbody tr").count()).toBe(ALL);
    expect(await page.locator("#bo-loc").isHidden()).toBe(true);
  });

  it("filters by verdict, region and text typed without diacritics, keeping the URL in step", async () => {
    const page = await open(site.ctx, "/chi-tieu/");
    expect(await visibleRows(page)).toBe(ALL);
    await page.selectOption("#loc-danh-gia", "khong-dat");
    const missed = rowsMatching("khong-dat");
    expect(missed).toBeGreaterThan(0);
    expect(await visibleRows(page)).toBe(missed);
    await page.selectOption("#loc-dia-ban", "hai-duong");
    const here = rowsMatching("khong-dat", "hai-duong");
    expect(here).toBeGreaterThan(0);
    expect(await visibleRows(page)).toBe(here);
    expect(await page.locator("#so-dong").innerText()).toBe(`${here} / ${ALL} dòng`);
    expect(new URL(page.url()).search).toBe("?dia-ban=hai-duong&danh-gia=khong-dat");
    await page.selectOption("#loc-danh-gia", "");
    await page.selectOption("#loc-dia-ban", "");
    await page.fill("#loc-chu", "do thi hoa");
    const names = await page.locator("#bang-chi-tieu tbody tr:not([hidden]) th a").allInnerTexts();
    // One row per region: Hải Dương (cũ), and Hải Phòng (cũ) with its 2025 result from 004's text.
    expect(names).toEqual(["Tỷ lệ đô thị hóa", "Tỷ lệ đô thị hóa"]);
  });

  it("opens with the filters of a shared link", async () => {
    const page = await open(site.ctx, "/chi-tieu/?linh-vuc=xay-dung-dang");
    expect(await visibleRows(page)).toBe(rowsWhere((i) => i.domain === "xay-dung-dang"));
  });

  it("sorts a column of numbers by value, and back", async () => {
    const page = await open(site.ctx, "/chi-tieu/?dia-ban=hai-phong");
    const header = page.locator("#bang-chi-tieu thead th").nth(4);
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const values = async () =>
      (
        await page
          .locator("#bang-chi-tieu tbody tr:not([hidden]) td:nth-of-type(4)")
          .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.sortValue!))
      )
        .filter((v) => v !== "")
        .map(Number);
    const asc = await values();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc.length).toBeGreaterThan(20);
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await values()).toEqual([...asc].sort((a, b) => b - a));
  });
});

describe("an indicator page", () => {
  it("links each value to the exact table row of its source", async () => {
    const page = await open(site.ctx, "/chi-tieu/bac-si-tren-van-dan/");
    const link = page.locator("table.values tbody tr", { hasText: "Kết quả 2025 (ước)" }).first().locator("td").last().locator("a").first();
    expect(spaces(await link.innerText())).toBe("Báo cáo chính trị Hải Dương, dòng 905");
    // Beside it, the same line in the text as received.
    expect(await link.locator("xpath=following-sibling::a[1]").getAttribute("href")).toBe(
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/ban-goc/#dong-905",
    );
    await link.click();
    await page.waitForURL(/#/);
    const row = page.locator("tr:target");
    expect(await row.getAttribute("data-source-line")).toBe("899");
    expect(await row.locator("th").innerText()).toBe("Số bác sĩ/1 vạn dân");
    expect(await row.locator("td").allInnerTexts()).toContain("12,5");
  });

  it("sums up each region in one sentence: its values in order, “; ” between, a full stop at the end", async () => {
    const page = await open(site.ctx, "/chi-tieu/kim-ngach-xuat-khau/");
    expect(await page.locator("ul.key-values > li").allInnerTexts()).toEqual([
      // Every figure in the indicator's unit, spelled one way (Phụ lục 1 writes “Tỷ USD”, the text “75 - 80 tỷ USD”).
      "Hải Phòng (cũ): mục tiêu đến 2025 35 tỷ USD; kết quả 2025 (ước) 37 tỷ USD; Vượt.",
      "Hải Phòng (mới): mục tiêu đến 2030 75–80 tỷ USD.",
      // 000's text gives Hải Dương's 2025 result; the 2023 figure of 001 stays on the page, below.
      "Hải Dương (cũ): kết quả 2025 (ước) 11,76 tỷ USD.",
    ]);
  });

  it("flags where two documents disagree and keeps both", async () => {
    const page = await open(site.ctx, "/chi-tieu/bac-si-tren-van-dan/");
    const callout = page.locator("section.callout");
    expect(await callout.locator("h2").innerText()).toBe("Các tài liệu ghi khác nhau");
    // One line per figure, each with every place that states it.
    expect((await callout.locator("ul.figures").first().locator("li").allInnerTexts()).map(spaces)).toEqual([
      "12,5 bác sĩ/vạn dân: Báo cáo chính trị Hải Dương (2025), bảng dòng 905 gốc; Báo cáo chính trị Hải Phòng (2025), bảng dòng 945 gốc",
      "13 bác sĩ/vạn dân: Báo cáo chính trị Hải Dương (2025), bảng dòng 1324 gốc, câu chữ dòng 99 gốc",
    ]);
  });

  it("shows its chart without JavaScript: a group of bars per region, every value written, its title, unit and sources", async () => {
    const page = await open(site.noJs, "/chi-tieu/tang-truong-grdp/");
    const chart = page.locator("#bieu-do");
    expect(await chart.locator("#bieu-do-tieu-de").innerText()).toBe("Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)");
    expect(await chart.locator(".chart-unit").innerText()).toBe("Đơn vị: %; mọi thanh cùng một thang, tính từ 0.");
    const groups = await chart
      .locator(".ichart-group")
      .evaluateAll((gs) =>
        gs.map((g) => [
          g.querySelector(".ichart-region")!.textContent,
          [...g.querySelectorAll("li")].map((li) => li.textContent.replace(/\s+/g, " ").trim()),
        ]),
      );
    expect(groups).toEqual([
      [
        "Hải Dương (cũ)",
        [
          "Mục tiêu bình quân 2021–2025 9,0%",
          "Kết quả bình quân 2021–2025 (ước) 9,8%",
          "Mục tiêu bình quân 2026–2030 12%",
          "Định hướng đến 2035 11,5%",
        ],
      ],
      ["Hải Phòng (cũ)", ["Mục tiêu bình quân 2021–2025 14,5%/năm", "Kết quả bình quân 2021–2025 (ước) 11,39%"]],
      ["Hải Phòng (mới)", ["Mục tiêu bình quân 2026–2030 14-14,5%/năm"]],
    ]);
    // Bars, not points joined by lines; the merged city's range as a solid part and a lighter rest.
    expect(await chart.locator("svg path, svg circle, svg text").count()).toBe(0);
    expect(await chart.locator(".series-hai-phong-moi svg rect").count()).toBe(2);
    expect(spaces(await chart.locator(".chart-source").innerText())).toBe(
      "Nguồn: Báo cáo chính trị Hải Dương, dòng 577 gốc, 580 gốc, 1024 gốc, 1025 gốc; " +
        "Báo cáo chính trị Hải Phòng, dòng 847 gốc, 484 gốc. Bảng mọi giá trị và nguồn",
    );
    // The table is one tap away.
    expect(await chart.locator(".chart-source a", { hasText: "Bảng mọi giá trị" }).getAttribute("href")).toBe("#gia-tri");
  });

  it("draws values the documents write in other spellings of the unit, converted, and says so", async () => {
    const page = await open(site.noJs, "/chi-tieu/grdp-binh-quan-dau-nguoi-usd/");
    // 4.913 USD (Hải Dương) and 9.486 USD/người (Hải Phòng) on one scale, with the merged city's 11.380 USD/người.
    expect(await page.locator("#bieu-do .ichart-value").allTextContents()).toContain("11.380 USD/người");
    const investment = await open(site.noJs, "/chi-tieu/tong-von-dau-tu-toan-xa-hoi/");
    expect(await investment.locator("#bieu-do .chart-key").innerText()).toBe(
      "Mỗi nhóm là một địa bàn; các thanh là các loại số liệu khác nhau (mục tiêu, kết quả), " +
        "không phải một chuỗi theo năm. Đổi về tỷ đồng: “2,5 triệu tỷ đồng” = 2.500.000 tỷ đồng.",
    );
    expect(await investment.locator("#bieu-do .series-hai-phong-moi .ichart-value").allTextContents()).toEqual([
      "2,5 triệu tỷ đồng (2.500.000 tỷ đồng)",
    ]);
    // 981.260 against 2.500.000, and Hải Dương's 311.070 for 2021–2025 (000 line 72): the bars are as long as their values.
    const widths = await investment
      .locator("#bieu-do svg > rect:first-child")
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("width"))));
    expect(widths.map((w) => Math.round(w))).toEqual([480, 393, 1000, 124]);
  });

  it("says which values measure something else and are not compared, and why", async () => {
    const page = await open(site.noJs, "/chi-tieu/ket-nap-dang-vien-nhiem-ky/");
    expect(await page.locator("#dai-luong-khac").innerText()).toBe(
      "Không so sánh với các giá trị khác của chỉ tiêu vì đo một đại lượng khác: Hải Dương (cũ), " +
        "mục tiêu bình quân 2021–2025: từ 2.200 đảng viên mới trở lên — " +
        "mục tiêu của Hải Dương là số kết nạp mỗi năm, còn kết quả là tổng cả nhiệm kỳ. Về đơn vị",
    );
    expect(await page.locator("#dai-luong-khac a").first().getAttribute("href")).toMatch(
      /^\/tai-lieu\/bao-cao-chinh-tri-hai-phong-2025-2030\//,
    );
  });
});

describe("the comparison", () => {
  it("counts what the merged city's report states: 11 of 18 and 17 of 19", async () => {
    const page = await open(site.ctx, "/so-sanh/");
    expect(await page.locator(".lead").innerText()).toBe(
      "Theo Báo cáo chính trị của thành phố Hải Phòng mới (Phụ lục 1), Hải Phòng (cũ) " +
        "dự kiến đạt và vượt 11/18 chỉ tiêu; Hải Dương (cũ) dự kiến đạt và vượt 17/19 chỉ tiêu.",
    );
    const rows = await page
      .locator("#theo-dia-ban ~ .table-wrap tbody tr, section[aria-labelledby=theo-dia-ban] tbody tr")
      .first()
      .locator("td")
      .allInnerTexts();
    // Vượt, Đạt, Không đạt, Tổng: the order of the bars above.
    expect(rows).toEqual(["4", "7", "7", "18"]);
    expect(errors).toEqual([]);
  });

  it("says what each goal asks of the 2025 result, or exactly why it cannot be computed", async () => {
    const page = await open(site.ctx, "/so-sanh/");
    const asks = async (id: string) => (await page.locator(`#den-2030--${id}--hai-duong td`).last().innerText()).trim();
    expect(await asks("hdi")).toBe("cao hơn 0,034");
    expect(await asks("grdp-binh-quan-dau-nguoi")).toBe("cần tăng bình quân 14,38%/năm trong 2025–2030");
    // A goal that is a bound asks at least so much.
    expect(await asks("bao-phu-bhyt")).toBe("ít nhất +4 điểm phần trăm trong 5 năm");
    expect(await asks("so-ho-ngheo-giam")).toBe("không tính được: mục tiêu “80% số hộ theo chuẩn nghèo mới” ghi bằng lời, không bằng số");
  });

  it("gives each missed target the merged city's 2030 goal where the former unit has none of its own", async () => {
    const page = await open(site.ctx, "/so-sanh/");
    const missed = await page.locator("section[aria-labelledby=chua-dat] li").allInnerTexts();
    expect(missed).toHaveLength(9);
    expect(missed).toContain(
      "Tổng vốn đầu tư toàn xã hội (Hải Phòng (cũ)): " +
        "mục tiêu 1.200.000 Tỷ đồng (giai đoạn 2021-2025), " +
        "kết quả 981.260 Tỷ đồng (giai đoạn 2021-2025); " +
        "thành phố Hải Phòng mới đặt mục tiêu 2030 2,5 triệu tỷ đồng cho cả thành phố sau hợp nhất.",
    );
    expect(missed).toContain(
      "Số doanh nghiệp thành lập mới tăng hằng năm (Hải Dương (cũ)): mục tiêu 15,0%/năm, " +
        "kết quả 6,5%/năm; các văn bản chưa nêu mục tiêu 2030 cho chỉ tiêu này.",
    );
    expect(missed).toContain(
      "Số giường bệnh/1 vạn dân (không tính trạm y tế xã) (Hải Dương (cũ)): " +
        "mục tiêu 36,0 Giường bệnh, kết quả 34,5 Giường bệnh; " +
        "mục tiêu mới 40,5 Giường bệnh — nâng lên so với mục tiêu cũ.",
    );
  });
});

describe("pace and disagreements inside one document", () => {
  it("sets the yearly pace 2020–2025 beside the pace the 2030 goal needs, with the 2020 level's line", async () => {
    const page = await open(site.phone, "/chi-tieu/ty-le-do-thi-hoa/");
    const pace = page.locator("section[aria-labelledby=nhip-do] ul.key-values > li");
    expect(spaces(await pace.innerText())).toBe(
      // The goal is “trên 55%” in the text (Phụ lục 2: 55): the pace needed is “ít nhất”.
      "Hải Dương (cũ): năm 2020 38,8% (Báo cáo chính trị Hải Dương, dòng 86 gốc), năm 2025 45%, mục tiêu 2030 trên 55%. " +
        "Đã đạt +1,24 điểm phần trăm/năm; cần ít nhất +2 điểm phần trăm/năm: mục tiêu đòi hỏi nhanh hơn nhịp 2020–2025.",
    );
    const compare = await open(site.ctx, "/so-sanh/");
    expect(await compare.locator("#nhip-do ~ p").first().innerText()).toContain("Ở một trong số đó");
    expect(await compare.locator("tr[id^='nhip-do--']").count()).toBe(3);
    const explorer = await open(site.ctx, "/chi-tieu/");
    expect(spaces(await explorer.locator("#ty-le-do-thi-hoa--hai-duong .pace").innerText())).toBe(
      "cần ít nhất +2 điểm phần trăm/năm, 2020–2025 đạt +1,24 điểm phần trăm/năm",
    );
  });

  it("shows a table and a footnote of the same document that disagree, side by side with both lines", async () => {
    const page = await open(site.ctx, "/chi-tieu/tang-truong-grdp/");
    // The summary does not pick one: the other figure stands beside the table's.
    expect(spaces(await page.locator("ul.key-values > li", { hasText: "Hải Phòng (cũ)" }).first().innerText())).toContain("11,39% ≠ 11,8%");
    const item = page.locator("section.callout li", { hasText: "Hải Phòng (cũ)" });
    expect(spaces(await item.innerText())).toBe(
      "Hải Phòng (cũ), kết quả bình quân 2021–2025 (ước) — Báo cáo chính trị Hải Phòng tự ghi hai số khác nhau:\n" +
        "11,39%: Báo cáo chính trị Hải Phòng (2025), bảng dòng 847 gốc, chú thích dòng 136 gốc\n" +
        "11,8%: Báo cáo chính trị Hải Phòng (2025), chú thích dòng 861 gốc\n\n" +
        "Trang này không chọn một số: cả hai đều được giữ.",
    );
    const about = await open(site.ctx, "/gioi-thieu/");
    expect(spaces(await about.locator("#khac-nhau-trong-van-ban ~ ul.differences li").first().innerText())).toContain(
      "11,39%: Báo cáo chính trị Hải Phòng (2025), bảng dòng 847 gốc, chú thích dòng 136 gốc\n11,8%: Báo cáo chính trị Hải Phòng (2025), chú thích dòng 861 gốc",
    );
  });
});
