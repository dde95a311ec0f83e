import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, SHOTS, spaces } from "./browser.ts";
import { useSite } from "./use-site.ts";
import type { DocumentIndex, TopicsData } from "../../scripts/model/generated.ts";
import { topicEntries, type TopicEntry } from "../../src/lib/topic-page.ts";
import { DIST } from "./serve.ts";

const siteIndex = JSON.parse(readFileSync(join(import.meta.dirname, "../../generated/site.json"), "utf8")) as {
  documents: DocumentIndex[];
};
const doc000 = siteIndex.documents.find((d) => d.meta.slug === "bao-cao-chinh-tri-hai-duong-2020-2025")!;
const ECONOMY = doc000.pages.find((p) => p.slug === "phan-1-i-1-linh-vuc-kinh-te")!.url;
const APPENDIX1 = doc000.pages.find((p) => p.slug.startsWith("phu-luc-1-"))!.url;

const topics = JSON.parse(readFileSync(join(import.meta.dirname, "../../generated/topics.json"), "utf8")) as TopicsData;
/** A term's passages as the topic page groups them: `<document> · <n> đoạn`, in reading order. */
const byDocument = (entries: TopicEntry[]): string[] => {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.docTitle, (counts.get(e.docTitle) ?? 0) + 1);
  return [...counts].map(([title, n]) => `${title} · ${n} đoạn`);
};

const site = useSite({ phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } });
const errors: string[] = [];

const open = (ctx: BrowserContext, path: string): Promise<Page> => openPage(ctx, site.url + path, errors);

describe("a section page", () => {
  it("shows its heading, breadcrumbs, on-page contents and previous/next links", async () => {
    const page = await open(site.desktop, ECONOMY);
    expect(await page.locator("main h1").innerText()).toBe("1. Lĩnh vực kinh tế");
    expect(await page.locator("nav.breadcrumbs li").allInnerTexts()).toEqual([
      "Trang chủ",
      "Tài liệu",
      "Báo cáo chính trị Hải Dương",
      "Phần thứ nhất – KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT…",
      "A. KẾT QUẢ ĐẠT ĐƯỢC",
      "I. LĨNH VỰC KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN…",
    ]);
    // A shortened crumb keeps the whole heading as its title.
    expect(await page.locator("nav.breadcrumbs a").nth(3).getAttribute("title")).toBe(
      "Phần thứ nhất – KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII, NHIỆM KỲ 2020 - 2025",
    );
    // The page's own heading comes before the on-page contents.
    expect(
      await page.evaluate(
        () =>
          document.querySelector("main h1")!.compareDocumentPosition(document.querySelector("nav.on-page")!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    const onPage = await page
      .locator("nav.on-page a")
      .evaluateAll((as) => as.map((a) => [a.textContent, document.getElementById(a.getAttribute("href")!.slice(1))?.tagName]));
    expect(onPage.slice(0, 2)).toEqual([
      [
        "1.1. Nông nghiệp tiếp tục tăng trưởng khá, đa dạng hình thức tổ chức sản xuất, " +
          "nâng cao giá trị, bộ mặt nông thôn có nhiều chuyển biến tích cực",
        "H2",
      ],
      [
        "1.2. Công nghiệp, xây dựng duy trì mức tăng trưởng cao, " +
          "định hướng phát triển công nghiệp công nghệ cao, công nghiệp hỗ trợ, " +
          "thân thiện với môi trường, sử dụng tiết kiệm năng lượng ngày càng rõ",
        "H2",
      ],
    ]);
    expect(onPage).toHaveLength(7);
    expect(await page.locator("a[rel=prev]").count()).toBe(1);
    expect(await page.locator("a[rel=next]").count()).toBe(1);
    // Where it comes from, in words a reader understands, checkable on the text as received.
    expect(await page.locator(".provenance").innerText()).toBe("Nguồn: văn bản gốc, dòng 23–86.");
    expect(await page.locator(".provenance a").getAttribute("href")).toBe(
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/ban-goc/#dong-23",
    );
    await page.screenshot({ path: join(SHOTS, "section-site.desktop.png") });
  });

  it("on a phone, keeps its breadcrumb to one line: the way up to its parent", async () => {
    const page = await open(site.phone, ECONOMY);
    const crumbs = page.locator("nav.breadcrumbs");
    expect(await crumbs.evaluate((n) => n.getBoundingClientRect().height)).toBeLessThan(40);
    expect(
      await crumbs
        .locator("li")
        .evaluateAll((lis) => lis.filter((li) => getComputedStyle(li).display !== "none").map((li) => li.textContent)),
    ).toEqual(["I. LĨNH VỰC KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN…"]);
  });

  it("takes a footnote reference to its text and back", async () => {
    const page = await open(site.phone, ECONOMY);
    await page.locator("a#tham-chieu-3").click();
    await page.waitForFunction(() => location.hash === "#chu-thich-3");
    const note = page.locator("li#chu-thich-3");
    expect(await note.innerText()).toMatch(/^Năm 2020, tỷ lệ lao động phi chính thức là 58,1%; năm 2025 ước giảm còn 47,6%\./);
    expect(
      await note.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }),
    ).toBe(true);
    await note.locator("a.footnote-backref").click();
    await page.waitForFunction(() => location.hash === "#tham-chieu-3");
    expect(
      await page.locator("a#tham-chieu-3").evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, "section-site.phone.png") });
  });
});

