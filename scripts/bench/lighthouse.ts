/**
 * Lighthouse (mobile, its default) for each page type, pointed at Debian's Chromium: the
 * performance and accessibility scores and the Core Web Vitals it measures in the lab. Each page
 * is measured RUNS times and the run with the median performance score is kept, as Lighthouse's
 * own guidance on variability advises: one run of a page whose main thread is busy (the explorer)
 * swings by 5–9 points on this 2-core machine.
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
export const RUNS = 3;

export async function measureLighthouse(urls: Record<string, string>): Promise<Record<string, LighthouseRow>> {
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: FLAGS });
  const out: Record<string, LighthouseRow> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const runs: LighthouseRow[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(url, chrome.port));
      out[name] = runs.sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)[Math.floor(RUNS / 2)]!;
    }
  } finally {
    chrome.kill();
  }
  return out;
}

async function measureOnce(url: string, port: number): Promise<LighthouseRow> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    onlyCategories: ["performance", "accessibility"],
    logLevel: "error",
  });
  const lhr = result!.lhr;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
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
