import { describe, expect, it } from "vitest";
import { indicatorChart, stepLines } from "../../src/lib/chart.ts";
import { widthBound } from "../../src/lib/text-room.ts";
import { segmentText } from "../../src/lib/verdict-chart.ts";
import { display } from "../../src/lib/indicators.ts";
import type { Indicator, IndicatorValue } from "../../scripts/model/indicators.ts";

/** GDP per head in USD as the data has it: 000 Phụ lục 1 (lines 626, 629), 004 Phụ lục 1 (line 854) and the merged city's goal (004 line 488). */
const v = (
  region: IndicatorValue["region"],
  kind: IndicatorValue["kind"],
  raw: string,
  value: number,
  unit: string,
  line: number,
  doc = "bcct-hai-phong-2025",
): IndicatorValue => ({
  region,
  kind,
  label: "GRDP bình quân đầu người",
  unit,
  raw,
  value,
  scale: 1,
  source: { doc, line, url: `/tai-lieu/x/#d${line}` },
});
const USD: Indicator = {
  id: "grdp-binh-quan-dau-nguoi-usd",
  name: "GRDP bình quân đầu người (USD)",
  domain: "kinh-te",
  unit: "USD",
  url: "/chi-tieu/grdp-binh-quan-dau-nguoi-usd/",
  values: [
    v("hai-duong", "target-2025", "4.800", 4800, "USD", 626, "bcct-hai-duong-2025"),
    v("hai-duong", "result-2025", "4.913", 4913, "USD", 629, "bcct-hai-duong-2025"),
    v("hai-phong", "target-2025", "11.800", 11800, "USD/người", 854),
    v("hai-phong", "result-2025", "9.486", 9486, "USD/người", 854),
    v("hai-phong-moi", "goal-2030", "11.380 USD/người", 11380, "USD/người", 488),
  ],
};
const titles = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe("the indicator chart", () => {
  it("draws every key value in the indicator's unit, whichever spelling the document uses", () => {
    const chart = indicatorChart(USD)!;
    expect(chart.unit).toBe("USD");
    expect(chart.drawn.map((x) => x.raw)).toEqual(["4.800", "4.913", "11.800", "9.486", "11.380 USD/người"]);
    expect(chart.left).toEqual([]);
    expect(titles(chart.svg)).toEqual([
      "Hải Dương (cũ) – Mục tiêu 2025: 4.800 USD",
      "Hải Dương (cũ) – Kết quả 2025: 4.913 USD",
      "Hải Phòng (cũ) – Mục tiêu 2025: 11.800 USD/người",
      "Hải Phòng (cũ) – Kết quả 2025: 9.486 USD/người",
      "Hải Phòng (mới) – Mục tiêu 2030: 11.380 USD/người",
    ]);
    // The scale runs to 12.000 (11.800 rounded up), written the Vietnamese way.
    expect(chart.svg).toContain(">12.000</text>");
  });

  it("converts a value by its scale, and says what it was", () => {
    const chart = indicatorChart({
      ...USD,
      values: USD.values.map((x) =>
        x.region === "hai-phong-moi" ? { ...x, raw: "11,38 nghìn USD", value: 11.38, unit: "nghìn USD", scale: 1000 } : x,
      ),
    })!;
    expect(titles(chart.svg).at(-1)).toBe("Hải Phòng (mới) – Mục tiêu 2030: 11,38 nghìn USD (11.380 USD)");
  });

  it("leaves out a value of another measure (no scale) and names it", () => {
    const { scale: _, ...other } = USD.values[4]!;
    const chart = indicatorChart({ ...USD, values: [...USD.values.slice(0, 4), other] })!;
    expect(chart.left.map((x) => x.raw)).toEqual(["11.380 USD/người"]);
    expect(chart.svg).not.toContain("Hải Phòng (mới) – ");
  });

  it("makes room on the left for long tick labels: investment in tỷ đồng, 981.260 to 2.500.000 (004 lines 866, 496)", () => {
    const investment: Indicator = {
      ...USD,
      unit: "tỷ đồng",
      values: [
        v("hai-phong", "result-2025", "981.260 (giai đoạn 2021-2025)", 981260, "Tỷ đồng", 866),
        { ...v("hai-phong-moi", "goal-2030", "2,5 triệu tỷ đồng", 2.5, "triệu tỷ đồng", 496), scale: 1_000_000 },
      ],
    };
    const svg = indicatorChart(investment)!.svg;
    // “2.500.000” in a wide font: 7 digits × 0,7 em + 2 points × 0,4 em = 5,7 em of 14 units = 79,8; 8 units more.
    expect(svg).toContain('<g class="tick"><line x1="88"');
    expect(svg).toContain(">2.500.000</text>");
    // “12.000”: 3,9 em = 54,6 units.
    expect(indicatorChart(USD)!.svg).toContain('<g class="tick"><line x1="63"');
  });

  it("writes a step's words on one line where they fit in a wide font, else a word a line", () => {
    expect(stepLines("Định hướng 2035", 100)).toEqual(["Định hướng", "2035"]);
    // “Định hướng”: Đ 1 em + 8 letters × 0,7 + a space 0,4 = 7 em = 98 units of 14.
    expect(stepLines("Định hướng 2035", 97)).toEqual(["Định", "hướng", "2035"]);
    expect(stepLines("Đánh giá", 40)).toEqual(["Đánh", "giá"]);
  });

  it("puts its legend in HTML, a marker and the region's name each", () => {
    expect(indicatorChart(USD)!.legend).toBe(
      '<ul class="chart-legend">' +
        '<li><svg class="series-hai-duong" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="0.0" cy="0.0" r="5.5" fill="currentColor"/></svg>Hải Dương (cũ)</li>' +
        '<li><svg class="series-hai-phong" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false"><rect x="-5.0" y="-5.0" width="10" height="10" fill="currentColor"/></svg>Hải Phòng (cũ)</li>' +
        '<li><svg class="series-hai-phong-moi" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M0.0,-7.0l7,7l-7,7l-7,-7z" fill="currentColor"/></svg>Hải Phòng (mới)</li></ul>',
    );
    expect(indicatorChart(USD)!.svg).not.toContain("Hải Dương (cũ)</text>");
  });

  it("is not drawn with fewer than two numbers in the indicator's unit", () => {
    expect(indicatorChart({ ...USD, values: USD.values.slice(4) })).toBeNull();
  });
});

