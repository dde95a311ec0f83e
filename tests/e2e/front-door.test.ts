/** The front door: the home page's headline, the header and its phone menu, breadcrumbs, the method page, one visual language. */
import { readdirSync, readFileSync } from "node:fs";
import { isSharePath } from "../../scripts/model/share.ts";
import { join, relative } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { IndicatorData } from "../../scripts/model/indicators.ts";
import { disagreements, display } from "../../src/lib/indicators.ts";
import { openPage, spaces, SHOTS } from "./browser.ts";
import { useSite } from "./use-site.ts";
import { DIST } from "./serve.ts";

const site = useSite({
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
  phoneNoJs: { width: 390, height: 844, javaScriptEnabled: false },
});
const errors: string[] = [];
const open = (c: BrowserContext, path: string): Promise<Page> => openPage(c, site.url + path, errors);
const ROOT = join(import.meta.dirname, "../..");
const data = JSON.parse(readFileSync(join(DIST, "du-lieu/chi-tieu.json"), "utf8")) as IndicatorData;
const settings = JSON.parse(readFileSync(join(ROOT, "generated/settings.json"), "utf8")) as { feedback: string; headlineGoals: string[] };
const SECTION = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/";
/** Every page type, with the main section the header must mark on it. */
const PAGES: [string, string | null][] = [
  ["/", null],
  ["/tai-lieu/", "Tài liệu"],
  ["/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/", "Tài liệu"],
  [SECTION, "Tài liệu"],
  ["/chi-tieu/", "Chỉ tiêu"],
  ["/chi-tieu/tang-truong-grdp/", "Chỉ tiêu"],
  ["/so-sanh/", "So sánh"],
  ["/chu-de/", "Chủ đề"],
  ["/chu-de/y-te/", "Chủ đề"],
  ["/du-lieu/", "Dữ liệu"],
  ["/gioi-thieu/", null],
  ["/van-ban/", null],
  ["/thuat-ngu/", null],
  ["/tim-kiem/?q=GRDP", null],
  ["/khong-co-trang-nay/", null],
];

