/**
 * The real embed pages of dist/, served by nginx, framed by a page on another loopback origin:
 * the chart shows with its title, unit and sources and no console error; the indicator page
 * itself refuses to be framed; and the indicator page offers the <iframe> snippet to copy.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, spaces } from "./browser.ts";
import { framingOrigin, get } from "./http.ts";
import { ROOT, serveDist } from "./serve.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";

let site: { url: string; close: () => Promise<void> };
let other: { url: string; close: () => Promise<void> };
let ctx: BrowserContext;
beforeAll(async () => {
  site = await serveDist();
  other = await framingOrigin();
  ctx = await launch({ width: 800, height: 1000 });
});
afterAll(async () => {
  await ctx?.close();
  await other?.close();
  await site?.close();
});

async function framed(path: string) {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${other.url}/?src=${encodeURIComponent(site.url + path)}`);
  await page.waitForLoadState("load");
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return { page, frame, errors };
}

describe("an indicator's embed page", () => {
  it("shows the chart alone in another site's frame: title, unit, bars, sources, a link back, no error", async () => {
    const { page, frame, errors } = await framed("/nhung/chi-tieu/ty-le-do-thi-hoa/");
    await frame.waitForSelector("#bieu-do");
    expect(await frame.locator(".chart-title").innerText()).toBe("Tỷ lệ đô thị hóa");
    expect(await frame.locator(".chart-unit").innerText()).toBe("Đơn vị: %; mọi thanh cùng một thang, tính từ 0.");
    expect(await frame.locator("#bieu-do svg").count()).toBeGreaterThan(1);
    expect(spaces(await frame.locator(".chart-source").innerText())).toMatch(/^Nguồn: Báo cáo chính trị Hải Dương, dòng /);
    // No site navigation; every link opens the site in a new tab, the credit leads to the indicator.
    expect(await frame.locator("header, nav, footer").count()).toBe(0);
    expect(await frame.locator("base").getAttribute("target")).toBe("_blank");
    expect(await frame.locator(".embed-credit a").getAttribute("href")).toMatch(/\/chi-tieu\/ty-le-do-thi-hoa\/$/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: "test-results/screenshots/embed-framed.png" });
    await page.close();
  });

  it("may be framed by any site, while the indicator page may not", async () => {
    expect((await get(`${site.url}/nhung/chi-tieu/ty-le-do-thi-hoa/`)).headers["content-security-policy"]).toMatch(/; frame-ancestors \*$/);
    const { page, frame, errors } = await framed("/chi-tieu/ty-le-do-thi-hoa/");
    // Chromium shows its own “blocked” page in the frame, not the indicator's.
    expect(await frame.evaluate(() => document.title).catch(() => "")).not.toContain("Tỷ lệ đô thị hóa");
    expect(errors.join("\n")).toContain("frame-ancestors 'none'");
    await page.close();
  });

  // Another site needs the absolute address: a local build offers no code.
  it.skipIf(!siteOrigin(ROOT))("is offered on the indicator page as an <iframe> snippet to copy, with its title and a height", async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/chi-tieu/ty-le-do-thi-hoa/`);
    // The chart's own link control is named by the chart's title.
    expect(await page.locator("#bieu-do > .copy-link").getAttribute("aria-label")).toBe("Chép liên kết đến: Tỷ lệ đô thị hóa");
    await page.locator(".embed-offer summary").click();
    const code = await page.locator(".embed-offer textarea").inputValue();
    expect(code).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/nhung\/chi-tieu\/ty-le-do-thi-hoa\/" title="Biểu đồ: Tỷ lệ đô thị hóa" width="100%" height="\d+" style="border:0;max-width:760px" loading="lazy"><\/iframe>$/,
    );
    // Tapped, the whole code is selected, ready to copy.
    await page.locator(".embed-offer textarea").click();
    expect(await page.locator(".embed-offer textarea").evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd])).toEqual([
      0,
      code.length,
    ]);
    await page.close();
  });
});
