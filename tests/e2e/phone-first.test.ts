/**
 * Phone first (issue 16): on a 360 px touch screen the indicator tables read as cards, tables that
 * stay tables scroll without covering a number, a section page's text starts on the first screen,
 * a document's contents are near the top, abbreviations open by tap and by keyboard, and the
 * selection link never covers the selection. Wide tables are also checked at a tablet's width,
 * where they stay tables with a sticky name column.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { openPage, SHOTS, spaces } from "./browser.ts";
import { useSite } from "./use-site.ts";

const siteIndex = JSON.parse(readFileSync(join(import.meta.dirname, "../../generated/site.json"), "utf8")) as {
  documents: { url: string; meta: { slug: string }; pages: { url: string; slug: string }[] }[];
};
const docBy = (slug: string) => siteIndex.documents.find((d) => d.meta.slug === slug)!;
const HD = docBy("bao-cao-chinh-tri-hai-duong-2020-2025");
const HP = docBy("bao-cao-chinh-tri-hai-phong-2025-2030");
const HP_APPENDIX1 = HP.pages.find((p) => p.slug.startsWith("phu-luc-1-"))!.url;
const HD_APPENDIX2 = HD.pages.find((p) => p.slug.startsWith("phu-luc-2-"))!.url;
const PROJECTS = HD.pages.find((p) => p.slug === "phan-1-i-6-ket-qua-thuc-hien-cac-cong")!.url;

const site = useSite({
  phone: { width: 360, height: 800, touch: true },
  tablet: { width: 800, height: 1000 },
  desktop: { width: 1280, height: 900 },
});
const errors: string[] = [];
const open = (ctx: BrowserContext, path: string): Promise<Page> => openPage(ctx, site.url + path, errors);

/** What a card shows, in order: its name, then each shown value as “label: value”. */
const cardText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((tr) => {
    const shown = [...tr.children].filter((c) => getComputedStyle(c).display !== "none") as HTMLElement[];
    shown.sort((a, b) => Number(getComputedStyle(a).order) - Number(getComputedStyle(b).order));
    return shown.map((c) => (c.dataset.label && c.dataset.role !== "number" ? `${c.dataset.label}: ` : "") + c.textContent.trim());
  });

/** Cells holding a number whose centre is inside their box's visible part but covered by another element. */
const coveredNumbers = (page: Page, wrap: string) =>
  page.locator(wrap).evaluate((box) => {
    const view = box.getBoundingClientRect();
    const bad: string[] = [];
    for (const cell of box.querySelectorAll<HTMLElement>("td")) {
      if (!/\d/.test(cell.textContent)) continue;
      const r = cell.getBoundingClientRect();
      const x = r.left + r.width / 2,
        y = r.top + r.height / 2;
      // In view: right of the columns that stay (a number scrolled under them has left the view
      // the way it leaves at the far edge), inside the box and the window.
      const stays = [...cell.parentElement!.children].filter((c) => getComputedStyle(c).position === "sticky");
      const left = Math.max(view.left, ...stays.map((c) => c.getBoundingClientRect().right));
      if (x < left || x > view.right || y < 0 || y > innerHeight || r.width === 0) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === cell || cell.contains(hit))) bad.push(`${cell.textContent.trim()} under ${hit?.tagName ?? "nothing"}`);
    }
    return bad;
  });

