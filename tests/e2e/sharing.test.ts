/** Links officials share: copy-link controls and share pages, a link to a selected passage, citations, print, previews. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { isSharePath, SHARE_PREFIX, sharePath } from "../../scripts/model/share.ts";
import { openPage, SHOTS } from "./browser.ts";
import { get } from "./http.ts";
import { useSite } from "./use-site.ts";
import { DIST, ROOT } from "./serve.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";

const SECTION = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi/";
const PARAGRAPH = "phan-1-a-i-2-2-1-giao-duc-va-dao-tao-co-p1";

// The site's address, if the build has one; a local build has none, and no absolute address (README).
const ORIGIN = siteOrigin(ROOT);
/** What an absolute address on the site is in this build: none without an address. */
const abs = (path: string): string | undefined => ORIGIN && `${ORIGIN}${path}`;
const CARD = ORIGIN ? "summary_large_image" : "summary";
const APPENDIX = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/";

const site = useSite({
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740, touch: true },
  noScript: { width: 1280, height: 900, javaScriptEnabled: false },
});
const errors: string[] = [];

/** What the page put on the clipboard, once it has confirmed the copy (“Đã chép liên kết…”). */
async function copiedLink(page: Page): Promise<string> {
  await page.waitForFunction(() => /Đã chép liên kết/.test(document.querySelector(".link-status")!.textContent ?? ""));
  return page.evaluate(() => navigator.clipboard.readText());
}

beforeAll(() => site.desktop.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url }));

describe("copy a link", () => {
  it("puts the paragraph's share address on the clipboard, and that address shows the paragraph", async () => {
    const page = await openPage(site.desktop, site.url + SECTION, errors);
    const button = page.locator(`#${PARAGRAPH} > button.copy-link`);
    expect(await button.getAttribute("aria-label")).toMatch(/^Chép liên kết đến: /);
    // Reachable with the keyboard: focus it and press Enter.
    await button.focus();
    await page.keyboard.press("Enter");
    const copied = await copiedLink(page);
    expect(copied).toBe(`${site.url}${sharePath(SECTION, PARAGRAPH)}`);
    await page.screenshot({ path: join(SHOTS, "copy-link-site.desktop.png") });
    const other = await openPage(site.desktop, copied, errors);
    await other.waitForURL(`${site.url}${SECTION}#${PARAGRAPH}`);
    const top = await other.locator(`#${PARAGRAPH}`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    // The shared paragraph is marked on arrival, in light and in dark.
    for (const scheme of ["light", "dark"] as const) {
      await other.emulateMedia({ colorScheme: scheme });
      const [mark, plain] = await other.evaluate((id) => {
        const bg = (e: Element) => getComputedStyle(e).backgroundColor;
        const p = document.getElementById(id)!;
        return [bg(p), bg(p.nextElementSibling ?? document.body)];
      }, PARAGRAPH);
      expect(mark).not.toBe(plain);
      expect(mark).not.toBe("rgba(0, 0, 0, 0)");
    }
    expect(errors).toEqual([]);
  });

  it("does the same for a table row, a heading and an indicator's chart", async () => {
    const page = await openPage(site.desktop, `${site.url}/chi-tieu/bao-phu-bhyt/`, errors);
    await page.locator("#bieu-do > button.copy-link").click();
    expect(await copiedLink(page)).toBe(`${site.url}${sharePath("/chi-tieu/bao-phu-bhyt/", "bieu-do")}`);
    expect(await page.locator("h1 > button.copy-link, h2 > button.copy-link").count()).toBeGreaterThan(1);
    const appendix = await openPage(site.desktop, `${site.url}${APPENDIX}`, errors);
    const row = appendix.locator("tbody tr[id]").nth(2);
    const id = (await row.getAttribute("id"))!;
    await row.hover();
    await row.locator("button.copy-link").click();
    expect(await copiedLink(appendix)).toBe(`${site.url}${sharePath(APPENDIX, id)}`);
    expect(await appendix.locator("tbody tr[id] button.copy-link").count()).toBe(await appendix.locator("tbody tr[id]").count());
  });

  it("copies the page's own address with the anchor where there are no share pages (a topic page)", async () => {
    const page = await openPage(site.desktop, `${site.url}/chu-de/y-te/`, errors);
    const button = page.locator("main button.copy-link").first();
    const anchor = await button.getAttribute("data-anchor");
    await button.click();
    expect(await copiedLink(page)).toBe(`${site.url}/chu-de/y-te/#${anchor}`);
  });

  it("has a share page for every control of a section, an appendix table and an indicator page, and none for anything else", async () => {
    const shared = new Map<string, number>();
    for (const f of readdirSync(join(DIST, SHARE_PREFIX))) {
      const to = /<meta http-equiv="refresh" content="0; url=([^"#]+)#/.exec(
        readFileSync(join(DIST, SHARE_PREFIX, f, "index.html"), "utf8"),
      )![1]!;
      shared.set(to, (shared.get(to) ?? 0) + 1);
    }
    for (const path of [SECTION, APPENDIX, "/chi-tieu/bao-phu-bhyt/"]) {
      const page = await openPage(site.desktop, site.url + path, errors);
      const anchors = await page.locator("button.copy-link").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.anchor!));
      expect(anchors.length).toBeGreaterThan(4);
      expect(anchors.filter((id) => !existsSync(join(DIST, sharePath(path, id), "index.html")))).toEqual([]);
      expect(shared.get(path)).toBe(anchors.length);
      await page.close();
    }
    expect([...shared.keys()].filter((p) => !/^\/(tai-lieu\/[^/]+\/[^/]+|chi-tieu\/[^/]+)\/$/.test(p))).toEqual([]);
  });

  it("offers a link to exactly the selected words", async () => {
    const page = await openPage(site.desktop, site.url + SECTION, errors);
    await page.locator(`#${PARAGRAPH}`).evaluate((p) => {
      const text = p.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const offer = page.locator("button.link-selection");
    await offer.waitFor({ state: "visible" });
    await offer.click();
    const copied = await copiedLink(page);
    expect(copied.startsWith(`${site.url}${SECTION}#${PARAGRAPH}:~:text=`)).toBe(true);
  });
});