describe("the home page", () => {
  it("states the same verdict counts as /so-sanh/: the documents' own 11/18 and 17/19", async () => {
    const home = await open(site.desktop, "/");
    const comparison = await open(site.desktop, "/so-sanh/");
    for (const region of ["hai-phong", "hai-duong"]) {
      const [vuot, dat, khongDat, total] = (await comparison.locator(`#dia-ban--${region} td`).allInnerTexts()).map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(await home.locator(`[data-headline-count="${region}"]`).innerText()).toBe(`${dat + vuot}/${total}`);
      const split = await home.locator(`#ket-qua--${region} .headline-split > span`).allTextContents();
      expect(split.map((t) => t.replace(/\s+/g, " ").trim()).join(" ")).toBe(`Vượt ${vuot} Đạt ${dat} Không đạt ${khongDat}`);
      expect(dat + vuot + khongDat).toBe(total);
    }
    expect(await home.locator("[data-headline-count]").allInnerTexts()).toEqual(["11/18", "17/19"]);
    // Each count is shown beside the document's own sentence, linked to the paragraph that holds it.
    const quote = home.locator("#ket-qua--hai-phong .headline-quote a").first();
    expect(spaces(await quote.innerText())).toBe("Báo cáo chính trị Hải Phòng, dòng 21");
    await quote.click();
    expect(await home.locator(":target").innerText()).toContain("Thành phố Hải Phòng có 11/18 chỉ tiêu dự kiến đạt và vượt");
    expect(errors).toEqual([]);
  });

  it("charts the merged city's headline goals beside the former units' 2025 results, each value from the data with its source line", async () => {
    const home = await open(site.desktop, "/");
    const panels = home.locator(".goal-panel");
    expect(await panels.evaluateAll((ps) => ps.map((p) => p.id))).toEqual(settings.headlineGoals.map((id) => `muc-tieu--${id}`));
    const first = panels.first();
    expect(await first.locator("figcaption").innerText()).toBe("Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)");
    expect(await first.locator(".goal-label").allTextContents()).toEqual([
      "Hải Phòng (cũ) · Kết quả bình quân 2021–2025, ước",
      "Hải Dương (cũ) · Kết quả bình quân 2021–2025, ước",
      "Hải Phòng (mới) · Mục tiêu bình quân 2026–2030",
    ]);
    expect(await first.locator(".goal-value").allTextContents()).toEqual(["11,39%", "9,8%", "14-14,5%/năm"]);
    // Bars are as long as their values: 11,39 and 9,8 against the goal's range 14–14,5.
    const widths = await first
      .locator("svg.goal-bar > rect:first-child")
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("width"))));
    expect(widths[0]! / widths[2]!).toBeCloseTo(11.39 / 14, 2);
    expect(widths[1]! / widths[2]!).toBeCloseTo(9.8 / 14, 2);
    // The per-capita GRDP: 9.486 and 4.913 USD against 11.380 USD per person.
    expect(await panels.nth(1).locator(".goal-value").allTextContents()).toEqual(["9.486 USD/người", "4.913 USD", "11.380 USD/người"]);
    expect(spaces(await first.locator(".goal-sources").first().innerText())).toBe(
      "Nguồn: Báo cáo chính trị Hải Phòng, dòng 847 gốc, 484 gốc; Báo cáo chính trị Hải Dương, dòng 580 gốc",
    );
    // 004's table and its footnote 73 differ on Hải Phòng's growth: the panel says so and links to both.
    expect(await first.locator(".goal-sources").nth(1).innerText()).toBe("Các tài liệu ghi khác nhau ở chỉ tiêu này");
    await first.locator(".goal-sources a", { hasText: "847" }).click();
    await home.waitForURL(/#/);
    expect(await home.locator(":target").innerText()).toContain("11,39");
  });

  it("offers the three ways in and every document, with counts from the data", async () => {
    const home = await open(site.phone, "/");
    const values = data.indicators.reduce((n, i) => n + i.values.length, 0);
    expect(await home.locator(".entry-points h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/tai-lieu/",
      "/chi-tieu/",
      "/tim-kiem/",
    ]);
    expect(await home.locator(".entry-points li").nth(1).innerText()).toContain(`${data.indicators.length} chỉ tiêu, ${values} giá trị`);
    const docs = home.locator(".home-docs > li");
    expect(await docs.count()).toBe(data.sources.length);
    expect(await docs.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(data.sources.map((s) => s.url));
    expect(await docs.first().innerText()).toBe(
      "Báo cáo chính trị Hải Dương\n" +
        "Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII · năm 2025\n" +
        "Kết quả 5 năm 2020–2025 và mục tiêu 2025–2030 của tỉnh Hải Dương, soạn trước khi hợp nhất.",
    );
  });

  it("sends its search box to /tim-kiem/, and “/” puts the cursor in it", async () => {
    const home = await open(site.desktop, "/");
    expect(await home.locator(".site-header .site-search").count()).toBe(0);
    await home.locator("h1").click();
    await home.keyboard.press("/");
    expect(await home.evaluate(() => document.activeElement?.id)).toBe("o-tim");
    await home.keyboard.type("nong thon moi");
    await home.keyboard.press("Enter");
    await home.waitForURL(/\/tim-kiem\/\?q=nong\+thon\+moi$/);
    // The search page, too, has one search box (its own), and “/” finds it.
    expect(await home.locator("input[type=search]").count()).toBe(1);
    await home.locator("h1").click();
    await home.keyboard.press("/");
    expect(await home.evaluate(() => document.activeElement?.id)).toBe("tu-khoa");
  });
});

