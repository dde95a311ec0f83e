import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildStaged } from "../../scripts/build-staged.ts";
import { addressProblems } from "../../scripts/deploy/addresses.ts";
import { fileTime, setFileTimes, sourceEpoch } from "../../scripts/deploy/file-times.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";
import { buildErrors } from "../helpers.ts";

const SECTION = "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te";
const ORIGIN = "https://bao-cao.example.vn";

/** A built site of one section page and the 404 page, with the given heads. */
function dist(sectionHead: string, notFoundHead = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "bc-addresses-"));
  mkdirSync(join(dir, SECTION), { recursive: true });
  writeFileSync(join(dir, SECTION, "index.html"), `<html><head>${sectionHead}</head><body><h1>1. Lĩnh vực kinh tế</h1></body></html>`);
  writeFileSync(join(dir, "404.html"), `<html><head>${notFoundHead}</head><body></body></html>`);
  writeFileSync(join(dir, "robots.txt"), "User-agent: *\nAllow: /\n");
  return dir;
}

describe("the site's address in the built files (npm run check:deploy)", () => {
  it("finds no fault in a local build that names no host", () => {
    expect(addressProblems(dist("<title>1. Lĩnh vực kinh tế</title>"), undefined)).toEqual([]);
  });

  it("finds the invented host and the absolute addresses a local build must leave out", () => {
    const canonical = `<link rel="canonical" href="https://bao-cao-hai-phong.example/${SECTION}/">`;
    expect(addressProblems(dist(canonical), undefined)).toEqual([
      `${SECTION}/index.html: names an invented host, “https://bao-cao-hai-phong.example”`,
      `${SECTION}/index.html: a canonical link (“https://bao-cao-hai-phong.example/${SECTION}/”) without a site address`,
    ]);
  });

  it("with an address, wants it in every page's canonical link and og:url, and none on the 404 page", () => {
    const head = `<link rel="canonical" href="${ORIGIN}/${SECTION}/"><meta property="og:url" content="${ORIGIN}/${SECTION}/">`;
    expect(addressProblems(dist(head, `<link rel="canonical" href="${ORIGIN}/404/">`), ORIGIN)).toEqual([
      `404.html: the 404 page has a canonical link (“${ORIGIN}/404/”)`,
      "sitemap.xml: missing, or not on https://bao-cao.example.vn",
      "robots.txt: does not name https://bao-cao.example.vn/sitemap.xml",
    ]);
    expect(addressProblems(dist("<title>x</title>"), ORIGIN).slice(0, 2)).toEqual([
      `${SECTION}/index.html: canonical link “” is not on ${ORIGIN}`,
      `${SECTION}/index.html: og:url “” is not on ${ORIGIN}`,
    ]);
  });
});

describe("file times that depend on the bytes and the sources only", () => {
  it("takes the sources' time from SOURCE_DATE_EPOCH, else from the latest date of sources.yml", () => {
    expect(sourceEpoch(["2025", "2023-12-04", "2023-12-08"], "1700000000")).toBe(1700000000);
    expect(sourceEpoch(["2025", "2023-12-04", "2023-12-08"], undefined)).toBe(Date.UTC(2025, 0, 1) / 1000);
  });

  it("gives the same bytes the same time in every build, and bytes of the same size another", () => {
    const dir = mkdtempSync(join(tmpdir(), "bc-times-"));
    const write = () => {
      writeFileSync(join(dir, "a.css"), "body{color:red}");
      writeFileSync(join(dir, "b.css"), "body{color:red}");
      writeFileSync(join(dir, "c.css"), "body{color:tan}");
    };
    const times = () => readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs / 1000);
    const epoch = Date.UTC(2025, 0, 1) / 1000;
    write();
    expect(setFileTimes(dir, epoch)).toBe(3);
    const first = times();
    write(); // the next build writes the same bytes, now
    setFileTimes(dir, epoch);
    expect(times()).toEqual(first);
    expect(first[0]).toBe(first[1]);
    expect(first[2]).not.toBe(first[0]);
    expect(first[0]).toBe(fileTime(Buffer.from("body{color:red}"), epoch));
  });
});

describe("atomic publishing", () => {
  /** A project whose npm scripts write a page into SITE_OUT_DIR, or fail. */
  function project(): { root: string; dist: string } {
    const root = mkdtempSync(join(tmpdir(), "bc-staged-"));
    const write = `node -e "require('fs').mkdirSync(process.env.SITE_OUT_DIR,{recursive:true});require('fs').writeFileSync(process.env.SITE_OUT_DIR+'/index.html','new')"`;
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "p", private: true, scripts: { site: write, broken: "exit 3" } }));
    const dist = join(root, "dist");
    mkdirSync(join(dist, "tai-lieu"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "last good");
    writeFileSync(join(dist, "tai-lieu/index.html"), "last good section");
    return { root, dist };
  }
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .sort()
      .map((f) => [f, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), "utf8") : "/"]);

  it("leaves the last good dist/ byte for byte when a step fails, and no staging folder", () => {
    const { root, dist } = project();
    const before = snapshot(dist);
    expect(buildStaged(root, dist, ["site", "broken"])).toEqual({ failed: "broken" });
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(["dist", "package.json"]);
  });

  it("replaces dist/ whole when every step passes", () => {
    const { root, dist } = project();
    expect(buildStaged(root, dist, ["site"])).toEqual({});
    expect(snapshot(dist)).toEqual([["index.html", "new"]]);
    expect(readdirSync(root).sort()).toEqual(["dist", "package.json"]);
  });
});

describe("a build meant for publication", () => {
  it("stops at content/site.yml when it has an address but no feedback channel", () => {
    const root = mkdtempSync(join(tmpdir(), "bc-origin-"));
    mkdirSync(join(root, "content"));
    writeFileSync(join(root, "content/site.yml"), `name: Báo cáo\norigin: ${ORIGIN}\n`);
    expect(buildErrors(() => siteOrigin(root))).toEqual([
      `content/site.yml:2: the site is built for publication at ${ORIGIN} (origin) but has no feedback channel, ` +
        "expected `feedback:` an e-mail address or the https address of a form, where readers report an error (ingest/site-settings)",
    ]);
    writeFileSync(join(root, "content/site.yml"), "name: Báo cáo\n");
    expect(siteOrigin(root)).toBeUndefined();
  });
});