/** A paragraph from the middle of a section (the 6th of its 11), a row of an appendix table, an indicator's chart. */
const SHARED = [
  {
    what: "a paragraph from the middle of a section",
    page: SECTION,
    id: "phan-1-a-i-2-2-3-lao-dong-viec-lam-an-sinh-p2",
    title: "2. Lĩnh vực văn hoá, xã hội — Báo cáo chính trị Hải Dương",
    description:
      "Công tác lao động, việc làm, phát triển thị trường lao động, đảm bảo các quyền, lợi ích hợp pháp của người lao động " +
      "được quan tâm thực hiện. Số lao động có…",
  },
  {
    what: "a table row",
    page: APPENDIX,
    id: "phu-luc-1-ket-qua-thuc-hien-cac-bang1-d18",
    title:
      "Phụ lục 1 – KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU CỦA NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII (NHIỆM KỲ 2020 - 2025) " +
      "— Báo cáo chính trị Hải Dương",
    description:
      "Tỷ lệ bao phủ BHYT so với dân số (%) — Mục tiêu 2021-2025 · Đến 2025: 95; Mục tiêu đến 2030: >99; Thực hiện · Ước 2025: 95",
  },
  {
    what: "an indicator's chart",
    page: "/chi-tieu/bao-phu-bhyt/",
    id: "bieu-do",
    title: "Tỷ lệ bao phủ BHYT so với dân số",
    description: "Biểu đồ: Tỷ lệ bao phủ BHYT so với dân số",
  },
];

/** The content of each <meta property|name> of a page, and its canonical link, as a crawler reads them (no script run). */
function tagsOf(html: string): Record<string, string | undefined> {
  const decode = (s: string) =>
    s
      .replace(/&gt;/g, ">")
      .replace(/&lt;/g, "<")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const tags: Record<string, string | undefined> = {};
  for (const m of html.matchAll(/<meta (?:property|name|http-equiv)="([^"]+)" content="([^"]*)">/g)) tags[m[1]!] = decode(m[2]!);
  tags.canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
  tags.title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
  return tags;
}

