/** The pieces behind the home page, the header and /gioi-thieu/: settings, quoted lines, line addresses, goal bars, links. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildErrors } from "../helpers.ts";
import { readSettings } from "../../scripts/ingest/read-settings.ts";
import { readSources, type SourceFile } from "../../scripts/ingest/read-sources.ts";
import { linkQuotes } from "../../scripts/link/quotes.ts";
import { lineAnchors } from "../../scripts/link/line-anchors.ts";
import { anchorAt } from "../../scripts/model/line-anchors.ts";
import type { Indicator, IndicatorData, IndicatorValue } from "../../scripts/model/indicators.ts";
import { reviewingDocument } from "../../src/lib/comparison.ts";
import { goalBars, goalChart } from "../../src/lib/goals-chart.ts";
import { currentMark, reportLink } from "../../src/lib/navigation.ts";
import { countWord } from "../../src/lib/site.ts";

const ROOT = join(import.meta.dirname, "../..");

const messages = buildErrors;

/** A throwaway project with the given files, and the project's own regions unless given. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "bc-front-"));
  const regions = readFileSync(join(ROOT, "content/regions.yml"), "utf8");
  for (const [name, text] of Object.entries({ "content/regions.yml": regions, ...files })) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** Values as the data has them: the GRDP growth rows of 004 Phụ lục 1 (lines 847, 580) and the merged city's goal (line 484). */
const value = (
  region: IndicatorValue["region"],
  kind: IndicatorValue["kind"],
  raw: string,
  extra: Partial<IndicatorValue>,
  line: number,
  doc = "bcct-hai-phong-2025",
): IndicatorValue => ({
  region,
  kind,
  label: "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)",
  unit: "%",
  raw,
  value: null,
  scale: 1,
  source: { doc, line, url: `/tai-lieu/x/#d${line}` },
  ...extra,
});
const GRDP: Indicator = {
  id: "tang-truong-grdp",
  name: "Tốc độ tăng Tổng sản phẩm trên địa bàn (GRDP)",
  domain: "kinh-te",
  unit: "%",
  url: "/chi-tieu/tang-truong-grdp/",
  values: [
    value("hai-duong", "result-avg-2021-2025", "9,8", { value: 9.8 }, 580, "bcct-hai-duong-2025"),
    value("hai-phong", "result-avg-2021-2025", "11,39", { value: 11.39 }, 847),
    value("hai-phong-moi", "goal-avg-2026-2030", "14-14,5%/năm", { unit: "%/năm", min: 14, max: 14.5 }, 484),
    value("hai-duong", "result-avg-2021-2025", "9,8", { value: 9.8 }, 904),
  ],
};
const DATA = {
  schema: 1,
  sources: [],
  indicators: [
    GRDP,
    { ...GRDP, id: "chi-hai-duong", values: GRDP.values.filter((v) => v.region === "hai-duong") },
    // The merged city's goal stated in a measure other than the indicator's: no scale.
    { ...GRDP, id: "muc-tieu-khac", values: GRDP.values.map((v) => (v.region === "hai-phong-moi" ? { ...v, scale: undefined } : v)) },
  ],
} as unknown as IndicatorData;

