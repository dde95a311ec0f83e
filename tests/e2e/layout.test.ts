/**
 * Layout under several fonts: a label laid out for one font's widths clips or overlaps in another,
 * so every check of layout runs under each font set-up of FONT_SETS (a fontconfig file chosen with
 * FONTCONFIG_FILE; nothing on the machine changes). On a 360 px touch phone every page is checked,
 * at 1280 px every page that draws something. What is measured: tests/e2e/layout-checks.ts.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { isSharePath } from "../../scripts/model/share.ts";
import { FONT_SETS, SHOTS } from "./browser.ts";
import { layoutScript, type LayoutReport } from "./layout-checks.ts";
import { DIST } from "./serve.ts";
import { useSite } from "./use-site.ts";

const all = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name === "index.html")
  .map((e) => `/${relative(DIST, join(e.parentPath, e.name)).replace(/index\.html$/, "")}`)
  .sort();
/** An embed page is its indicator's chart alone, drawn by the same component: one of them stands for all. */
const EMBED = "/nhung/chi-tieu/ty-le-do-thi-hoa/";
/** Share pages (`/l/…`) are not laid out: each sends the browser on to its section at once (sharing.test.ts looks at one at 360 px). */
const pages = all.filter((p) => (!p.startsWith("/nhung/") || p === EMBED) && !isSharePath(p));
/** The pages that draw: the home page, the comparison, each document's map, each indicator's chart, an embed page. */
const DRAWING = ["/", "/so-sanh/", ...pages.filter((p) => /^\/(tai-lieu\/[^/]+|chi-tieu\/[^/]+)\/$/.test(p)), EMBED];

/** A page of each type whose controls are added by scripts (copy-link buttons, the phone menu, the explorer's filters). */
const SHIFT_PAGES = [
  "/",
  "/chu-de/kinh-te-va-tang-truong/",
  "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/",
  "/tai-lieu/bao-cao-chinh-tri-hai-phong-2025-2030/phu-luc-1-ket-qua-thuc-hien-cac-chi/",
  "/chi-tieu/",
  "/chi-tieu/tang-truong-grdp/",
  "/so-sanh/",
  "/gioi-thieu/",
];

/** The family the browser really uses for a page's heading (DevTools protocol, not CSS). */
async function fontOf(ctx: BrowserContext, url: string, selector: string): Promise<string[]> {
  const page = await ctx.newPage();
  await page.goto(url);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await page.close();
  return [...new Set(fonts.map((f) => f.familyName))];
}

async function check(ctx: BrowserContext, base: string, paths: string[]) {
  const page = await ctx.newPage();
  const problems: string[] = [];
  let texts = 0,
    labels = 0,
    curves = 0;
  for (const path of paths) {
    await page.goto(base + path);
    const r = await page.evaluate<LayoutReport>(layoutScript);
    problems.push(...r.problems.map((p) => `${path}: ${p}`));
    texts += r.texts;
    labels += r.labels;
    curves += r.curves;
  }
  await page.close();
  return { problems, texts, labels, curves };
}

for (const fonts of FONT_SETS) {
  describe(`with ${fonts.family} as the reader's font`, () => {
    const site = useSite({
      phone: { width: 360, height: 800, touch: true, fonts: fonts.name },
      desktop: { width: 1280, height: 900, fonts: fonts.name },
    });

    it("is the font the browser draws with", async () => {
      expect(await fontOf(site.phone, `${site.url}/`, "main h1")).toEqual([fonts.family]);
      expect(await fontOf(site.desktop, `${site.url}/so-sanh/`, "main p")).toEqual([fonts.family]);
    });

    it("on a 360 px touch phone: no page scrolls sideways, and no label of a drawing is cut, overflows or overlaps", async () => {
      const r = await check(site.phone, site.url, pages);
      expect(r.problems).toEqual([]);
      expect(pages.length).toBeGreaterThan(200);
      // No drawing holds text (every label is HTML), and it looked at the labels of every chart, map and bar.
      expect(r.texts).toBe(0);
      expect(r.labels).toBeGreaterThan(500);
    }, 300_000);

    it("on a phone, nothing moves once the page has painted: the controls scripts add keep their place, whatever the font", async () => {
      // Each page's layout shift in all (the sum of the browser's layout-shift entries) against the
      // benchmark's budget for CLS, 0.01; a shift is listed with the elements that moved.
      const over: string[] = [];
      for (const path of SHIFT_PAGES) {
        const page = await site.phone.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: string[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
              w.shifts.push(
                `${e.value.toFixed(4)} ${e.sources.map((x) => (x.node as Element | undefined)?.className ?? x.node?.nodeName).join(", ")}`,
              );
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(site.url + path);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        const total = shifts.reduce((n, x) => n + Number(x.split(" ")[0]), 0);
        if (total > 0.01) over.push(`${path}: ${total.toFixed(4)} (${shifts.join("; ")})`);
        await page.close();
      }
      expect(over).toEqual([]);
    });

    it("on a touch screen, every link control is visible and at least 24 × 24 px", async () => {
      const page = await site.phone.newPage();
      await page.goto(`${site.url}/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/`);
      const sizes = await page.locator("main button.copy-link").evaluateAll((bs) =>
        bs.map((b) => {
          const r = b.getBoundingClientRect();
          return { w: r.width, h: r.height, opacity: Number(getComputedStyle(b).opacity) };
        }),
      );
      await page.close();
      expect(sizes.length).toBeGreaterThan(20);
      expect(sizes.filter((s) => s.w < 24 || s.h < 24 || s.opacity < 0.5)).toEqual([]);
    });

    it("at 1280 px: the same on every page that draws, and each curve of a document map ends at its label", async () => {
      const r = await check(site.desktop, site.url, DRAWING);
      expect(r.problems).toEqual([]);
      expect(DRAWING.length).toBeGreaterThan(60);
      expect(r.curves).toBeGreaterThan(30);
      const page = await site.desktop.newPage();
      await page.goto(`${site.url}/tai-lieu/chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong/`);
      await page.locator("#ban-do-tai-lieu").screenshot({ path: join(SHOTS, `doc-map-${fonts.name}.desktop.png`) });
      await page.goto(`${site.url}/`);
      await page.locator(".goal-grid").screenshot({ path: join(SHOTS, `home-goals-${fonts.name}.desktop.png`) });
      await page.close();
    }, 300_000);
  });
}
