/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where the browser tests leave their screenshots. */
export const SHOTS = join(import.meta.dirname, "../../test-results/screenshots");

/** The flags Chromium needs on these machines (also used by the benchmark). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The font set-ups layout is tested under, each a fontconfig file in tests/e2e/fonts/ that makes
 * one font every sans-serif text (system-ui included): DejaVu Sans (wide; what system-ui is on a
 * fresh Debian machine), Liberation Sans (Arial's widths, narrow) and Noto Sans (Android's; the
 * copy in scripts/previews/fonts/). DejaVu and Liberation are Debian's fonts-dejavu-core and
 * fonts-liberation2, which .ci/run installs when they are missing.
 */
export const FONT_SETS = [
  { name: "dejavu", family: "DejaVu Sans" },
  { name: "liberation", family: "Liberation Sans" },
  { name: "noto", family: "Noto Sans" },
] as const;
export type FontSet = (typeof FONT_SETS)[number]["name"];

export interface LaunchOptions {
  javaScriptEnabled?: boolean;
  /** A phone: touch, a mobile viewport and a device scale of 2. */
  touch?: boolean;
  /** A font set-up of FONT_SETS; without it, whatever fonts the machine has. */
  fonts?: FontSet;
}

/** One Chromium per font set-up (fontconfig is read at a browser's start), with how many contexts it has open. */
const browsers = new Map<string, { browser: Promise<Browser>; open: number }>();

/**
 * A fresh browser context (its own cookies, storage and cache) of the shared Chromium for its font
 * set-up, started on first use and closed with the last context of it: a test file's phone,
 * tablet and desktop are pages of one browser, not three browsers started one after the other.
 */
export async function launch(viewport: { width: number; height: number }, options: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath))
    throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  const key = options.fonts ?? "";
  let entry = browsers.get(key);
  if (!entry) {
    const browser = chromium.launch({
      executablePath,
      headless: true,
      ...(options.fonts ? { env: { ...process.env, FONTCONFIG_FILE: join(import.meta.dirname, "fonts", `${options.fonts}.conf`) } } : {}),
      args: CHROMIUM_ARGS,
    });
    entry = { browser, open: 0 };
    browsers.set(key, entry);
  }
  entry.open++;
  const shared = entry;
  const ctx = await (
    await shared.browser
  ).newContext({
    viewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
  ctx.on("close", () => {
    if (--shared.open > 0) return;
    browsers.delete(key);
    void shared.browser.then((b) => b.close());
  });
  return ctx;
}

/** Opens a page and records its console errors, page errors and failed or refused requests in `errors`. */
export async function openPage(ctx: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await ctx.newPage();
  const path = new URL(url).pathname;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${path}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${path}: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`${path}: request failed ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${path}: ${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  return page;
}

/** Text with its no-break spaces (“dòng\u00a0905\u00a0gốc” stays on one line) read as spaces. */
export const spaces = <T extends string | string[]>(t: T): T =>
  (Array.isArray(t) ? t.map((s) => s.replace(/\u00a0/g, " ")) : t.replace(/\u00a0/g, " ")) as T;
