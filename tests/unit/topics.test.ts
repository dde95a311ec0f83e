/**
 * Topics by passage (scripts/link/topics.ts, scripts/model/topic-match.ts, scripts/model/words.ts):
 * whole syllables, exceptions kept as data, and what the real documents list under each topic.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { buildData } from "../../scripts/build.ts";
import { projectData } from "../project-data.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";
import { excerpt as passageExcerpt, MENTIONS, readTopics } from "../../scripts/link/topics.ts";
import { topicMatcher } from "../../scripts/model/topic-match.ts";
import { holdsPhrase, syllableKey } from "../../scripts/model/words.ts";
import type { TopicsData } from "../../scripts/model/generated.ts";

const ROOT = join(import.meta.dirname, "../..");
const data = JSON.parse(readFileSync(join(projectData(), "topics.json"), "utf8")) as TopicsData;
const topics = readTopics(ROOT).data;
const matcher = topicMatcher(topics.topics, topics.exceptions);

/** The lines of a fixture cut from a source (`<file>-<first>-<last>.txt`), checked against the source itself. */
function excerpt(name: string): Map<number, string> {
  const [, file, first, last] = /^(.+\.txt)-(\d+)-(\d+)\.txt$/.exec(name)!;
  const lines = readFileSync(join(ROOT, "tests/fixtures/topics", name), "utf8")
    .replace(/\n$/, "")
    .split("\n");
  const source = readFileSync(join(ROOT, "content/sources", file!), "utf8").split(/\r?\n/);
  expect(lines, `${name} is cut from ${file}`).toEqual(source.slice(Number(first) - 1, Number(last)));
  return new Map(lines.map((l, i) => [Number(first) + i, l]));
}

/** The topics a passage is listed under, by the rule of MENTIONS, with the words that put it there. */
function listed(text: string, kind: "heading" | "paragraph"): Record<string, string[]> {
  return Object.fromEntries([...matcher.hits(text)].filter(([, h]) => h.mentions.length >= MENTIONS[kind]).map(([id, h]) => [id, h.words]));
}

/** The source lines of a document's passages listed under a topic, headings marked "h". */
const linesOf = (topic: string, doc: string) =>
  data.passages.filter((p) => p.topic === topic && p.doc === doc).map((p) => `${p.line}${p.kind === "heading" ? "h" : ""}`);

describe("words and phrases", () => {
  it("match whole syllables only, never part of a longer one", () => {
    expect(holdsPhrase("tăng trưởng kinh tế", "trường")).toBe(false);
    expect(holdsPhrase("quy hoạch đô thị", "y tế")).toBe(false);
    expect(holdsPhrase("Trường THPT Chuyên Nguyễn Trãi", "trường")).toBe(true);
  });

  it("compare tone marks wherever they are placed, so hoá and hóa are one syllable", () => {
    expect(syllableKey("hoá")).toBe(syllableKey("hóa"));
    expect(syllableKey("thuỷ")).toBe(syllableKey("thủy"));
    expect(holdsPhrase("môi trường văn hoá", "văn hóa")).toBe(true);
  });

  it("keep tones and đ: Đảng is not đang, cảng is not càng", () => {
    expect(holdsPhrase("Đã và đang triển khai nhiều giải pháp", "Đảng")).toBe(false);
    expect(holdsPhrase("sắp xếp ngày càng hợp lý", "cảng")).toBe(false);
    expect(holdsPhrase("Đảng bộ tỉnh", "đảng")).toBe(true);
    expect(syllableKey("đảng")).not.toBe(syllableKey("dang"));
  });

  it("do not run a phrase across punctuation unless it is written with it", () => {
    expect(holdsPhrase("bảo vệ môi trường; đầu tư hạ tầng", "môi trường đầu tư")).toBe(false);
    expect(holdsPhrase("sản xuất nông, lâm nghiệp", "nông, lâm")).toBe(true);
  });
});