describe("a wide table on a 360 px site.phone", () => {
  it("reads as a card per row (tests/e2e/phone-first.test.ts), so neither the page nor the table scrolls sideways", async () => {
    const page = await open(site.phone, APPENDIX1);
    const box = page.locator(".table-wrap").first();
    const sizes = await box.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      page: document.documentElement.scrollWidth,
      viewport: innerWidth,
    }));
    expect(sizes.scroll).toBe(sizes.client);
    expect(sizes.page).toBe(sizes.viewport);
    await page.screenshot({ path: join(SHOTS, "table-site.phone.png") });
  });
});

describe("the same table on a site.desktop", () => {
  it("uses the width of the window, beyond the text column, and needs no scrolling", async () => {
    const page = await open(site.desktop, APPENDIX1);
    const box = page.locator(".table-wrap").first();
    const m = await box.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      text: document.querySelector("main h1")!.getBoundingClientRect().width,
    }));
    expect(m.scroll).toBe(m.client);
    expect(m.client).toBeGreaterThan(m.text);
    await page.screenshot({ path: join(SHOTS, "table-site.desktop.png") });
  });
});

describe("every page type", () => {
  it("loads with no console error, no failed request, no CSP violation, and asks only the site itself", async () => {
    const requests: string[] = [];
    const record = (r: { url: () => string }) => requests.push(r.url());
    site.desktop.on("request", record);
    const indicator = readdirSync(join(DIST, "chi-tieu"), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
    const paths = [
      "/",
      "/tai-lieu/",
      doc000.url,
      ECONOMY,
      APPENDIX1,
      ...siteIndex.documents.map((d) => d.pages[0]!.url),
      "/chi-tieu/",
      `/chi-tieu/${indicator}/`,
      "/so-sanh/",
      "/chu-de/",
      "/chu-de/y-te/",
      "/van-ban/",
      "/thuat-ngu/",
      "/du-lieu/",
      "/gioi-thieu/",
      "/tim-kiem/?q=GRDP",
    ];
    for (const path of paths) {
      const page = await open(site.desktop, path);
      if (path.startsWith("/tim-kiem/"))
        await page.waitForFunction(() => /kết quả cho/.test(document.getElementById("trang-thai")!.textContent ?? ""));
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")).toMatch(
        /^default-src 'self';.*script-src 'self' 'wasm-unsafe-eval'/,
      );
      await page.close();
    }
    site.desktop.off("request", record);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(site.url) && !u.startsWith("data:"))).toEqual([]);
    expect(requests.some((u) => u.includes("/pagefind/"))).toBe(true);
  });
});

