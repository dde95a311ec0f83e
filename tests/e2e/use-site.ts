/** The served site and browser contexts a test file needs, opened before its tests and closed after. */
import { mkdirSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch, SHOTS, type LaunchOptions } from "./browser.ts";
import { serveDist } from "./serve.ts";

type ContextSpec = { width: number; height: number } & LaunchOptions;

/**
 * For the tests of a file (or of the describe block it is called in): serves dist/ and opens one
 * browser context per entry, before the tests, and closes them all after. The returned object is
 * filled in when the tests run: `site.url` and `site.<name>`.
 */
export function useSite<K extends string>(contexts: Record<K, ContextSpec>): { url: string } & Record<K, BrowserContext> {
  const site = { url: "" } as { url: string } & Record<K, BrowserContext>;
  let close = async (): Promise<void> => {};
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const server = await serveDist();
    site.url = server.url;
    const opened: BrowserContext[] = [];
    close = async () => {
      for (const ctx of opened) await ctx.close();
      await server.close();
    };
    for (const [name, { width, height, ...options }] of Object.entries(contexts) as [K, ContextSpec][]) {
      const ctx = await launch({ width, height }, options);
      opened.push(ctx);
      site[name] = ctx as (typeof site)[K];
    }
  });
  afterAll(() => close());
  return site;
}