describe("the indicator tables on a 360 px touch screen", () => {
  it("read as a card per row: name → unit → target → result → verdict → source line, the empty cells left out", async () => {
    const page = await open(site.phone, HP_APPENDIX1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    const row = 'tr[data-source-line="847"]';
    expect(await page.locator(`.doc-table ${row}`).evaluate((tr) => getComputedStyle(tr).display)).toBe("grid");
    expect(await page.locator(".doc-table thead").first().isVisible()).toBe(false);
    // The wide table's sticky edge and fixed number column do not follow it into the card.
    expect(await page.locator(`.doc-table ${row} th`).evaluate((th) => getComputedStyle(th).boxShadow)).toBe("none");
    expect(await page.locator(`.doc-table ${row} td[data-role="number"]`).evaluate((td) => td.getBoundingClientRect().width)).toBeLessThan(
      30,
    );
    expect(await cardText(page, `.doc-table ${row}`)).toEqual([
      "1",
      "Tốc độ tăng trưởng GRDP (giá so sánh 2010)73",
      "Đơn vị: %",
      "Mục tiêu giai đoạn 2021-2025 · Bình quân 5 năm: 14,5%/năm",
      "Thực hiện · Bình quân 5 năm: 11,39",
      "So với mục tiêu Đại hội: Không đạt",
      "Dòng gốc: dòng 847",
    ]);
    // The source line leads to the original text at that line.
    expect(await page.locator(`.doc-table ${row} td[data-role="line"] a`).getAttribute("href")).toBe(
      "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/ban-goc/#dong-847",
    );
    // Every card fits the screen, and no number in any card is covered.
    const overflow = await page
      .locator(".doc-table tbody tr")
      .evaluateAll((trs) => trs.filter((tr) => tr.getBoundingClientRect().right > innerWidth).length);
    expect(overflow).toBe(0);
    for (const y of [0, 2000, 4000, 6000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      expect(await coveredNumbers(page, ".doc-table >> nth=0")).toEqual([]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`.doc-table ${row}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "appendix-cards.phone.png") });
  });

  it("a row printed without a name (the USD line of GRDP per head) is named on its card, and blank in the wide table", async () => {
    const appendix1 = HD.pages.find((p) => p.slug.startsWith("phu-luc-1-"))!.url;
    const row = "#phu-luc-1-ket-qua-thuc-hien-cac-bang1-d6";
    const phone = await open(site.phone, appendix1);
    expect((await cardText(phone, row)).filter(Boolean).slice(0, 2)).toEqual(["GRDP bình quân đầu người", "Đơn vị tính: USD"]);
    const desk = await open(site.desktop, appendix1);
    expect(await desk.locator(`${row} th .repeat-name`).evaluate((s) => [s.textContent, s.getBoundingClientRect().width])).toEqual([
      "GRDP bình quân đầu người",
      1,
    ]);
  });

  it("put the new goal after the result in 2030 tables: Hải Dương's Phụ lục 2", async () => {
    const page = await open(site.phone, HD_APPENDIX2);
    const first = await page
      .locator(".doc-table tbody tr:not(.row-group)")
      .first()
      .evaluate((tr) => tr.getAttribute("data-source-line"));
    const text = await cardText(page, `.doc-table tr[data-source-line="${first}"]`);
    const at = (prefix: string) => text.findIndex((t) => t.startsWith(prefix));
    expect(at("Kết quả")).toBeGreaterThan(0);
    expect(at("Mục tiêu 2026")).toBeGreaterThan(at("Kết quả"));
    expect(text.at(-1)).toMatch(/^Dòng gốc: dòng \d+$/);
  });

  it("an indicator's values and the comparison read as cards too, each value under its name", async () => {
    const page = await open(site.phone, "/chi-tieu/tang-truong-grdp/");
    const card = await page
      .locator("#gia-tri ~ .table-wrap tbody tr")
      .first()
      .evaluate((tr) => [...tr.children].map((c) => `${(c as HTMLElement).dataset.label ?? "(tên)"}: ${c.textContent.trim()}`));
    expect(spaces(card)).toEqual([
      "Địa bàn: Hải Dương (cũ)",
      "Loại: Mục tiêu bình quân 2021–2025",
      "Giá trị: 9,0%",
      "Tên dòng trong nguồn: Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)",
      "Nguồn: Báo cáo chính trị Hải Dương, dòng 577 gốc",
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await page.locator("#gia-tri").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "indicator-values-cards.phone.png") });
    const compare = await open(site.phone, "/so-sanh/");
    expect(await compare.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    // The merged city's 2030 column is on screen in every card.
    const goals = await compare
      .locator('[id^="thanh-pho-moi--"] td[data-label="Hải Phòng (mới), mục tiêu 2030"]')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()).filter((r) => r.left < 0 || r.right > innerWidth).length);
    expect(goals).toBe(0);
    expect(await coveredNumbers(compare, '[aria-label="Kết quả 2025 và mục tiêu 2030"]')).toEqual([]);
  });

  it("tables that stay tables scroll end to end with no number in view covered", async () => {
    // The data page's table of value kinds stays a table (the indicator tables are cards).
    const page = await open(site.phone, "/du-lieu/");
    const wraps = await page
      .locator(".table-wrap:not(.cards)")
      .evaluateAll((ws) => ws.map((w) => w.getAttribute("aria-label")).filter((l): l is string => !!l));
    expect(wraps.length).toBeGreaterThan(0);
    for (const label of wraps) {
      const wrap = `.table-wrap[aria-label="${label}"]`;
      await page.locator(wrap).scrollIntoViewIfNeeded();
      const width = await page.locator(wrap).evaluate((w) => w.scrollWidth - w.clientWidth);
      for (let x = 0; x <= width + 40; x += 40) {
        await page.locator(wrap).evaluate((w, left) => (w.scrollLeft = left), x);
        expect(await coveredNumbers(page, wrap), `${label} at ${x}px`).toEqual([]);
      }
    }
  });
});

describe("a wide table at a tablet's width (800 px), where it stays a table", () => {
  it("shows a shadow at its right edge while more of it lies to the right, and none once scrolled to the end", async () => {
    const page = await open(site.tablet, HP_APPENDIX1);
    const wrap = page.locator(".doc-table").first();
    await wrap.scrollIntoViewIfNeeded();
    const edge = async () => {
      const box = (await wrap.boundingBox())!;
      // A strip 6 px wide, just inside the right border, over the table's middle rows.
      const png = await page.screenshot({ clip: { x: box.x + box.width - 8, y: box.y + 80, width: 6, height: 120 } });
      return (await sharp(png).stats()).channels.slice(0, 3).reduce((a, c) => a + c.mean, 0) / 3;
    };
    const start = await edge();
    await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
    const end = await edge();
    expect(end - start).toBeGreaterThan(12);
  });

  it("keeps its number and name columns in view, at most 40% of the box, opaque, its header in line while scrolling", async () => {
    const page = await open(site.tablet, HP_APPENDIX1);
    const wrap = page.locator(".doc-table").first();
    const m = await wrap.evaluate((w) => {
      const box = w.getBoundingClientRect();
      const th = w.querySelector("tbody th")!.getBoundingClientRect();
      return { box: box.width, stickyRight: th.right - box.left, scrolls: w.scrollWidth > w.clientWidth };
    });
    expect(m.scrolls).toBe(true);
    expect(m.stickyRight / m.box).toBeLessThanOrEqual(0.4);
    const name = () =>
      wrap.evaluate((w) => [
        w.querySelector("thead th:nth-child(2)")!.getBoundingClientRect().left,
        w.querySelector("tbody th")!.getBoundingClientRect().left,
        w.querySelector("tbody th")!.getBoundingClientRect().width,
        w.querySelector("thead th:nth-child(2)")!.getBoundingClientRect().width,
      ]);
    const before = await name();
    expect(before[0]).toBe(before[1]);
    await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
    const after = await name();
    // The name column and its header stay where they were, one above the other.
    expect(after).toEqual(before);
    expect(await wrap.evaluate((w) => getComputedStyle(w.querySelector("tbody th")!).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    // Scrolled to each place, no number in view is covered by the sticky columns.
    const width = await wrap.evaluate((w) => w.scrollWidth - w.clientWidth);
    for (let x = 0; x <= width; x += 60) {
      await wrap.evaluate((w, left) => (w.scrollLeft = left), x);
      expect(await coveredNumbers(page, ".doc-table >> nth=0"), `at ${x}px`).toEqual([]);
    }
  });

  it("at 1280 px the appendix tables show every column, the verdict and the source line included", async () => {
    const page = await open(site.desktop, HP_APPENDIX1);
    const fits = await page.locator(".doc-table").evaluateAll((ws) => ws.map((w) => w.scrollWidth <= w.clientWidth));
    expect(fits).toEqual(fits.map(() => true));
  });
});

describe("the first screen on a 360 px touch screen", () => {
  it("a section page shows its title and the start of its text, its contents folded under the title", async () => {
    const page = await open(site.phone, PROJECTS);
    const h1 = await page.locator("main h1").boundingBox();
    const text = await page.locator(".prose :is(p, li)").first().boundingBox();
    expect(h1!.y).toBeLessThan(300);
    expect(text!.y + 40).toBeLessThan(800);
    const fold = page.locator("nav.on-page details");
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator("nav.on-page summary").innerText()).toBe("Trong trang này\n5 mục");
    await page.locator("nav.on-page summary").tap();
    expect(await page.locator("nav.on-page ol a").first().isVisible()).toBe(true);
    // The header is two rows: the site's name beside its menu button, then the search box.
    expect(await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(120);
    await page.screenshot({ path: join(SHOTS, "section-first-screen.phone.png") });
  });

  it("on a wide screen the same contents are open, with no disclosure to work", async () => {
    const page = await open(site.desktop, PROJECTS);
    expect(await page.locator("nav.on-page ol a").first().isVisible()).toBe(true);
    expect(await page.locator(".fold-count").isVisible()).toBe(false);
  });

  it("a long title, in capitals or not, is set smaller and leaves the text on the first screen", async () => {
    const part1 = HP.pages.find((p) => p.slug.startsWith("phan-1-danh-gia-"))!.url;
    const article1 = docBy("nghi-quyet-hdnd-hai-duong-ke-hoach-2024").pages.find((p) => p.slug.startsWith("dieu-1-"))!.url;
    const task21 = HP.pages.find((p) => p.slug === "phan-2-2-1-co-cau-lai-nen-kinh-te")!.url;
    for (const path of [part1, article1, task21]) {
      const page = await open(site.phone, path);
      const h1 = page.locator("main h1");
      expect(await h1.getAttribute("class"), path).toMatch(/title-longer/);
      expect((await h1.boundingBox())!.height, path).toBeLessThan(260);
      if (path === task21) {
        expect((await page.locator(".prose :is(p, li)").first().boundingBox())!.y, path).toBeLessThan(800);
        // The title stays the largest heading.
        const size = (sel: string) =>
          page
            .locator(sel)
            .first()
            .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
        expect(await size("main h1")).toBeGreaterThan(await size(".prose h2"));
      }
    }
  });

  it("a document's contents start on its first screen", async () => {
    const page = await open(site.phone, HD.url);
    expect((await page.locator("#muc-luc").boundingBox())!.y).toBeLessThan(800);
    await page.screenshot({ path: join(SHOTS, "document-first-screen.phone.png") });
  });
});

describe("charts on a 360 px touch screen", () => {
  it("set no text of a figure, its source line and its links included, below 12 px", async () => {
    for (const path of ["/", "/chi-tieu/tang-truong-grdp/", "/so-sanh/", HD.url]) {
      const page = await open(site.phone, path);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("figure *")]
          .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()) && e.getClientRects().length)
          .filter((e) => !e.closest(".visually-hidden") && parseFloat(getComputedStyle(e).fontSize) < 12)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 20)}`),
      );
      expect(small, path).toEqual([]);
    }
  });
});

describe("abbreviations and the selection link", () => {
  it("an abbreviation opens its expansion by tap and by keyboard, and closes with Escape", async () => {
    const page = await open(site.phone, PROJECTS);
    const abbr = page.locator("abbr[data-full]").first();
    const word = (await abbr.textContent())!;
    const full = (await abbr.getAttribute("data-full"))!;
    expect(full.length).toBeGreaterThan(word.length);
    await abbr.tap();
    const tip = page.locator(".abbr-tip");
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`${word}: ${full}`);
    const [a, t] = [await abbr.boundingBox(), await tip.boundingBox()];
    expect(t!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(t!.x).toBeGreaterThanOrEqual(0);
    expect(t!.x + t!.width).toBeLessThanOrEqual(360);
    await page.locator("main h1").tap();
    expect(await tip.isVisible()).toBe(false);
    // By keyboard, on a desktop.
    const desk = await open(site.desktop, PROJECTS);
    await desk.locator("abbr[data-full]").first().focus();
    await desk.keyboard.press("Enter");
    expect(await desk.locator(".abbr-tip").isVisible()).toBe(true);
    expect(await desk.locator("abbr[data-full]").first().getAttribute("aria-expanded")).toBe("true");
    await desk.keyboard.press("Escape");
    expect(await desk.locator(".abbr-tip").isVisible()).toBe(false);
  });

  it("the selection link never covers the selected text, wherever it is on the screen", async () => {
    const page = await open(site.phone, PROJECTS);
    for (const where of ["top", "bottom"] as const) {
      const rects = await page.evaluate((w) => {
        const items = [...document.querySelectorAll<HTMLElement>(".prose li[id]")];
        const el = items[1]!;
        el.scrollIntoView({ block: w === "top" ? "start" : "end" });
        const range = document.createRange();
        range.selectNodeContents(el.firstChild!);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return [...range.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom }));
      }, where);
      const offer = page.locator(".link-selection");
      await offer.waitFor({ state: "visible" });
      const box = (await offer.boundingBox())!;
      const overlaps = rects.filter((r) => r.bottom > box.y && r.top < box.y + box.height);
      expect(overlaps, where).toEqual([]);
    }
  });
});