describe("a value as the page writes it", () => {
  const at = (raw: string, unit: string, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
    ...USD.values[0]!,
    raw,
    unit,
    ...extra,
  });
  it("adds the unit the table gives in its own column, before the period in brackets (004 Phụ lục 1, line 866)", () => {
    expect(display(at("9,8", "%"))).toBe("9,8 %");
    expect(display(at("981.260 (giai đoạn 2021-2025)", "Tỷ đồng"))).toBe("981.260 Tỷ đồng (giai đoạn 2021-2025)");
  });
  it("keeps a value that already says its unit as printed", () => {
    expect(display(at("14-14,5%/năm", "%/năm"))).toBe("14-14,5%/năm");
    expect(display(at("335/961 (35%)", "%"))).toBe("335/961 (35%)");
    expect(display(at("trên 90%", "%"))).toBe("trên 90%");
  });
});

describe("room for a text drawn in SVG", () => {
  it("bounds a text's width for wide fonts: capitals, m, w and symbols 1 em, other letters and digits 0,7, spaces and points 0,4", () => {
    expect(widthBound("2.500.000", 10)).toBeCloseTo(57, 6);
    expect(widthBound("Mục tiêu", 10)).toBeCloseTo((1 + 0.7 * 2 + 0.4 + 0.7 * 4) * 10, 6);
    expect(widthBound("▲ 4", 10, true)).toBeCloseTo((1 + 0.4 + 0.7) * 11, 6);
    // A decomposed “ệ” (e + two marks) counts as one letter, as its NFC form.
    expect(widthBound("hiê\u0323n", 10)).toBe(widthBound("hiện", 10));
  });

  it("writes in a verdict segment its mark and number where they fit in a wide font, else the number, else nothing", () => {
    expect(segmentText("✓", 16, 200)).toBe("✓ 16");
    // “▲ 4” in bold 14: (1 + 0,4 + 0,7) × 14 × 1,1 = 32,3 units, and 8 of margin.
    expect(segmentText("▲", 4, 41)).toBe("▲ 4");
    expect(segmentText("▲", 4, 40)).toBe("4");
    expect(segmentText("▲", 1, 10)).toBe("");
  });
});
