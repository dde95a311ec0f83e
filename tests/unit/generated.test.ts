/** The contract between pipeline and site (scripts/model/generated.ts) holds for what the build writes. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { projectData } from "../project-data.ts";
import {
  indicatorCsvFile,
  isGeneratedFile,
  jsonContent,
  jsonFiles,
  type JsonFile,
  pageFile,
  parseFrontMatter,
  parseJson,
  parseSourceText,
  sourceTextFile,
  tableCsvFile,
} from "../../scripts/model/generated.ts";
import { splitFrontMatter } from "../../src/lib/markdown.ts";

const out = projectData();
const written = readdirSync(out, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => relative(out, join(e.parentPath, e.name)))
  .sort();
const text = (path: string) => readFileSync(join(out, path), "utf8");

describe("every file the build writes is defined by the model", () => {
  it("the JSON files written are exactly those of jsonFiles", () => {
    const defined = Object.values(jsonFiles)
      .map((f) => f.path)
      .sort();
    expect(written.filter((f) => f.endsWith(".json") && !sourceTextFile.pattern.test(f))).toEqual(defined);
  });

  it("each document's text as received is written, line for line, through its schema", () => {
    const texts = written.filter((f) => sourceTextFile.pattern.test(f));
    expect(texts).toEqual([
      "ban-goc/bao-cao-chinh-tri-hai-duong-2020-2025.json",
      "ban-goc/bao-cao-chinh-tri-hai-phong-2025-2030.json",
      "ban-goc/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024.json",
      "ban-goc/chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong.json",
      "ban-goc/nghi-quyet-hdnd-hai-duong-ke-hoach-2024.json",
    ]);
    const t = parseSourceText("bao-cao-chinh-tri-hai-phong-2025-2030", readFileSync(join(out, texts[1]!), "utf8"));
    expect([t.file, t.lines.length]).toEqual(["content/sources/004_fa57fa61f79953c7.txt", 1270]);
  });

  it("every other file is a reading page, a table's CSV or the indicator CSV", () => {
    expect(written.filter((f) => !isGeneratedFile(f))).toEqual([]);
    expect(written).toContain(indicatorCsvFile.path);
    expect(written.filter((f) => tableCsvFile.pattern.test(f)).length).toBeGreaterThan(0);
    expect(written.filter((f) => pageFile.pattern.test(f)).length).toBeGreaterThan(90);
  });
});

describe("every file matches its schema", () => {
  const files: [string, JsonFile][] = Object.entries(jsonFiles);
  for (const [name, file] of files)
    it(`${file.path} (${name})`, () => {
      const content = text(file.path);
      const raw: unknown = JSON.parse(content);
      // The schema takes the file as it is: nothing left out, nothing added (key order may differ: it is the schema's).
      expect(parseJson(file, content)).toStrictEqual(raw);
      // Laid out as the definition says.
      expect(jsonContent(file, raw)).toBe(content);
    });

  it("the front matter of every reading page", () => {
    const pages = written.filter((f) => pageFile.pattern.test(f));
    for (const path of pages) expect(parseFrontMatter(path, parseYaml(splitFrontMatter(text(path)).frontMatter)).lines).toHaveLength(2);
  });

  it("the pages site.json lists are the pages written", () => {
    const site = parseJson(jsonFiles.site, text(jsonFiles.site.path));
    expect(site.documents.flatMap((d) => d.pages.map((p) => pageFile.path(d.meta.slug, p.slug))).sort()).toEqual(
      written.filter((f) => pageFile.pattern.test(f)),
    );
  });
});

describe("a mismatch stops with the file's name", () => {
  it("when the site reads a file that is not what the schema says", () => {
    const site = JSON.parse(text(jsonFiles.site.path)) as { documents: { stats: Record<string, unknown> }[] };
    site.documents[0]!.stats.lines = "many";
    expect(() => parseJson(jsonFiles.site, JSON.stringify(site))).toThrow(
      /generated\/site\.json does not match its schema[^]*stats\.lines/,
    );
    expect(() => parseJson(jsonFiles.quotes, "[{")).toThrow("generated/quotes.json is not JSON");
  });

  it("when the build would write something else than the schema says", () => {
    const settings = { ...parseJson(jsonFiles.settings, text(jsonFiles.settings.path)), feedback: "not an address" };
    expect(() => jsonContent(jsonFiles.settings, settings)).toThrow(/generated\/settings\.json does not match its schema[^]*feedback/);
    const extra = { ...parseJson(jsonFiles.units, text(jsonFiles.units.path)), more: 1 };
    expect(() => jsonContent(jsonFiles.units, extra)).toThrow(/generated\/units\.json/);
  });
});
