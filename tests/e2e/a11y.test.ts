/** Accessibility of every page type: axe-core (WCAG 2.2 A and AA rules, and its best practices) in Chromium, light and dark. */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openPage } from "./browser.ts";
import { useSite } from "./use-site.ts";
import { DIST } from "./serve.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const indicator = readdirSync(join(DIST, "chi-tieu"), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const PAGES = [
  "/",
  "/tai-lieu/",
  "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/",
  "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/",
  "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phu-luc-1-ket-qua-thuc-hien-cac-chi/",
  "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/ban-goc/",
  "/chi-tieu/",
  `/chi-tieu/${indicator}/`,
  "/chi-tieu/tang-truong-grdp/",
  "/nhung/chi-tieu/tang-truong-grdp/",
  "/so-sanh/",
  "/chu-de/",
  "/chu-de/y-te/",
  "/van-ban/",
  "/thuat-ngu/",
  "/du-lieu/",
  "/gioi-thieu/",
  "/tim-kiem/?q=GRDP",
  "/khong-co-trang-nay/",
];

const site = useSite({ phone: { width: 390, height: 844 } });
const errors: string[] = [];

async function violations(path: string, scheme: "light" | "dark"): Promise<string[]> {
  const page = await openPage(site.phone, site.url + path, errors);
  await page.emulateMedia({ colorScheme: scheme });
  if (path.startsWith("/tim-kiem/"))
    await page.waitForFunction(() => /kết quả cho/.test(document.getElementById("trang-thai")!.textContent ?? ""));
  // axe is added as a script of the page under test (the CSP would refuse an inline one).
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  await page.close();
  return result.violations.map(
    (v) =>
      `${path} (${scheme}): ${v.id} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}

// One test per page and scheme: each has the browser project's timeout, and a slow page is named.
describe("accessibility: axe finds no WCAG 2.2 A/AA violation and no best-practice failure", () => {
  it.each(PAGES.flatMap((path) => (["light", "dark"] as const).map((scheme) => [path, scheme] as const)))(
    "%s in %s",
    async (path, scheme) => {
      expect(await violations(path, scheme)).toEqual([]);
    },
  );
});