describe("navigation", () => {
  it("on every page type, every link of the header, footer and breadcrumbs resolves, and the current section is marked", async () => {
    const page = await site.desktop.newPage();
    const checked = new Set<string>();
    for (const [path, section] of PAGES) {
      await page.goto(site.url + path);
      const marked = await page.locator(".site-nav a[aria-current]").allInnerTexts();
      expect([path, marked]).toEqual([path, section ? [section] : []]);
      expect(await page.locator(".site-nav a").allInnerTexts()).toEqual(["Tài liệu", "Chỉ tiêu", "So sánh", "Chủ đề", "Dữ liệu"]);
      const links = await page
        .locator(".site-header a, .site-footer a, .breadcrumbs a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      const title = (await page.title()).replace(/ · Báo cáo Hải Dương – Hải Phòng$/, "");
      // A local build has no canonical link (no site address, README).
      const canonical = await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined);
      for (const href of links) {
        if (href.startsWith("mailto:")) {
          const mail = new URL(href);
          expect(mail.pathname).toBe(settings.feedback);
          expect(mail.searchParams.get("subject")).toBe(`Báo lỗi: ${title}`);
          expect(mail.searchParams.get("body")).toContain(`Trang: ${canonical}`);
          continue;
        }
        const url = new URL(href, site.url + path).href;
        if (checked.has(url)) continue;
        checked.add(url);
        expect([url, (await page.request.get(url)).status()]).toEqual([url, 200]);
      }
    }
    expect(checked.size).toBeGreaterThan(12);
    await page.close();
  });

  it("on a phone, the menu opens and closes with the keyboard and tells screen readers its state", async () => {
    const page = await open(site.phone, SECTION);
    const button = page.locator(".menu-toggle");
    const nav = page.locator("#chuyen-muc");
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute("aria-controls")).toBe("chuyen-muc");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);
    // Tab order: skip link, site name, menu button.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("menu-toggle");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Chuyên mục");
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await nav.isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tài liệu");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).toBe("true");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("menu-toggle");
    await page.keyboard.press("Space");
    expect(await nav.isVisible()).toBe(true);
    await page.keyboard.press("Space");
    expect(await nav.isVisible()).toBe(false);
    // Open, then a tap elsewhere closes it.
    await button.click();
    expect(await nav.isVisible()).toBe(true);
    await page.locator("h1").click();
    expect(await nav.isVisible()).toBe(false);
    // The accessibility tree names the button and its state.
    expect(await page.locator(".site-header").ariaSnapshot()).toMatch(/- button "Chuyên mục"\n/);
    await page.screenshot({ path: join(SHOTS, "menu-phone-closed.png") });
    await button.click();
    expect(await page.locator(".site-header").ariaSnapshot()).toMatch(/- button "Chuyên mục" \[expanded\]\n\s*- navigation "Chuyên mục":/);
    await page.screenshot({ path: join(SHOTS, "menu-phone-open.png") });
    expect(errors).toEqual([]);
  });

  it("without JavaScript on a phone, the sections stay in view and there is no dead button", async () => {
    const page = await open(site.phoneNoJs, "/chi-tieu/");
    expect(await page.locator(".menu-toggle").isVisible()).toBe(false);
    expect(await page.locator(".site-nav a").evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length)).toBe(
      5,
    );
  });

  it("on a desktop, the sections are always in view and there is no menu button", async () => {
    const page = await open(site.desktop, "/chi-tieu/");
    expect(await page.locator(".menu-toggle").isVisible()).toBe(false);
    expect(await page.locator(".site-nav").isVisible()).toBe(true);
    const marked = page.locator(".site-nav a[aria-current]");
    expect(await marked.getAttribute("aria-current")).toBe("page");
    expect(await marked.evaluate((a) => getComputedStyle(a).borderBottomStyle)).toBe("solid");
  });

  it("every page below the top level has breadcrumbs that start at the home page", () => {
    const pages = readdirSync(DIST, { withFileTypes: true, recursive: true })
      .filter((e) => e.name === "index.html")
      .map((e) => relative(DIST, join(e.parentPath, e.name)));
    const missing = pages
      // An embed page is a chart alone, framed by another site, and a share page sends a person on: no navigation of ours.
      .filter((f) => f !== "index.html" && !f.startsWith("nhung/") && !isSharePath(`/${f}`))
      .filter(
        (f) =>
          !/<nav class="breadcrumbs" aria-label="Đường dẫn">\s*<ol>\s*<li><a href="\/">Trang chủ<\/a>/.test(
            readFileSync(join(DIST, f), "utf8"),
          ),
      );
    expect(missing).toEqual([]);
    expect(pages.length).toBeGreaterThan(200);
    expect(readFileSync(join(DIST, "index.html"), "utf8")).not.toContain('class="breadcrumbs"');
  });
});

