/** Every anchor move declared in content/redirects.yml reaches its place in the HTML alone, without JavaScript. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRedirects } from "../../scripts/publish/redirects.ts";
import { openPage } from "./browser.ts";
import { DIST, ROOT } from "./serve.ts";
import { useSite } from "./use-site.ts";

const html = (url: string): string => readFileSync(join(DIST, url, "index.html"), "utf8");
const hasId = (page: string, id: string): boolean => page.includes(` id="${id}"`);
const moves = [...readRedirects(ROOT).values()].filter((r) => r.from.includes("#"));

describe("declared anchor moves without JavaScript", () => {
  it("has an element with the old id on the page a visitor lands on, at the new place or linking to it", () => {
    const unresolved = moves.filter((r) => {
      const [fromUrl, fromId] = r.from.split("#") as [string, string];
      const [toUrl, toId] = r.to.split("#") as [string, string | undefined];
      if (!existsSync(join(DIST, fromUrl, "index.html"))) return true;
      const page = html(fromUrl);
      if (fromUrl === toUrl) return !hasId(page, fromId) || (toId !== undefined && !hasId(page, toId));
      // Another page: the old id is a note holding the link to the new place.
      const note = new RegExp(`<p id="${fromId}" class="anchor-moved">[^]*?</p>`).exec(page)?.[0] ?? "";
      return !note.includes(`href="${r.to}"`) || (toId !== undefined && !hasId(html(toUrl), toId));
    });
    expect(moves.length).toBeGreaterThan(0);
    expect(unresolved.map((r) => r.from)).toEqual([]);
  });

  const site = useSite({ noScript: { width: 1280, height: 900, javaScriptEnabled: false } });

  it("shows the note of an anchor moved to another page only to the visitor who came with it", async () => {
    const cross = moves.find((r) => r.from.split("#")[0] !== r.to.split("#")[0])!;
    const [fromUrl, fromId] = cross.from.split("#") as [string, string];
    const page = await openPage(site.noScript, `${site.url}${fromUrl}#${fromId}`, []);
    const note = page.locator(`[id="${fromId}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator("a").getAttribute("href")).toBe(cross.to);
    await page.goto(`${site.url}${fromUrl}`);
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });
});
