/** Debian's Chromium for the benchmark: the browser tests' launcher, at a phone's size by default. */
import type { BrowserContext } from "playwright-core";
import { launch } from "../../tests/e2e/browser.ts";

export const benchBrowser = (viewport = { width: 412, height: 823 }): Promise<BrowserContext> => launch(viewport);