describe("about and method", () => {
  it("covers the sources, the method, “ước”, the verdicts, the merger, the disagreements and how to report an error", async () => {
    const page = await open(site.desktop, "/gioi-thieu/");
    expect((await page.locator("article h2").allTextContents()).map((t) => t.trim())).toEqual([
      "Trong trang này",
      "Năm văn bản nguồn",
      "Văn bản được dựng lại thế nào",
      "Con số được trích và kiểm tra thế nào",
      "“Ước” nghĩa là gì",
      "Đạt, vượt, không đạt được đếm thế nào",
      "Hợp nhất năm 2025 và cách so sánh",
      "Nhịp đã đạt 2020–2025 và nhịp mục tiêu 2030 đòi hỏi",
      "Chỗ các văn bản ghi khác nhau",
      "Báo lỗi",
    ]);
    expect(await page.locator("#nguon ~ .register > li, section[aria-labelledby=nguon] .register > li").count()).toBe(data.sources.length);
    // What a document says about itself, linked to the line: 002's place and date.
    const cite = page.locator("#nguon--ctr-nq30-hai-duong a", { hasText: "dòng 5" });
    await cite.click();
    expect(await page.locator(":target").innerText()).toContain("Hải Dương, ngày 28 tháng 02 năm 2023");
    await page.goBack();
    // The build's own check, per document.
    expect(await page.locator("section[aria-labelledby=trich-xuat-van-ban] tbody tr").first().locator("td").allInnerTexts()).toEqual([
      "1761",
      "105",
      "142",
      "79",
      "82/82",
      "41 × 9; 49 × 8",
    ]);
    // “Ước”: the table column that says so.
    const uoc = page.locator("section[aria-labelledby=uoc] a").first();
    expect(spaces(await uoc.innerText())).toBe("Báo cáo chính trị Hải Dương, dòng 567");
    // Verdicts: the counts and the documents' own sentences.
    expect(await page.locator("section[aria-labelledby=danh-gia]").innerText()).toContain(
      "Hải Phòng (cũ) 11/18 (4 vượt, 7 đạt, 7 không đạt); Hải Dương (cũ) 17/19 (1 vượt, 16 đạt, 2 không đạt)",
    );
    // Reporting an error: a mail to the feedback address, with this page's address filled in.
    // A local build has no feedback address (content/site.yml): the section says whom to tell instead.
    if (settings.feedback) {
      const mail = new URL((await page.locator("section[aria-labelledby=bao-loi] a[href^='mailto:']").getAttribute("href"))!);
      expect(mail.pathname).toBe(settings.feedback);
      expect(mail.searchParams.get("body")).toMatch(/^Trang: (https?:\/\/[^/]+)?\/gioi-thieu\/\n/);
    } else expect(await page.locator("section[aria-labelledby=bao-loi]").innerText()).toContain("chưa có địa chỉ nhận báo lỗi");
    expect(errors).toEqual([]);
  });

  it("lists exactly the disagreements the indicator pages flag, each value with its source", async () => {
    const page = await open(site.desktop, "/gioi-thieu/");
    const expected = data.indicators.flatMap((ind) => disagreements(ind));
    const items = page.locator(".differences > li");
    expect(await items.count()).toBe(expected.length);
    const flaggedOnPages = data.indicators.filter((ind) => disagreements(ind).length > 0).length;
    expect(new Set(await items.evaluateAll((lis) => lis.map((li) => li.querySelector("a")!.getAttribute("href")))).size).toBe(
      flaggedOnPages,
    );
    expect(await items.filter({ hasText: "Số bác sĩ" }).first().innerText()).toContain("12,5");
    const doctors = spaces(await page.locator(".differences > li", { hasText: "bác sĩ" }).allInnerTexts());
    expect(doctors.some((t) => /12,5 .*dòng 905.*13 .*dòng 1324/s.test(t))).toBe(true);
  });

  it("says how units are made one, and lists every value of another measure with why", async () => {
    const page = await open(site.desktop, "/gioi-thieu/");
    const units = page.locator("#don-vi");
    expect(spaces(await units.innerText())).toContain(
      "Năm giá trị được đổi bằng hệ số (2,5 triệu tỷ đồng = 2.500.000 tỷ đồng; 9.801 triệu USD = 9,801 tỷ USD; " +
        "5,82 vạn lượt lao động/năm = 58.200 lượt người; 20,2 tỷ USD = 20.200 triệu USD; 3,85 tỷ USD = 3.850 triệu USD).",
    );
    const unscaled = data.indicators.flatMap((ind) =>
      ind.values
        .filter((v) => v.kind !== "status" && v.scale === undefined && (v.value ?? v.min ?? v.max) !== undefined)
        // As the pages write a figure: with its unit when the document's words have none (“42” → “42%”).
        .map((v) => `${ind.name}: ${display(v)}`),
    );
    const listed = await page.locator("#don-vi + ul > li").allInnerTexts();
    expect(listed.map((t) => t.split(" — ")[0])).toEqual(unscaled);
    expect(listed.find((t) => t.startsWith("Tỷ lệ hộ nghèo"))).toBe(
      "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều): khoảng 1,5%/năm — " +
        "mục tiêu đặt năm 2020 là mức giảm tỷ lệ hộ nghèo mỗi năm, không phải tỷ lệ hộ nghèo.",
    );
    await page.locator("#don-vi + ul > li a", { hasText: "khoảng 1,5%/năm" }).click();
    expect(await page.locator(":target").innerText()).toContain("khoảng 1,5%/năm");
  });
});