describe("share pages", () => {
  for (const s of SHARED) {
    const address = sharePath(s.page, s.id);

    it(`of ${s.what}: a crawler's plain GET finds the section's title and image, a description quoting it, the section as canonical`, async () => {
      const reply = await get(site.url + address, {
        "user-agent": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      });
      expect(reply.status).toBe(200);
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      const html = reply.body.toString("utf8");
      const tags = tagsOf(html);
      expect(tags["og:title"]).toBe(s.title);
      expect(tags["og:description"]).toBe(s.description);
      expect(tags["og:image"]).toBe(abs(`${s.page}xem-truoc.png`));
      expect(tags["og:url"]).toBe(abs(address));
      expect(tags.canonical).toBe(abs(s.page));
      expect(tags["twitter:card"]).toBe(CARD);
      expect(tags.robots).toBe("noindex");
      expect(tags.refresh).toBe(`0; url=${s.page}#${s.id}`);
      // The section page's own preview has the same title and image: only the description is the shared element's.
      const section = tagsOf(readFileSync(join(DIST, s.page, "index.html"), "utf8"));
      expect([section["og:title"], section["og:image"]]).toEqual([tags["og:title"], tags["og:image"]]);
      // Small and self-contained: no script, style or other resource to fetch.
      expect(reply.body.length).toBeLessThan(4096);
      expect(html).not.toMatch(/<script|<style|<img|<link rel="(?:stylesheet|preload|modulepreload)"|<link rel="icon" href="(?!data:,")/);
    });

    for (const [how, context] of [
      ["with JavaScript", () => site.desktop],
      ["without JavaScript", () => site.noScript],
    ] as [string, () => BrowserContext][]) {
      it(`of ${s.what}: brings a person ${how} to it in its page, in view`, async () => {
        // Coming from another page, as from a message: the share page is opened from there.
        const page = await openPage(context(), `${site.url}/`, errors);
        await page.waitForLoadState("networkidle"); // its web app manifest too, which leaving at once would cut off
        await page.goto(site.url + address);
        await page.waitForURL(`${site.url}${s.page}#${s.id}`);
        await page.waitForLoadState("load");
        const box = (await page.locator(`[id="${s.id}"]`).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(150);
        // The description quotes the element's own words.
        const words = (await page.locator(`[id="${s.id}"]`).innerText()).replace(/\s+/g, " ");
        if (s.id.endsWith("-p2")) expect(words.startsWith(s.description.replace(/…$/, ""))).toBe(true);
        // The landing took the share page's place in the history: Back goes to where the person came from.
        await page.goBack();
        expect(page.url()).toBe(`${site.url}/`);
        await page.close();
      });
    }
  }

  it("at 360 px on a touch phone, the share page alone shows one plain link, and the landing marks the paragraph", async () => {
    const s = SHARED[0]!;
    const alone = await site.phone.newPage();
    // The share page as it is before it refreshes (served from a data: URL, so it stays put).
    await alone.route("**/*", (r) => r.abort());
    await alone.setContent(
      readFileSync(join(DIST, sharePath(s.page, s.id), "index.html"), "utf8").replace(/<meta http-equiv="refresh"[^>]*>/, ""),
    );
    expect(await alone.locator("body a").innerText()).toBe(`Đọc đoạn này trong “${s.title}”`);
    expect(await alone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await alone.screenshot({ path: join(SHOTS, "share-page.phone.png") });
    const page = await openPage(site.phone, site.url + sharePath(s.page, s.id), errors);
    await page.waitForURL(`${site.url}${s.page}#${s.id}`);
    await page.waitForLoadState("load");
    const box = (await page.locator(`#${s.id}`).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
    await page.screenshot({ path: join(SHOTS, "share-landing.phone.png") });
    expect(errors).toEqual([]);
  });

  it("are left out of the sitemap, and robots.txt lets crawlers fetch them", () => {
    // A local build, without an address, has no sitemap.
    expect(existsSync(join(DIST, "sitemap.xml"))).toBe(ORIGIN !== undefined);
    const sitemap = ORIGIN ? readFileSync(join(DIST, "sitemap.xml"), "utf8") : "";
    expect(sitemap).not.toContain(SHARE_PREFIX);
    if (ORIGIN) expect(sitemap).toContain(`<loc>${ORIGIN}${SECTION}</loc>`);
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).not.toMatch(/Disallow: \/l\//);
  });
});

describe("cite this", () => {
  it("gives a ready citation with document, issuer, date, section, address and version by the source's date, no blank to fill", async () => {
    const page = await openPage(site.desktop, site.url + SECTION, errors);
    await page.locator(".cite-this summary").click();
    expect(await page.locator(".cite-this .citation").innerText()).toBe(
      "Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII, " +
        "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII " +
        "trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030, năm 2025, " +
        "mục “2. Lĩnh vực văn hoá, xã hội” (Phần thứ nhất, A, I). " +
        (ORIGIN ? `Bản đọc trực tuyến: ${ORIGIN}${SECTION} (theo văn bản nguồn năm 2025).` : "Theo văn bản nguồn năm 2025."),
    );
    await page.locator("button.copy-citation").click();
    await page.waitForFunction(() => document.querySelector(".cite-this .copy-status")!.textContent === "Đã chép trích dẫn.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII, .*(\(theo văn bản nguồn năm 2025\)|Theo văn bản nguồn năm 2025)\.$/,
    );
  });
});

describe("print", () => {
  it("hides navigation and controls, shows where links go and keeps the citation and footnotes", async () => {
    const page = await openPage(
      site.desktop,
      `${site.url}/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/`,
      errors,
    );
    await page.emulateMedia({ media: "print" });
    const shown = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).display !== "none");
    expect(await shown(".site-header")).toBe(false);
    expect(await shown(".breadcrumbs")).toBe(false);
    expect(await shown(".pager")).toBe(false);
    expect(await shown("button.copy-link")).toBe(false);
    expect(await shown(".footnotes")).toBe(true);
    const cited = await openPage(site.desktop, `${site.url}/tai-lieu/chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong/mo-dau/`, errors);
    await cited.emulateMedia({ media: "print" });
    expect(
      await cited
        .locator(".prose a[href^='/van-ban/']")
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content),
    ).toBe('" </van-ban/#30-nq-tw>"');
    // The widest table fits the width of an A4 page inside its margins (178 mm ≈ 673 px), uncut.
    const wide = await openPage(
      site.desktop,
      `${site.url}/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/`,
      errors,
    );
    await wide.setViewportSize({ width: 673, height: 950 });
    await wide.emulateMedia({ media: "print" });
    expect(
      await wide.evaluate(() => Math.max(...[...document.querySelectorAll("table")].map((t) => t.getBoundingClientRect().right))),
    ).toBeLessThanOrEqual(673);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("previews", () => {
  it("each page has its own title, description from its text, canonical URL and Open Graph tags", async () => {
    const page = await openPage(site.desktop, site.url + SECTION, errors);
    const meta = (sel: string) => page.locator(sel).getAttribute("content");
    expect(await page.title()).toBe("2. Lĩnh vực văn hoá, xã hội — Báo cáo chính trị Hải Dương · Báo cáo Hải Dương – Hải Phòng");
    expect(await meta('meta[name="description"]')).toMatch(/^Mạng lưới trường lớp được rà soát, sắp xếp ngày càng hợp lý/);
    const present = (sel: string, attr: string) =>
      page.evaluate(([q, a]) => document.querySelector(q!)?.getAttribute(a!) ?? undefined, [sel, attr]);
    expect(await present('link[rel="canonical"]', "href")).toBe(abs(SECTION));
    expect(await present('meta[property="og:url"]', "content")).toBe(abs(SECTION));
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
  });

  it("the home page, document, section, indicator, topic and method pages have their own 1200×630 preview image", async () => {
    for (const path of [
      "/",
      SECTION,
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/",
      "/chi-tieu/bao-phu-bhyt/",
      "/chu-de/y-te/",
      "/gioi-thieu/",
    ]) {
      const page = await openPage(site.desktop, site.url + path, errors);
      const image = ORIGIN ? await page.locator('meta[property="og:image"]').getAttribute("content") : undefined;
      expect(image).toBe(abs(`${path}xem-truoc.png`));
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe(CARD);
      const png = readFileSync(join(DIST, path, "xem-truoc.png"));
      // PNG signature, then the IHDR chunk: width and height.
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      await page.close();
    }
  });
});

describe("every page's preview", () => {
  const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith(".html"));
  const head = (f: string) => readFileSync(join(DIST, f), "utf8").split("</head>")[0]!;
  const sizes = new Map<string, boolean>();
  const isPreviewSize = (url: string) => {
    if (!sizes.has(url)) {
      const png = existsSync(join(DIST, url)) ? readFileSync(join(DIST, url)) : undefined;
      sizes.set(url, png !== undefined && png.readUInt32BE(16) === 1200 && png.readUInt32BE(20) === 630);
    }
    return sizes.get(url)!;
  };

  it.skipIf(!ORIGIN)("has an image that the site serves, 1200×630 (the share pages included)", () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(pages.filter((f) => isSharePath(`/${f}`)).length).toBeGreaterThan(1000);
    const wrong = pages.filter((f) => {
      const url = new RegExp(`<meta property="og:image" content="${ORIGIN ?? ""}(/[^"]*)"`).exec(head(f))?.[1];
      return !url || !isPreviewSize(url);
    });
    expect(wrong).toEqual([]);
  });

  it("has a title of its own: no two pages share one (a share page carries its section's)", () => {
    const byTitle = new Map<string, string[]>();
    for (const f of pages.filter((f) => !isSharePath(`/${f}`))) {
      if (/<meta http-equiv="refresh"/.test(head(f))) continue; // a redirect page names where it goes
      const title = /<title>([^<]*)<\/title>/.exec(head(f))![1]!;
      byTitle.set(title, [...(byTitle.get(title) ?? []), f]);
    }
    expect([...byTitle].filter(([, fs]) => fs.length > 1)).toEqual([]);
    expect(byTitle.has("1. Lĩnh vực kinh tế (Phần thứ hai) — Báo cáo chính trị Hải Dương · Báo cáo Hải Dương – Hải Phòng")).toBe(true);
  });
});

describe("every “dòng N” a page prints", () => {
  it("links to that line in the text as received, beside the link to where it is read", () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter(
      (f) => f.endsWith(".html") && !f.includes("ban-goc") && !isSharePath(`/${f}`),
    );
    const unlinked: string[] = [];
    let seen = 0;
    for (const f of pages) {
      const body = readFileSync(join(DIST, f), "utf8")
        .split("</head>")[1]!
        .replace(/<script[\s\S]*?<\/script>/g, "");
      // Each block (paragraph, item, cell, row): every “dòng N” in its text has a link to ban-goc/#dong-N in its markup.
      for (const block of body.split(/<\/(?:p|li|td|tr|dd|div|figcaption|h[1-6])>/)) {
        const text = block.replace(/<[^>]+>/g, "");
        for (const m of text.matchAll(/dòng\s+(\d+)/g)) {
          seen++;
          if (!block.includes(`ban-goc/#dong-${m[1]}"`)) unlinked.push(`${f}: …${text.slice(Math.max(0, m.index - 40), m.index + 12)}`);
        }
      }
    }
    expect(unlinked).toEqual([]);
    expect(seen).toBeGreaterThan(800);
  });
});

