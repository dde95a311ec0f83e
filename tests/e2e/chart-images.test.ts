/**
 * An indicator's chart as an image, as a reader gets it from the served site: the PNG (its size
 * read from the file's header) and the SVG it is drawn from (parsed by the browser, and shown as
 * an image), and the two links under the chart on the indicator's page, not on its embed page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FONT_SETS, launch, openPage } from "./browser.ts";
import { get } from "./http.ts";
import { DIST, serveDist } from "./serve.ts";

let site: { url: string; close: () => Promise<void> };
let ctx: BrowserContext;
beforeAll(async () => {
  site = await serveDist();
  ctx = await launch({ width: 1280, height: 900 });
});
afterAll(async () => {
  await ctx?.close();
  await site?.close();
});

const ID = "ty-le-do-thi-hoa";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("an indicator's chart image", () => {
  it("is a PNG at least 1200 px wide", async () => {
    const res = await get(`${site.url}/chi-tieu/${ID}/bieu-do.png`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(res.headers["cache-control"]).toBe("public, no-cache");
    expect([...res.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: width and height, big-endian, after its length and type.
    expect(res.body.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(res.body.readUInt32BE(16)).toBe(1200);
    expect(res.body.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it("is an SVG the browser parses and shows 1200 px wide, with the indicator's name and sources in it", async () => {
    const res = await get(`${site.url}/chi-tieu/${ID}/bieu-do.svg`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("public, no-cache");
    expect((await get(`${site.url}/chi-tieu/${ID}/bieu-do.svg`, { "accept-encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");
    const errors: string[] = [];
    const page = await openPage(ctx, `${site.url}/chi-tieu/${ID}/`, errors);
    const parsed = await page.evaluate(async (src) => {
      const text = await (await fetch(src)).text();
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const img = new Image();
      img.src = src;
      await img.decode();
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
        width: img.naturalWidth,
      };
    }, `/chi-tieu/${ID}/bieu-do.svg`);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.width).toBe(1200);
    expect(parsed.texts).toContain("Tỷ lệ đô thị hóa");
    expect(parsed.texts.some((t) => t.startsWith("Nguồn: Báo cáo chính trị Hải Dương, dòng 86, 820, 823, 1243, 1245;"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is offered under the chart on the indicator's page, both files, to download; not on the embed page", async () => {
    const errors: string[] = [];
    const page = await openPage(ctx, `${site.url}/chi-tieu/${ID}/`, errors);
    const offer = page.locator("#bieu-do + .chart-downloads");
    await expect(offer.isVisible()).resolves.toBe(true);
    expect(await offer.textContent()).toMatch(/^\s*Tải biểu đồ thành ảnh, có tên, đơn vị và nguồn:\s+SVG\s+·\s+PNG\s*$/);
    const links = await offer
      .locator("a")
      .evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute("href"), a.hasAttribute("download")]));
    expect(links).toEqual([
      ["SVG", `/chi-tieu/${ID}/bieu-do.svg`, true],
      ["PNG", `/chi-tieu/${ID}/bieu-do.png`, true],
    ]);
    const embed = await openPage(ctx, `${site.url}/nhung/chi-tieu/${ID}/`, errors);
    expect(await embed.locator('a[href$="bieu-do.png"], a[href$="bieu-do.svg"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await embed.close();
  });

  it("keeps every text of every chart's SVG inside the image when a browser shows it in another font (DejaVu, Liberation, Noto)", async () => {
    const ids = readdirSync(join(DIST, "chi-tieu")).filter((id) => existsSync(join(DIST, "chi-tieu", id, "bieu-do.svg")));
    for (const fonts of FONT_SETS) {
      const other = await launch({ width: 1280, height: 900 }, { fonts: fonts.name });
      const page = await other.newPage();
      const outside: string[] = [];
      for (const id of ids) {
        await page.goto(`${site.url}/chi-tieu/${id}/bieu-do.svg`);
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll("text")].map((t) => {
            const b = t.getBBox();
            return { from: b.x, to: b.x + b.width, text: t.textContent };
          }),
        );
        outside.push(...boxes.filter((b) => b.from < 0 || b.to > 1200).map((b) => `${fonts.name} ${id}: ${b.text}`));
      }
      await other.close();
      expect(outside).toEqual([]);
    }
  }, 120_000);

  it("exists, as SVG and PNG, for every indicator whose page draws a chart, and only for those", () => {
    const ids = readdirSync(join(DIST, "chi-tieu"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const has = (id: string, file: string) => existsSync(join(DIST, "chi-tieu", id, file));
    const drawn = ids.filter((id) =>
      readFileSync(join(DIST, "chi-tieu", id, "index.html"), "utf8").includes('<figure class="chart-figure ichart-figure" id="bieu-do"'),
    );
    expect(drawn.length).toBeGreaterThan(50);
    expect(ids.filter((id) => has(id, "bieu-do.svg"))).toEqual(drawn);
    expect(ids.filter((id) => has(id, "bieu-do.png"))).toEqual(drawn);
  });
});
