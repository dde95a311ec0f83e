/**
 * Who may frame the site, in Chromium, through nginx with the generated configuration, on a
 * small fixture site (a home page, an embed page under /nhung/chi-tieu/, a reading page and a
 * moved page, each with a <meta> policy like the site's), so that the rules are tested apart from
 * the content; tests/e2e/embed.test.ts frames the real embed pages. The framing page is on a
 * second loopback origin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx, type Served } from "../../scripts/deploy/serve.ts";
import { redirectsFile } from "../../scripts/deploy/static-host.ts";
import { readSite } from "../../scripts/deploy/site.ts";
import { compressSite } from "../../scripts/deploy/compress.ts";
import { launch } from "./browser.ts";
import { framingOrigin, get } from "./http.ts";

const POLICY = "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';";
const page = (title: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY}">` +
  `<title>${title}</title></head><body><h1>${title}</h1><p>${"Một đoạn văn của trang. ".repeat(20)}</p></body></html>\n`;
const FILES: Record<string, string> = {
  "index.html": page("Trang chủ"),
  "404.html": page("Không tìm thấy trang"),
  "nhung/chi-tieu/x/index.html": page("Biểu đồ nhúng"),
  "tai-lieu/a/index.html": page("Trang đọc"),
  "cu/index.html":
    '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/tai-lieu/a/"><title>Trang đã chuyển</title>\n',
};
const REDIRECTS = [{ from: "/cu/", to: "/tai-lieu/a/" }];

let site: Served;
let other: { url: string; close: () => Promise<void> };
let otherUrl = "";
let ctx: BrowserContext;
const dist = mkdtempSync(join(tmpdir(), "bc-fixture-dist-"));

beforeAll(async () => {
  for (const [f, html] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    writeFileSync(join(dist, f), html);
  }
  compressSite(dist);
  site = await startNginx({ dist, redirects: REDIRECTS });
  // Another origin (another port): a page that frames the address it is given.
  other = await framingOrigin();
  otherUrl = other.url;
  ctx = await launch({ width: 1000, height: 700 });
});
afterAll(async () => {
  await ctx?.close();
  await other?.close();
  await site?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Opens the other origin's page framing `path` of the site; returns the page and its console errors. */
async function framed(path: string): Promise<{ page: Page; errors: string[]; heading: string | null }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const response = page.waitForResponse((r) => r.url() === site.url + path);
  await page.goto(`${otherUrl}/?src=${encodeURIComponent(site.url + path)}`);
  expect((await response).status()).toBe(200);
  await page.waitForLoadState("load");
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  const heading = await frame.evaluate(() => document.querySelector("h1")?.textContent ?? null).catch(() => null);
  return { page, errors, heading };
}

describe("framing from another origin", () => {
  it("an embed page (/nhung/chi-tieu/…) loads in another site's frame", async () => {
    const { page, errors, heading } = await framed("/nhung/chi-tieu/x/");
    expect(heading).toBe("Biểu đồ nhúng");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a reading page is refused by the browser: frame-ancestors 'none'", async () => {
    const { page, errors, heading } = await framed("/tai-lieu/a/");
    expect(heading).not.toBe("Trang đọc");
    expect(errors.join("\n")).toContain("frame-ancestors 'none'");
    await page.close();
  });

  it("the headers say so: frame-ancestors * and no X-Frame-Options on the embed page, 'none' and DENY elsewhere", async () => {
    const embed = await get(`${site.url}/nhung/chi-tieu/x/`);
    expect(embed.headers["content-security-policy"]).toBe(`${POLICY.replace(/;$/, "")}; frame-ancestors *`);
    expect(embed.headers["x-frame-options"]).toBeUndefined();
    for (const path of ["/", "/tai-lieu/a/"]) {
      const r = await get(site.url + path);
      expect(r.headers["content-security-policy"], path).toBe(`${POLICY.replace(/;$/, "")}; frame-ancestors 'none'`);
      expect(r.headers["x-frame-options"], path).toBe("DENY");
    }
  });
});

describe("a declared redirect", () => {
  it("is a real 301 to its new place, with or without the slash; the redirect page stays for hosts without rules", async () => {
    for (const path of ["/cu/", "/cu"]) {
      const r = await get(site.url + path);
      expect(r.status, path).toBe(301);
      expect(r.headers.location, path).toBe("/tai-lieu/a/");
    }
    expect(readFileSync(join(dist, "cu/index.html"), "utf8")).toContain('url=/tai-lieu/a/"');
    expect(redirectsFile(readSite(dist, REDIRECTS))).toContain("\n/cu/ /tai-lieu/a/ 301\n");
  });

  it("a browser that follows it lands on the page", async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/cu/`);
    expect(page.url()).toBe(`${site.url}/tai-lieu/a/`);
    expect(await page.locator("h1").textContent()).toBe("Trang đọc");
    await page.close();
  });
});