describe("settings: the feedback address and the home page's headline goals", () => {
  const SITE =
    "origin: https://bao-cao-hai-phong.example\nfeedback: gop-y@bao-cao-hai-phong.example\n" +
    "name: Báo cáo Hải Dương – Hải Phòng\nplaces: [Hải Dương, Hải Phòng]\n";
  it("reads them when every goal is an indicator with a goal of the merged city", () => {
    const root = project({ "content/site.yml": SITE, "content/home.yml": "headlineGoals:\n  - tang-truong-grdp\n" });
    expect(readSettings(root, DATA)).toMatchObject({
      feedback: "gop-y@bao-cao-hai-phong.example",
      headlineGoals: ["tang-truong-grdp"],
      name: "Báo cáo Hải Dương – Hải Phòng",
      places: ["Hải Dương", "Hải Phòng"],
    });
  });
  it("names the line of a goal that is not an indicator, has no merged-city goal, or is listed twice", () => {
    const root = project({
      "content/site.yml": SITE,
      "content/home.yml":
        "# goals\nheadlineGoals:\n  - tang-truong-grdp\n  - khong-co\n  - chi-hai-duong\n  - tang-truong-grdp\n  - muc-tieu-khac\n",
    });
    expect(messages(() => readSettings(root, DATA))).toEqual([
      "content/home.yml:4: headline goal “khong-co” is not an indicator, expected an id of content/indicators.yml (ingest/home)",
      "content/home.yml:5: headline goal “chi-hai-duong” has no 2030 goal of the merged city in the indicator's unit, " +
        "expected an indicator with a goal of hai-phong-moi stated as a number in its unit (ingest/home)",
      "content/home.yml:6: headline goal “tang-truong-grdp” is listed twice (ingest/home)",
      "content/home.yml:7: headline goal “muc-tieu-khac” has no 2030 goal of the merged city in the indicator's unit, " +
        "expected an indicator with a goal of hai-phong-moi stated as a number in its unit (ingest/home)",
    ]);
  });
  it("refuses a feedback address that is not an e-mail address", () => {
    const root = project({
      "content/site.yml": "origin: https://x.example\nfeedback: gop y\nname: Báo cáo\nplaces: [Xa]\n",
      "content/home.yml": "headlineGoals: [tang-truong-grdp]\n",
    });
    expect(messages(() => readSettings(root, DATA))).toEqual([
      "content/site.yml:2: feedback: not an e-mail address nor an https address (ingest/site-settings)",
    ]);
  });
});

describe("where a source line is read", () => {
  const anchors = new Map<object, string>([
    [{ line: 3, endLine: 5 }, "/d/mo-dau/#mo-dau-k1"],
    [{ line: 3, endLine: 5 }, "/d/mo-dau/"],
    [{ line: 11, endLine: 14 }, "/d/mo-dau/#mo-dau-p1"],
    [{ line: 12 }, "/d/mo-dau/#bang1-d1"],
  ]);
  const ranges = lineAnchors(anchors, [{ lines: [3, 20], url: "/d/mo-dau/" }]);
  it("is the narrowest anchored place holding it; on a tie, the one with an anchor", () => {
    expect(anchorAt(ranges, 4)).toBe("/d/mo-dau/#mo-dau-k1");
    expect(anchorAt(ranges, 12)).toBe("/d/mo-dau/#bang1-d1");
    expect(anchorAt(ranges, 13)).toBe("/d/mo-dau/#mo-dau-p1");
  });
  it("is the page when nothing smaller holds it, and nowhere outside every page", () => {
    expect(anchorAt(ranges, 17)).toBe("/d/mo-dau/");
    expect(anchorAt(ranges, 2)).toBeUndefined();
    expect(anchorAt(ranges, 21)).toBeUndefined();
  });
});

describe("quoted lines (content/quotes.yml)", () => {
  // Line 23 of 004, as received.
  const line23 = readFileSync(join(ROOT, "content/sources/004_fa57fa61f79953c7.txt"), "utf8").split("\n")[22]!;
  const source = {
    meta: { id: "bcct-hai-phong-2025" },
    path: "content/sources/004_fa57fa61f79953c7.txt",
    lines: [...Array(22).fill(""), line23],
    headingCorrections: [],
  } as unknown as SourceFile;
  const lines = { "bcct-hai-phong-2025": [[23, 23, "/tai-lieu/bcct/mo-dau/#p3"]] as [number, number, string][] };
  it("gives each quote the address where its line is read", () => {
    const root = project({
      "content/quotes.yml":
        'quotes:\n  - { id: du-kien-dat, doc: bcct-hai-phong-2025, line: 23, quote: "17/19 chỉ tiêu dự kiến   đạt và vượt" }\n',
    });
    expect(linkQuotes(root, [source], lines)).toEqual([
      {
        id: "du-kien-dat",
        doc: "bcct-hai-phong-2025",
        line: 23,
        quote: "17/19 chỉ tiêu dự kiến   đạt và vượt",
        url: "/tai-lieu/bcct/mo-dau/#p3",
      },
    ]);
  });
  it("stops the build on a quote no longer at its line, an unknown document, a line not shown, or a repeated id", () => {
    const root = project({
      "content/quotes.yml": [
        "quotes:",
        '  - { id: a, doc: bcct-hai-phong-2025, line: 23, quote: "18/19 chỉ tiêu" }',
        '  - { id: b, doc: khong-co, line: 1, quote: "bất kỳ" }',
        '  - { id: c, doc: bcct-hai-phong-2025, line: 22, quote: "xyz" }',
        '  - { id: a, doc: bcct-hai-phong-2025, line: 23, quote: "17/19" }',
      ].join("\n"),
    });
    const found = messages(() => linkQuotes(root, [source], lines));
    expect(found[0]).toBe(
      "content/quotes.yml:2: quote “a” expects “18/19 chỉ tiêu” at " +
        `content/sources/004_fa57fa61f79953c7.txt:23, but the line reads “${line23.trim()}” (link/quotes)`,
    );
    expect(found.slice(1)).toEqual([
      "content/quotes.yml:3: quote “b” names “khong-co”, which is not a document, expected an id of content/sources/sources.yml (link/quotes)",
      "content/quotes.yml:4: quote “c” expects “xyz” at content/sources/004_fa57fa61f79953c7.txt:22, but the line reads “” (link/quotes)",
      "content/quotes.yml:5: quote id “a” is used twice (link/quotes)",
    ]);
  });
});

