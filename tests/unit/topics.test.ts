import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildData } from "../../scripts/build.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";

const ROOT = join(import.meta.dirname, "../..");
const out = buildData(ROOT, mkdtempSync(join(tmpdir(), "bc-topics-"))).outDir;
const data = JSON.parse(readFileSync(join(out, "topics.json"), "utf8")) as {
  topics: { id: string }[];
  pages: { url: string; period: string; topics: string[]; headings: Record<string, { label: string; url: string }> }[];
};
const page = (url: string) => data.pages.find((p) => p.url === url)!;

describe("topics", () => {
  it("put every section page under a topic, or in the general list", () => {
    const general = readFileSync(join(ROOT, "content/topics.yml"), "utf8")
      .match(/^ {2}- \/tai-lieu\/\S+/gm)!
      .map((l) => l.slice(4));
    expect(data.pages).toHaveLength(97);
    expect(
      data.pages
        .filter((p) => p.topics.length === 0)
        .map((p) => p.url)
        .sort(),
    ).toEqual(general.sort());
    expect(data.topics).toHaveLength(16);
  });

  it("place a section under the topic of a heading inside it, pointing at that heading", () => {
    const p = page("/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/");
    expect(p.topics).toContain("y-te");
    expect(p.headings["y-te"]).toEqual({
      label: "2.1. Y tế",
      url: "/tai-lieu/bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024/phan-1-i-2-linh-vuc-xa-hoi/#phan-1-i-2-2-1-y-te",
    });
    expect(p.period).toBe("ke-hoach");
  });

  it("tell the two terms apart: Phần thứ nhất is results, Phần thứ hai is goals", () => {
    expect(page("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/").period).toBe("ket-qua");
    expect(page("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-2-i-1-linh-vuc-kinh-te/").period).toBe("muc-tieu");
  });

  it("stop the build, naming the page, when a section has no topic and is not listed as general", () => {
    const root = mkdtempSync(join(tmpdir(), "bc-topics-bad-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    const path = join(root, "content/topics.yml");
    writeFileSync(path, readFileSync(path, "utf8").replace(/^ {2}- \/tai-lieu\/bao-cao-chinh-tri-hai-duong-2020-2025\/mo-dau\/.*\n/m, ""));
    let messages: string[] = [];
    try {
      buildData(root, join(root, "generated"));
    } catch (e) {
      if (e instanceof BuildError) messages = e.diagnostics.map(formatDiagnostic);
      else throw e;
    }
    expect(messages).toEqual([
      "content/topics.yml:1: section page " +
        "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/mo-dau/ (“Mở đầu”) has no topic, " +
        "expected a keyword of a topic in its headings, or its URL under `general` (topics/unassigned)",
    ]);
  });
});