describe("a mistyped or cut address", () => {
  it("answers 404 with a search box holding the address's words and the nearest pages, best first", async () => {
    const seen: string[] = [];
    const page = await openPage(site.desktop, `${site.url}/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh/`, seen);
    // The only failure is the page itself (404, which Chromium also logs); its resources all load.
    expect(seen.filter((e) => !e.includes("/phan-1-i-1-linh-vuc-kinh/: Failed to load resource"))).toEqual([
      "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh/: " +
        `404 ${site.url}/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh/`,
    ]);
    expect(await page.locator("h1").innerText()).toBe("Không tìm thấy trang");
    await page.locator("#trang-gan-nhat li").first().waitFor();
    const near = await page.locator("#trang-gan-nhat a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(near[0]).toBe("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/");
    expect(near).toHaveLength(5);
    // Titles that repeat across a document's parts say which part they are in.
    const titles = await page.locator("#trang-gan-nhat a").allInnerTexts();
    expect(new Set(titles).size).toBe(5);
    expect(titles[0]).toBe("1. Lĩnh vực kinh tế (Phần thứ nhất) — Báo cáo chính trị Hải Dương");
    expect(await page.locator("#tim-lai").inputValue()).toBe("bao cao chinh tri hai duong 2020 2025 phan linh vuc kinh");
  });
});