describe("what a document says about itself (origin in sources.yml)", () => {
  it("must stand at the cited line", () => {
    const meta = readFileSync(join(ROOT, "content/sources/sources.yml"), "utf8")
      .split("\n  - id: bc-kt-xh")[0]!
      .replace(/relations:\n(\s+- .*\n)+/, "relations: []\n")
      .replace('quote: "T/M BAN CHẤP HÀNH"', 'quote: "T/M BAN THƯỜNG VỤ"');
    const line = meta.split("\n").findIndex((l) => l.includes("T/M BAN THƯỜNG VỤ")) + 1;
    const root = project({
      "content/sources/sources.yml": meta,
      "content/sources/000_1d6e454269cad3d3.txt": readFileSync(join(ROOT, "content/sources/000_1d6e454269cad3d3.txt"), "utf8"),
    });
    expect(messages(() => readSources(root))).toEqual([
      `content/sources/sources.yml:${line}: origin of bcct-hai-duong-2025 cites “T/M BAN THƯỜNG VỤ” ` +
        "at content/sources/000_1d6e454269cad3d3.txt:535, but the line reads “T/M BAN CHẤP HÀNH” (ingest/metadata-origin)",
    ]);
    expect(line).toBeGreaterThan(20);
  });
});

describe("the home page's pieces", () => {
  it("counts the documents whose verdicts it shows from the documents' own statements: the one that covers most regions", () => {
    expect(
      reviewingDocument([
        { doc: "bcct-hai-phong-2025", region: "hai-phong" },
        { doc: "bcct-hai-phong-2025", region: "hai-duong" },
        { doc: "bcct-hai-duong-2025", region: "hai-duong" },
      ]),
    ).toBe("bcct-hai-phong-2025");
    expect(() => reviewingDocument([])).toThrow(/no document states/);
  });

  it("sets the merged city's goal beside the former units' results, flagging values the documents disagree on", () => {
    const { bars, differs } = goalBars(GRDP);
    expect(bars.map((b) => [b.label, b.value.raw])).toEqual([
      ["Hải Phòng (cũ) · Kết quả bình quân 2021–2025, ước", "11,39"],
      ["Hải Dương (cũ) · Kết quả bình quân 2021–2025, ước", "9,8"],
      ["Hải Phòng (mới) · Mục tiêu bình quân 2026–2030", "14-14,5%/năm"],
    ]);
    expect(differs).toBe(false);
    const other = {
      ...GRDP,
      values: [...GRDP.values, value("hai-duong", "result-avg-2021-2025", "9,9", { value: 9.9 }, 1022, "bcct-hai-duong-2025")],
    };
    expect(goalBars(other).differs).toBe(true);
  });

  it("leaves out a bar whose value measures something else than the indicator (no scale)", () => {
    const { scale: _, ...unscaled } = GRDP.values[0]!;
    expect(goalBars({ ...GRDP, values: [unscaled, ...GRDP.values.slice(1)] }).bars.map((b) => b.value.raw)).toEqual([
      "11,39",
      "14-14,5%/năm",
    ]);
  });

  it("draws bars on one scale, a range as a solid part and a lighter rest, every value written out", () => {
    const svg = goalChart(GRDP, goalBars(GRDP).bars, "t");
    const widths = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // 11,39 and 9,8 against a range 14–14,5 whose end is the scale's maximum.
    expect(widths.length).toBe(4);
    const full = widths[2]![1]! + widths[3]![1]!;
    expect(widths[0]![1]! / full).toBeCloseTo(11.39 / 14.5, 3);
    expect(widths[1]![1]! / full).toBeCloseTo(9.8 / 14.5, 3);
    expect(widths[3]![0]).toBe(widths[2]![1]);
    expect([...svg.matchAll(/class="goal-value"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["11,39%", "9,8%", "14-14,5%/năm"]);
    // Labels and values are HTML, laid out by the browser; the bars stretch to the panel's width.
    // Each label with its year range kept on one line.
    expect(svg).toContain(
      '<span class="goal-label"><span class="nobr">Hải Phòng</span> (cũ) · Kết quả bình quân <span class="nobr">2021–2025</span>, ước</span>',
    );
    expect([...svg.matchAll(/class="goal-label">(.*?)<\/span> <strong/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""))).toEqual([
      "Hải Phòng (cũ) · Kết quả bình quân 2021–2025, ước",
      "Hải Dương (cũ) · Kết quả bình quân 2021–2025, ước",
      "Hải Phòng (mới) · Mục tiêu bình quân 2026–2030",
    ]);
    expect(svg).not.toMatch(/<text/);
    expect(svg.match(/<svg class="goal-bar" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true"/g)).toHaveLength(3);
  });

  it("writes small counts in words, as the documents do", () => {
    expect([1, 5, 10, 12].map(countWord)).toEqual(["một", "năm", "mười", "12"]);
  });
});

describe("navigation helpers", () => {
  it("mark a section's own page as the page, and a page inside it as being in it", () => {
    expect(currentMark("/chi-tieu/", "/chi-tieu/")).toBe("page");
    expect(currentMark("/chi-tieu/", "/chi-tieu/hdi/")).toBe("true");
    expect(currentMark("/chi-tieu/", "/chu-de/")).toBeUndefined();
  });
  it("open a message about the page, its address filled in", () => {
    const link = new URL(reportLink("gop-y@x.example", "Tốc độ tăng GRDP", "https://x.example/chi-tieu/tang-truong-grdp/"));
    expect(link.protocol).toBe("mailto:");
    expect(link.pathname).toBe("gop-y@x.example");
    expect(link.searchParams.get("subject")).toBe("Báo lỗi: Tốc độ tăng GRDP");
    expect(link.searchParams.get("body")!.split("\n")[0]).toBe("Trang: https://x.example/chi-tieu/tang-truong-grdp/");
  });
});

import { designTokens } from "../../src/lib/tokens.ts";

describe("design tokens, one place", () => {
  const { light, dark } = designTokens();
  it("are read from the stylesheet, light and dark", () => {
    expect(light.accent).toBe("#9b1c1c");
    expect(dark.accent).toBe("#ff9b9b");
    expect(dark["text-lg"]).toBe(light["text-lg"]);
    expect(Object.keys(light)).toEqual(
      expect.arrayContaining([
        "status-vuot",
        "status-dat",
        "status-khong-dat",
        "status-khong-dat-bg",
        "region-hai-duong",
        "region-hai-phong",
        "region-hai-phong-moi",
        "text-xs",
        "text-2xl",
        "space-5",
        "radius",
      ]),
    );
  });
  it("are the colours of the icon, the web manifest and the preview cards", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "public/manifest.webmanifest"), "utf8")) as {
      theme_color: string;
      background_color: string;
    };
    expect([manifest.theme_color, manifest.background_color]).toEqual([light.accent, light.bg]);
    expect(readFileSync(join(ROOT, "public/favicon.svg"), "utf8")).toContain(`fill="${light.accent}"`);
  });
  it("leave no colour, font size or radius written outside the token block, except for print", () => {
    const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");
    const afterTokens = css.slice(css.indexOf("*, *::before"));
    const outsidePrint = afterTokens.replace(/@media print \{[\s\S]*?\n\}/, "");
    expect(outsidePrint.match(/#[0-9a-f]{3,6}\b|font-size:\s*[\d.]+rem|border-radius:\s*\d+px/gi)).toEqual(null);
  });
});
