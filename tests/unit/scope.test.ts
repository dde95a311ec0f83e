/** The site's scope is data: no place name or count of the corpus is written in src/. */
import "../site-data.ts";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { corpusKinds, joinWords, placesPhrase, regionName } from "../../src/lib/scope.ts";

const ROOT = join(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** Every file under `dir`, by path from the project's root. */
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))],
  );

/**
 * The code of a file without its comments (a comment may give an example), roughly: line and block
 * comments; and without the keys of content/quotes.yml it quotes (`quoted("muc-tieu-hai-duong")`),
 * which name a line of content, not a place on the page.
 */
const code = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
    .replace(/\b(quoted|at)\("[a-z0-9-]+"\)/g, "$1()");

describe("no place name or count of the corpus is written in src/", () => {
  const regions = (
    parse(readFileSync(join(ROOT, "content/regions.yml"), "utf8")) as { regions: { id: string; name: string; shortName: string }[] }
  ).regions;
  const site = parse(readFileSync(join(ROOT, "content/site.yml"), "utf8")) as { name: string; places: string[] };
  const words = [
    ...regions.flatMap((r) => [r.id, r.name, r.shortName]),
    ...site.places,
    site.name,
    // The documents' count in words, as the site used to write it.
    ...["năm văn bản", "năm báo cáo", "năm tài liệu"],
  ];

  it("in any file, outside comments, the merger's pages (/so-sanh/, /gioi-thieu/) included", () => {
    const found = files(SRC)
      .filter((f) => /\.(ts|astro|css|mjs)$/.test(f))
      .flatMap((f) => {
        const text = code(readFileSync(join(ROOT, f), "utf8")).toLowerCase();
        return words.filter((w) => text.includes(w.toLowerCase())).map((w) => `${f}: ${w}`);
      });
    expect(found).toEqual([]);
  });

  it("while the pages say them from the data", () => {
    expect(placesPhrase()).toBe("Hải Dương và Hải Phòng");
    expect(regionName("hai-phong-moi")).toBe("Hải Phòng (mới)");
    expect(corpusKinds()).toBe("báo cáo chính trị, báo cáo kinh tế - xã hội, chương trình hành động và nghị quyết");
    expect(joinWords(["Hải Dương (cũ)", "Hải Phòng (cũ)", "Hải Phòng (mới)"], "hoặc")).toBe(
      "Hải Dương (cũ), Hải Phòng (cũ) hoặc Hải Phòng (mới)",
    );
  });
});