/** Relative luminance of a CSS rgb() colour, as WCAG defines it. */
const luminance = (rgb: string): number => {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => Number(c) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe("one visual language", () => {
  it("tells Vượt, Đạt and Không đạt apart in greyscale, in light and dark, each with its mark and word", async () => {
    const page = await open(site.desktop, "/gioi-thieu/");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const badges = await page.locator(".verdict-legend .verdict").evaluateAll((els) =>
        els.map((e) => ({
          text: e.textContent,
          mark: getComputedStyle(e, "::before").content,
          bg: getComputedStyle(e).backgroundColor,
          fg: getComputedStyle(e).color,
          page: getComputedStyle(document.body).backgroundColor,
        })),
      );
      expect(badges.map((b) => [b.mark, b.text])).toEqual([
        ['"▲"', "Vượt"],
        ['"✓"', "Đạt"],
        ['"✕"', "Không đạt"],
      ]);
      const lum = badges.map((b) => luminance(b.bg));
      // In greyscale the three fills differ in lightness, in order (light: dark → light; dark: light → dark).
      const ordered = scheme === "light" ? lum : [...lum].reverse();
      expect([scheme, ordered[0]! < ordered[1]! && ordered[1]! < ordered[2]!]).toEqual([scheme, true]);
      for (let i = 1; i < 3; i++) expect(Math.abs(contrast(badges[i]!.bg, badges[i - 1]!.bg))).toBeGreaterThan(1.4);
      for (const b of badges) expect(contrast(b.fg, b.bg)).toBeGreaterThan(4.5);
    }
  });

  it("speaks Vietnamese throughout the interface: no English word in navigation, controls, labels, captions or hints", async () => {
    const words = [
      "the and of search menu close open copy link next previous home download filter sort loading error results?",
      "page skip table chart source back share print show hide more less submit clear",
    ];
    const ENGLISH = new RegExp(String.raw`\b(${words.join(" ").split(" ").join("|")})\b`, "i");
    const page = await site.phone.newPage();
    const found: string[] = [];
    for (const [path] of PAGES) {
      await page.goto(site.url + path);
      if (path.startsWith("/tim-kiem/"))
        await page.waitForFunction(() => /kết quả cho/.test(document.getElementById("trang-thai")!.textContent ?? ""));
      const texts = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll(
          ".site-header, .site-footer, .breadcrumbs, nav, button, label, legend, summary, caption, figcaption, thead, .note, .pager, .skip-link, [role=status]",
        ))
          out.push((el as HTMLElement).innerText);
        for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]"))
          for (const a of ["aria-label", "title", "placeholder", "alt"]) {
            const v = el.getAttribute(a);
            if (v) out.push(v);
          }
        out.push(document.title);
        return out;
      });
      for (const t of texts) {
        const m = ENGLISH.exec(t);
        if (m) found.push(`${path}: “${m[0]}” in “${t.slice(0, 80)}”`);
      }
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it("the home page at phone and desktop sizes, in light and dark (screenshots), never wider than the window", async () => {
    for (const [name, ctx] of [
      ["phone", site.phone],
      ["desktop", site.desktop],
    ] as const) {
      const page = await ctx.newPage();
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url + "/");
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({ path: join(SHOTS, `home-${name}-${scheme}.png`), fullPage: true });
      }
      await page.close();
    }
  });
});
