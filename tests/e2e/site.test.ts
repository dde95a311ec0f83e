/** Whole-site checks over the built dist/: links and anchors, valid HTML, a second identical build (phone width: layout.test.ts). */
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./serve.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";
import { collectPublished } from "../../scripts/publish/collect.ts";
import { compareWithManifest, parseManifest } from "../../scripts/publish/manifest.ts";
import { readRedirects } from "../../scripts/publish/redirects.ts";
import { isSharePath } from "../../scripts/model/share.ts";

const ROOT = join(import.meta.dirname, "../..");
const ORIGIN = siteOrigin(ROOT);
const FEEDBACK = (JSON.parse(readFileSync(join(ROOT, "generated/settings.json"), "utf8")) as { feedback: string }).feedback;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const pages = files(DIST).filter((f) => f.endsWith("index.html"));
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
/** The share pages (`/l/<code>/`): thousands of small pages written by one function, so a sample of them stands for all in the slow checks. */
const sharePages = pages.filter((f) => isSharePath(urlOf(f)));
const SHARE_SAMPLE = sharePages.filter((_, i) => i % 50 === 0);

describe("links", () => {
  it("every internal link leads to a page, and every #anchor to an element on it", () => {
    const ids = new Map(
      pages.map((f) => [urlOf(f), new Set([...readFileSync(join(DIST, f), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]),
    );
    const broken: string[] = [];
    let checked = 0;
    for (const f of pages) {
      const html = readFileSync(join(DIST, f), "utf8");
      for (const [, full] of html.matchAll(/\shref="([^"]+)"/g)) {
        // The canonical address is absolute, on the site's own origin.
        const href = ORIGIN && full!.startsWith(ORIGIN) ? full!.slice(ORIGIN.length) : full;
        // The one mailto: link allowed is the feedback address of content/site.yml (“Báo lỗi”).
        if (href!.startsWith("mailto:")) {
          if (!href!.startsWith(`mailto:${FEEDBACK}?subject=`)) broken.push(`${urlOf(f)} → ${href}`);
          continue;
        }
        // The empty icon of a share page, so that a browser asks for no /favicon.ico on its way on.
        if (href === "data:," && isSharePath(urlOf(f))) continue;
        if (/^(https?:)?\/\//.test(href!)) {
          broken.push(`${urlOf(f)} → external ${href}`);
          continue;
        }
        const [path, hash] = href!.split("#");
        const target = path ? new URL(path, `http://x${urlOf(f)}`).pathname : urlOf(f);
        checked++;
        if (!target.endsWith("/")) {
          if (!existsSync(join(DIST, target))) broken.push(`${urlOf(f)} → ${href} (no such file)`);
          continue;
        }
        if (!ids.has(target)) broken.push(`${urlOf(f)} → ${href}`);
        else if (hash && !ids.get(target)!.has(decodeURIComponent(hash))) broken.push(`${urlOf(f)} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  });
});

describe("valid HTML", () => {
  it("the Nu Html Checker (vnu.jar, needs Java) finds no error in any built page (of the share pages, one in 50)", () => {
    const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
    const checked = files(DIST).filter((f) => f.endsWith(".html") && !isSharePath(urlOf(f)));
    expect(SHARE_SAMPLE.length).toBeGreaterThan(20);
    // vnu writes its JSON report to stderr and exits with 1 when it finds an error.
    const run = spawnSync(
      "java",
      ["-jar", jar, "--errors-only", "--format", "json", ...[...checked, ...SHARE_SAMPLE].map((f) => join(DIST, f))],
      {
        encoding: "utf8",
      },
    );
    if (run.error) throw new Error(`cannot run java (install a JRE, e.g. apt-get install default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr) as { messages: { url: string; message: string; extract?: string }[] };
    expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//, "/")}: ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});

describe("safety", () => {
  it("no page has an inline event handler, a javascript: link or a script from elsewhere", () => {
    const bad: string[] = [];
    for (const f of pages) {
      const html = readFileSync(join(DIST, f), "utf8");
      for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+=|href="javascript:|<script[^>]+src="(?!\/)/gi))
        bad.push(`${urlOf(f)}: ${m[0].slice(0, 60)}`);
      // A share page has no script or style to allow: the server's header policy covers it.
      if (isSharePath(urlOf(f))) {
        if (/<script|<style|\sstyle=/.test(html)) bad.push(`${urlOf(f)}: a script or style on a share page`);
      } else if (!html.includes('<meta http-equiv="content-security-policy" content="default-src \'self\';'))
        bad.push(`${urlOf(f)}: no CSP`);
    }
    expect(sharePages.length).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});

describe("determinism", () => {
  it("a second build of the site, search index, .gz copies and _headers included, is byte-identical to dist/", () => {
    const other = mkdtempSync(join(tmpdir(), "site-"));
    execFileSync("npx", ["astro", "build"], {
      cwd: ROOT,
      env: { ...process.env, SITE_OUT_DIR: other, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: "pipe",
    });
    execFileSync("npx", ["tsx", "scripts/publish.ts"], { cwd: ROOT, env: { ...process.env, SITE_OUT_DIR: other }, stdio: "pipe" });
    execFileSync("npx", ["tsx", "scripts/build-search.ts"], {
      cwd: ROOT,
      env: { ...process.env, SITE_OUT_DIR: other, BUILD_CACHE: "off" },
      stdio: "pipe",
    });
    execFileSync("npx", ["tsx", "scripts/deploy.ts"], { cwd: ROOT, env: { ...process.env, SITE_OUT_DIR: other }, stdio: "pipe" });
    // The same ids on every page, first (a clearer message than a byte difference).
    expect(collectPublished(other)).toEqual(collectPublished(DIST));
    const ours = files(DIST);
    expect(files(other)).toEqual(ours);
    const differ = ours.filter((f) => !readFileSync(join(other, f)).equals(readFileSync(join(DIST, f))));
    expect(differ).toEqual([]);
  });
});

describe("the committed manifest", () => {
  it("lists exactly what the built site publishes, and nothing published has gone", () => {
    const { entries } = parseManifest(readFileSync(join(ROOT, "content/published.txt"), "utf8"));
    const published = collectPublished(DIST);
    // What moved is declared in content/redirects.yml, as the build reads it.
    expect(compareWithManifest(entries, published, readRedirects(ROOT))).toEqual({ missing: [], unlisted: [] });
    expect(published.get("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/")!.slice(0, 4)).toEqual([
      "noi-dung",
      "phan-1-a-i-1-linh-vuc-kinh-te",
      "trong-trang",
      "phan-1-a-i-1-linh-vuc-kinh-te-p1",
    ]);
  });
});
