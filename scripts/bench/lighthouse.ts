/**
 * Lighthouse (mobile, its default) for each page type, pointed at Debian's Chromium: the
 * performance and accessibility scores and the Core Web Vitals it measures in the lab.
 */
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { CHROMIUM_ARGS } from "../../tests/e2e/browser.ts";

export interface LighthouseRow {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  failedAccessibilityAudits: string[];
}

const FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

export async function measureLighthouse(urls: Record<string, string>): Promise<Record<string, LighthouseRow>> {
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: FLAGS });
  const out: Record<string, LighthouseRow> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        onlyCategories: ["performance", "accessibility"],
        logLevel: "error",
      });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      out[name] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
        tbtMs: Math.round(audit("total-blocking-time")),
        fcpMs: Math.round(audit("first-contentful-paint")),
        failedAccessibilityAudits: (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((r) => (lhr.audits[r.id]?.score ?? 1) < 1 && r.weight > 0)
          .map((r) => r.id),
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}