describe("passages of document 000 (Báo cáo chính trị Hải Dương), cut from the source", () => {
  const a = excerpt("000_1d6e454269cad3d3.txt-73-74.txt");
  const b = excerpt("000_1d6e454269cad3d3.txt-90-94.txt");
  const c = excerpt("000_1d6e454269cad3d3.txt-150-152.txt");
  const d = excerpt("000_1d6e454269cad3d3.txt-160-160.txt");
  const e = excerpt("000_1d6e454269cad3d3.txt-176-178.txt");
  const f = excerpt("000_1d6e454269cad3d3.txt-404-406.txt");
  const g = excerpt("000_1d6e454269cad3d3.txt-450-450.txt");
  const h = excerpt("004_fa57fa61f79953c7.txt-652-654.txt");

  it("list the education heading and paragraphs under giáo dục, with the words that put them there", () => {
    expect(listed(b.get(90)!, "heading")["giao-duc"]).toEqual(["giáo dục", "đào tạo"]);
    expect(listed(b.get(92)!, "paragraph")["giao-duc"]).toEqual([
      "trường",
      "giáo dục",
      "phổ thông",
      "đại học",
      "đào tạo",
      "phòng học",
      "giáo viên",
      "học sinh",
      "THPT",
      "nhà giáo",
    ]);
    expect(listed(b.get(94)!, "paragraph")["giao-duc"]).toEqual(["giáo dục", "mầm non", "THPT", "học sinh"]);
    expect(listed(f.get(404)!, "heading")["giao-duc"]).toEqual(["giáo dục", "đào tạo"]);
    expect(Object.keys(listed(f.get(405)!, "paragraph"))).toContain("giao-duc");
    expect(Object.keys(listed(f.get(406)!, "paragraph"))).toContain("giao-duc");
  });

  it("do not list a paragraph that names education once in passing (investment, 000:73)", () => {
    expect(matcher.hits(a.get(73)!).get("giao-duc")?.mentions).toEqual(["giáo dục"]);
    expect(listed(a.get(73)!, "paragraph")["giao-duc"]).toBeUndefined();
  });

  it("do not list the business climate (môi trường đầu tư) under giáo dục or the environment", () => {
    for (const text of [a.get(74)!, e.get(178)!, h.get(654)!]) {
      expect(listed(text, "paragraph")["giao-duc"]).toBeUndefined();
      expect(matcher.hits(text).get("tai-nguyen-moi-truong")?.words ?? []).not.toContain("môi trường");
    }
    expect(listed(h.get(654)!, "paragraph")["tai-nguyen-moi-truong"]).toEqual(["đất đai"]);
    for (const text of [e.get(176)!, h.get(652)!]) {
      expect(listed(text, "heading")["tai-nguyen-moi-truong"]).toBeUndefined();
      expect(listed(text, "heading")["giao-duc"]).toBeUndefined();
    }
  });

  it("list inspection (thanh tra) under quốc phòng - an ninh, never under giáo dục", () => {
    expect(listed(c.get(151)!, "heading")).toEqual({ "quoc-phong-an-ninh": ["thanh tra", "khiếu nại"] });
    expect(listed(c.get(152)!, "paragraph")["giao-duc"]).toBeUndefined();
    expect(listed(c.get(152)!, "paragraph")["quoc-phong-an-ninh"]).toEqual(["thanh tra"]);
  });

  it("do not list legal and political education (giáo dục pháp luật, giáo dục lý luận chính trị) under giáo dục", () => {
    expect(matcher.hits(d.get(160)!).get("giao-duc")).toBeUndefined();
    expect(matcher.hits(g.get(450)!).get("giao-duc")).toBeUndefined();
    expect(Object.keys(listed(g.get(450)!, "paragraph"))).toContain("xay-dung-dang-chinh-quyen");
  });
});