export { DIST };

describe("topics", () => {
  it("set what 2020–2025 achieved beside what 2025–2030 commits to, with the topic's indicators", async () => {
    const page = await open(site.desktop, "/chu-de/y-te/");
    expect(await page.locator("main h1").innerText()).toBe("Y tế");
    // Each term's passages by document, with their counts, as the data lists them: a short list (at
    // most 12 passages) shown open, a long one folded.
    const achieved = topicEntries(topics, siteIndex.documents, "y-te", "ket-qua");
    const committed = topicEntries(topics, siteIndex.documents, "y-te", "muc-tieu");
    expect(achieved.length).toBeLessThanOrEqual(12);
    expect(committed.length).toBeGreaterThan(12);
    expect((await page.locator("#da-dat ~ .topic-groups summary").allInnerTexts()).map(spaces)).toEqual(byDocument(achieved));
    expect(await page.locator("#da-dat ~ .topic-groups details[open]").count()).toBe(byDocument(achieved).length);
    expect(await page.locator("#da-dat ~ .topic-groups li > a").count()).toBe(achieved.length);
    expect(await page.locator("#cam-ket ~ .topic-groups details").count()).toBe(byDocument(committed).length);
    expect(await page.locator("#cam-ket ~ .topic-groups details[open]").count()).toBe(0);
    // Folded, a document's passages open with its name.
    const first = page.locator("#cam-ket ~ .topic-groups details").first();
    await first.locator("summary").click();
    expect(await first.locator("li > a").first().isVisible()).toBe(true);
    const boxes = await page.locator(".side-by-side > section").evaluateAll((s) => s.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(boxes[0]).toBe(boxes[1]);
    expect(
      await page.locator("#chi-tieu-chu-de ~ .table-wrap tbody tr, section[aria-labelledby=chi-tieu-chu-de] tbody tr").count(),
    ).toBeGreaterThan(3);
    await page.screenshot({ path: join(SHOTS, "topic-site.desktop.png") });
  });

  it("a section page links the same subject in the other documents", async () => {
    const page = await open(site.phone, ECONOMY);
    const box = page.locator("aside.elsewhere");
    expect(await box.locator("h2").innerText()).toBe("Cùng chủ đề ở mục khác");
    const links = await box.locator("li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links.length).toBeGreaterThan(2);
    expect(links.some((u) => !u.startsWith("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/"))).toBe(true);
  });
});

describe("a document as received", () => {
  it("shows every line of its source file with its number and anchor, and where each passage is read", async () => {
    const page = await open(site.phone, "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/ban-goc/");
    const source = readFileSync(join(import.meta.dirname, "../../content/sources/004_fa57fa61f79953c7.txt"), "utf8")
      .normalize("NFC")
      .split("\n");
    if (source.at(-1) === "") source.pop();
    const lines = page.locator("ol.source-lines > li");
    expect(await lines.count()).toBe(source.length);
    // Line 847 (Phụ lục 1, the GRDP row) exactly as in the file, with its number, its anchor and no link to read it (its row starts at 846).
    const row = page.locator("#dong-847");
    expect(await row.locator(".line-no").innerText()).toBe("847");
    expect(await row.locator(".line-text").textContent()).toBe(source[846]);
    // The file's emphasis marks (004:612 “- *Phát triển …*”) are set in italics: no asterisk shows.
    expect(await page.locator("#dong-612 .line-text em").innerText()).toBe(
      "Phát triển công nghiệp theo hướng hiện đại, thông minh, giá trị gia tăng cao và thân thiện môi trường.",
    );
    expect(await page.locator("ol.source-lines").innerText()).not.toContain("*");
    // Opening a line's address puts it in view, marked.
    await page.goto(`${site.url}/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/ban-goc/#dong-21`);
    expect(await page.locator("li:target .line-text").textContent()).toBe(source[20]);
    expect(await page.locator("li:target").evaluate((li) => getComputedStyle(li).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    const read = await page.locator("#dong-21 .line-read").getAttribute("href");
    expect(read).toMatch(/^\/tai-lieu\/bao-cao-chinh-tri-hai-phong-2025-2030\/[a-z0-9-]+\/#/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, "original-text-site.phone.png") });
  });
});

describe("a document's page", () => {
  it("maps the other four documents and the documents it cites, most cited first, each a link", async () => {
    const page = await open(site.desktop, "/tai-lieu/chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong/");
    const map = page.locator(".doc-map");
    // A group of links with a name; each column a list named by the line over it.
    expect(await map.getAttribute("role")).toBe("group");
    expect(await page.locator(`#${await map.getAttribute("aria-labelledby")}`).textContent()).toMatch(
      /^Quan hệ của Chương trình hành động NQ 30-NQ\/TW/,
    );
    const others = map.locator(".map-others > li");
    expect(await others.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/",
      "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/",
      "/tai-lieu/nghi-quyet-hdnd-hai-duong-ke-hoach-2024/",
      "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/",
    ]);
    expect(await page.locator(`#${await map.locator(".map-cited").getAttribute("aria-labelledby")}`).textContent()).toBe(
      "Văn bản được trích dẫn",
    );
    const cited = await map
      .locator(".map-cited > li")
      .evaluateAll((lis: Element[]): (string | null | undefined)[][] =>
        lis.map((li) => [
          li.querySelector("a")!.getAttribute("href"),
          li.querySelector(".map-name")!.textContent.replace(/\s+/g, " ").trim(),
          li.querySelector(".map-edge")?.textContent,
          li.className,
        ]),
      );
    expect(cited.slice(0, 3)).toEqual([
      ["/van-ban/#30-nq-tw", "Nghị quyết 30-NQ/TW 6 lần", "thực hiện", "map-related"],
      ["/van-ban/#27-nq-tu", "Nghị quyết 27-NQ/TU 5 lần", undefined, "map-plain"],
      ["/van-ban/#14-nq-cp", "Nghị quyết 14/NQ-CP 4 lần", "thực hiện", "map-related"],
    ]);
    // Curves join the middle to each label: solid where a relation is stated, dashed where not.
    expect(await map.locator(".map-links-right path").evaluateAll((ps) => ps.slice(0, 3).map((p) => p.getAttribute("class")))).toEqual([
      "map-line",
      "map-line map-line-weak",
      "map-line",
    ]);
    // The labels are text the browser lays out (whether they fit is tests/e2e/layout.test.ts), not SVG text.
    expect(await map.locator("text").count()).toBe(0);
    await map.screenshot({ path: join(SHOTS, "doc-map-site.desktop.png") });
  });

  it("stacks the map on a phone: the document, then the other four, then what it cites, without curves", async () => {
    const page = await open(site.phone, "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/");
    const tops = await page
      .locator(".doc-map")
      .evaluate((m) => [".map-self", ".map-others", ".map-cited"].map((s) => Math.round(m.querySelector(s)!.getBoundingClientRect().top)));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(await page.locator(".doc-map .map-links").evaluateAll((ss) => ss.map((s) => getComputedStyle(s).display))).toEqual([
      "none",
      "none",
    ]);
    // The relation is written over the name, to be read before it: 000 is reviewed in 004, and its goals replaced by 004's.
    expect(await page.locator(".doc-map .map-others .map-edge:not(.map-edge-twin)").allTextContents()).toEqual([
      "được đánh giá lại trong và có mục tiêu được thay thế bởi",
    ]);
    expect(await page.locator(".doc-map .map-edge-twin").evaluateAll((es) => es.map((e) => getComputedStyle(e).display))).toEqual(["none"]);
    await page.locator(".doc-map").screenshot({ path: join(SHOTS, "doc-map-site.phone.png") });
  });
});