describe("the topics of the real documents", () => {
  it("list under giáo dục exactly these passages of document 000, all about schooling and training", () => {
    expect(linesOf("giao-duc", "bcct-hai-duong-2025")).toEqual([
      "90h",
      "92",
      "94",
      "104",
      "191",
      "278",
      "289",
      "358",
      "404h",
      "405",
      "406",
      "497",
    ]);
  });

  it("do not list môi trường đầu tư passages under tài nguyên - môi trường, in any document", () => {
    // Every source line that speaks of the business climate, and which of them the environment lists.
    const files = Object.fromEntries(
      [...readFileSync(join(ROOT, "content/sources/sources.yml"), "utf8").matchAll(/- id: (\S+)[\s\S]*?file: (\S+)/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const climate = new Set(
      Object.entries(files).flatMap(([doc, file]) =>
        readFileSync(join(ROOT, "content/sources", file), "utf8")
          .split(/\r?\n/)
          .flatMap((l, i) => (/môi trường đầu tư/i.test(l) ? [`${doc}:${i + 1}`] : [])),
      ),
    );
    expect(climate.size).toBe(20);
    const listedThere = data.passages.filter((p) => p.topic === "tai-nguyen-moi-truong" && climate.has(`${p.doc}:${p.line}`));
    // The one listed is there for its land records (“Số hóa toàn bộ dữ liệu đất đai …”), not for “môi trường”.
    expect(listedThere.map((p) => [`${p.doc}:${p.line}`, p.words])).toEqual([["bcct-hai-phong-2025:654", ["đất đai"]]]);
    expect(linesOf("tai-nguyen-moi-truong", "bcct-hai-duong-2025")).not.toContain("176h");
    expect(linesOf("tai-nguyen-moi-truong", "bcct-hai-duong-2025")).toEqual(expect.arrayContaining(["125h", "133", "424h", "426"]));
  });

  it("do not list thanh tra passages under giáo dục", () => {
    const inspection = data.passages.filter((p) => p.topic === "giao-duc" && /thanh tra/i.test(p.text));
    expect(inspection.map((p) => `${p.doc}:${p.line}`)).toEqual([]);
    expect(linesOf("quoc-phong-an-ninh", "bcct-hai-duong-2025")).toEqual(expect.arrayContaining(["151h", "152"]));
  });

  it("link each passage to its anchor on its page, or to the page for the page's own heading", () => {
    const p = data.passages.find((x) => x.topic === "giao-duc" && x.doc === "bcct-hai-duong-2025" && x.line === 92)!;
    expect(p.url).toMatch(/^\/tai-lieu\/bao-cao-chinh-tri-hai-duong-2020-2025\/[^#]+\/#.+-p\d+$/);
    expect(p.url.startsWith(p.page)).toBe(true);
    expect(p.under).toBe("2.1. Giáo dục và đào tạo có bước chuyển biến căn bản về chất lượng");
    for (const x of data.passages) expect(x.url === x.page || x.url.startsWith(`${x.page}#`)).toBe(true);
  });

  it("put every section page under a topic by one of its passages, or in the general list", () => {
    const general = readFileSync(join(ROOT, "content/topics.yml"), "utf8")
      .match(/^ {2}- \/tai-lieu\/\S+/gm)!
      .map((l) => l.slice(4));
    expect(countByDocument(data.pages, (p) => p.doc)).toMatchObject({
      "bcct-hai-duong-2025": 26,
      "bc-kt-xh-hai-duong-2023": 20,
      "ctr-nq30-hai-duong": 15,
      "nq-hdnd-hai-duong-2023": 6,
      "bcct-hai-phong-2025": 30,
    });
    expect(
      data.pages
        .filter((p) => p.topics.length === 0)
        .map((p) => p.url)
        .sort(),
    ).toEqual(general.sort());
    for (const p of data.pages) expect(p.topics.every((t) => data.passages.some((x) => x.page === p.url && x.topic === t))).toBe(true);
    expect(data.topics).toHaveLength(16);
  });

  it("tell the two terms apart: Phần thứ nhất is results, Phần thứ hai is goals", () => {
    const period = (url: string) => data.pages.find((p) => p.url === url)!.period;
    expect(period("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/")).toBe("ket-qua");
    expect(period("/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-2-i-1-linh-vuc-kinh-te/")).toBe("muc-tieu");
  });
});

describe("content/topics.yml is checked", () => {
  /** The build's messages for a copy of the content where topics.yml went through `edit`. */
  function messages(edit: (yml: string) => string): string[] {
    const root = mkdtempSync(join(tmpdir(), "bc-topics-bad-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    const path = join(root, "content/topics.yml");
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    try {
      buildData(root, join(root, "generated"));
    } catch (e) {
      if (e instanceof BuildError) return e.diagnostics.map(formatDiagnostic);
      throw e;
    }
    return [];
  }
  const lineOf = (needle: string) =>
    readFileSync(join(ROOT, "content/topics.yml"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes(needle)) + 1;

  it("warn, naming the page, when a section has no listed passage and is not listed as general, and build on", () => {
    const general = lineOf("general:") + 1;
    const root = mkdtempSync(join(tmpdir(), "bc-topics-unassigned-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    const path = join(root, "content/topics.yml");
    writeFileSync(path, readFileSync(path, "utf8").replace(/^ {2}- \/tai-lieu\/bao-cao-chinh-tri-hai-duong-2020-2025\/mo-dau\/.*\n/m, ""));
    const result = buildData(root, join(root, "generated"));
    expect(result.topics.split("\n").filter((l) => l.startsWith("warning:"))).toEqual([
      `warning: content/topics.yml:${general}: section page ` +
        "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/mo-dau/ (“Mở đầu”) has no passage listed under a topic, " +
        "expected a keyword of a topic in its headings or paragraphs, or its URL under `general` (topics/unassigned)",
    ]);
  });

  it("stop the build at the line of an exception that covers no keyword anywhere (stale)", () => {
    const line = lineOf('phrase: "hợp tác xã"') + 1;
    expect(
      messages((y) =>
        y.replace(
          '  - { phrase: "hợp tác xã"',
          '  - { phrase: "trường đua ngựa", not: [giao-duc], why: "none" }\n  - { phrase: "hợp tác xã"',
        ),
      ),
    ).toEqual([
      `content/topics.yml:${line - 1}: exception “trường đua ngựa” covers no keyword in any passage, ` +
        "expected a phrase that occurs in the documents, or the entry removed (stale) (topics/stale-exception)",
    ]);
  });

  it("stop the build at the line of an exception that names an unknown topic or holds none of its keywords", () => {
    const line = lineOf('phrase: "hợp tác xã"');
    expect(
      messages((y) =>
        y.replace('{ phrase: "hợp tác xã", not: [doi-ngoai]', '{ phrase: "hợp tác xã", not: [doi-ngoai, giao-duc, khong-co]'),
      ),
    ).toEqual([
      `content/topics.yml:${line}: exception “hợp tác xã” holds no keyword of topic giao-duc, ` +
        "expected a phrase that contains one of the topic's keywords as whole words (topics/exception-without-keyword)",
      `content/topics.yml:${line}: exception “hợp tác xã” names topic “khong-co”, which is not defined, ` +
        "expected the id of a topic above (topics/unknown-topic)",
    ]);
  });

  it("stop the build at the line of a malformed entry", () => {
    const line = lineOf('phrase: "hợp tác xã"');
    const out = messages((y) =>
      y.replace('{ phrase: "hợp tác xã", not: [doi-ngoai], why: "a cooperative" }', '{ phrase: "hợp tác xã", not: [] }'),
    );
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) expect(m).toMatch(new RegExp(`^content/topics\\.yml:${line}: .*\\(topics/schema\\)$`));
  });

  it("stop the build at the line of a general page that now has listed passages (stale)", () => {
    const url = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/";
    const line = lineOf("general:") + 1;
    const out = messages((y) => y.replace("general:\n", `general:\n  - ${url}\n`));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      new RegExp(`^content/topics\\.yml:${line}: general page ${url} .* has passages listed under .*\\(topics/stale-general\\)$`),
    );
  });
});

describe("a paragraph's excerpt on a topic's page", () => {
  // 001 line 287, as the paragraph reads.
  const text =
    "Từng bước xây dựng và hoàn thiện hệ thống kết cấu hạ tầng xã hội. Thực hiện nâng cấp, cải tạo, xây dựng mới một số công trình y tế, giáo dục, văn hóa, thể thao và thiết chế cơ sở.";
  it("starts at the sentence of the first mention, cut at words, at most about 110 characters", () => {
    expect(passageExcerpt(text, text.indexOf("y tế"))).toBe(
      // The rest of the paragraph is short enough to be kept whole.
      "…Thực hiện nâng cấp, cải tạo, xây dựng mới một số công trình y tế, giáo dục, văn hóa, thể thao và thiết chế cơ sở.",
    );
  });
  it("keeps the opening when the mention is in it, and a short paragraph whole", () => {
    expect(passageExcerpt(text, text.indexOf("hạ tầng"))).toBe(
      "Từng bước xây dựng và hoàn thiện hệ thống kết cấu hạ tầng xã hội. Thực hiện nâng cấp, cải tạo, xây dựng mới…",
    );
    expect(passageExcerpt("Chăm lo y tế cơ sở.", 8)).toBe("Chăm lo y tế cơ sở.");
  });
});
