import { describe, expect, it } from "vitest";
import { barShape, chartKey, chartUnitLine, indicatorChart } from "../../src/lib/chart.ts";
import { verdictChart } from "../../src/lib/verdict-chart.ts";
import { display, sourcesByDocument } from "../../src/lib/indicators.ts";
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

const steps = (html: string) =>
  [
    ...html.matchAll(
      /<li class="ichart-group series-([\w-]+)">|<span class="ichart-step">(.*?)<\/span> <strong class="ichart-value">(.*?)<\/strong>/g,
    ),
  ].map((m) => (m[1] ? `[${m[1]}]` : `${m[2]!.replace(/<[^>]+>/g, "")}: ${m[3]}`));
const widths = (html: string) => [...html.matchAll(/<rect x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("the indicator chart", () => {
  it("draws every key value in the indicator's unit, whichever spelling the document uses, a group per region", () => {
    const chart = indicatorChart(USD)!;
    expect(chart.unit).toBe("USD");
    expect(chart.drawn.map((x) => x.raw)).toEqual(["4.800", "4.913", "11.800", "9.486", "11.380 USD/người"]);
    expect(chart.left).toEqual([]);
    expect(steps(chart.html)).toEqual([
      "[hai-duong]",
      "Mục tiêu đến 2025: 4.800 USD",
      "Kết quả 2025 (ước): 4.913 USD",
      "[hai-phong]",
      "Mục tiêu đến 2025: 11.800 USD/người",
      "Kết quả 2025 (ước): 9.486 USD/người",
      "[hai-phong-moi]",
      "Mục tiêu đến 2030: 11.380 USD/người",
    ]);
    // One scale from 0 to the largest, 11.800: every bar as long as its value.
    expect(widths(chart.html).map(([, w]) => w)).toEqual([406.8, 416.4, 1000, 803.9, 964.4]);
    // Nothing joins the bars, and no text is drawn in SVG.
    expect(chart.html).not.toMatch(/<text|<path/);
  });

  it("converts a value by its scale, and says what it was", () => {
    const chart = indicatorChart({
      ...USD,
      values: USD.values.map((x) =>
        x.region === "hai-phong-moi" ? { ...x, raw: "11,38 nghìn USD", value: 11.38, unit: "nghìn USD", scale: 1000 } : x,
      ),
    })!;
    expect(steps(chart.html).at(-1)).toBe("Mục tiêu đến 2030: 11,38 nghìn USD (11.380 USD)");
  });

  it("leaves out a value of another measure (no scale) and names it", () => {
    const { scale: _, ...other } = USD.values[4]!;
    const chart = indicatorChart({ ...USD, values: [...USD.values.slice(0, 4), other] })!;
    expect(chart.left.map((x) => x.raw)).toEqual(["11.380 USD/người"]);
    expect(chart.html).not.toContain("series-hai-phong-moi");
  });

  it("draws a range as a range and a bound as a bound (004: “14-14,5%/năm”, “tối thiểu đạt 12%/năm”, “dưới 1%”)", () => {
    const pct = (region: IndicatorValue["region"], kind: IndicatorValue["kind"], raw: string, extra: Partial<IndicatorValue>) => ({
      ...v(region, kind, raw, 0, "%/năm", 480),
      value: null,
      ...extra,
    });
    const growth: Indicator = {
      ...USD,
      unit: "%",
      values: [
        pct("hai-phong-moi", "goal-avg-2026-2030", "14-14,5%/năm", { min: 14, max: 14.5 }),
        pct("hai-phong", "result-avg-2021-2025", "tối thiểu đạt 12%/năm", { min: 12, bound: "at-least" }),
        pct("hai-duong", "result-2025", "dưới 1%", { max: 1, bound: "below" }),
      ],
    };
    expect(indicatorChart(growth)!.drawn.map(barShape)).toEqual(["range", "open", "upto"]);
    const html = indicatorChart(growth)!.html;
    // The range: solid to 14, lighter from 14 to 14,5, on a scale to 14,5 × 1,08 (room for the open end).
    expect(widths(html)).toEqual([
      [0, 894],
      [894, 31.9],
      [0, 766.3],
    ]);
    expect(html).toContain('<path d="M766.3,0h40l24,7l-24,7h-40z" fill="currentColor" fill-opacity="0.3"/>');
    expect(html).toContain('<rect class="bar-upto" x="0.0" y="1" width="63.9" height="12" fill="none"');
    expect(chartKey(indicatorChart(growth)!)).toBe(
      "Mỗi nhóm là một địa bàn; các thanh là các loại số liệu khác nhau (mục tiêu, kết quả), " +
        "không phải một chuỗi theo năm. Cách đọc: một khoảng có phần đậm đến số nhỏ, " +
        "phần nhạt đến số lớn; “trên”, “tối thiểu” có thanh để ngỏ phía phải; “dưới”, “tối đa” có thanh rỗng.",
    );
  });

  it("says its unit, or that an index has none", () => {
    expect(chartUnitLine(indicatorChart(USD)!)).toBe("Đơn vị: USD; mọi thanh cùng một thang, tính từ 0.");
    expect(chartUnitLine({ ...indicatorChart(USD)!, unit: "" })).toBe("Chỉ số, không có đơn vị; mọi thanh cùng một thang, tính từ 0.");
  });

  it("names its sources by document, each line once (004 line 854 holds both of Hải Phòng's values)", () => {
    expect(sourcesByDocument(indicatorChart(USD)!.drawn).map(([doc, vs]) => [doc, vs.map((x) => x.source.line)])).toEqual([
      ["bcct-hai-duong-2025", [626, 629]],
      ["bcct-hai-phong-2025", [854, 488]],
    ]);
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
    expect(display(at("9,8", "%"))).toBe("9,8%");
    expect(display(at("981.260 (giai đoạn 2021-2025)", "Tỷ đồng"))).toBe("981.260 Tỷ đồng (giai đoạn 2021-2025)");
  });
  it("keeps a value that already says its unit as printed", () => {
    expect(display(at("14-14,5%/năm", "%/năm"))).toBe("14-14,5%/năm");
    expect(display(at("335/961 (35%)", "%"))).toBe("335/961 (35%)");
    expect(display(at("trên 90%", "%"))).toBe("trên 90%");
  });
});

describe("the verdict bars", () => {
  const count = { vuot: 4, dat: 7, "khong-dat": 7, total: 18 };
  it("draw each verdict's share of the indicators, no text in the drawing (Hải Phòng (cũ): 4 vượt, 7 đạt, 7 không đạt; 004 line 21)", () => {
    const html = verdictChart([{ key: "hai-phong", label: "Hải Phòng (cũ)", count }], "t", "bieu-do");
    expect(
      [...html.matchAll(/<rect x="([\d.]+)" y="0" width="([\d.]+)" height="20" class="seg seg-([a-z-]+)"/g)].map((m) => [
        m[3],
        Number(m[1]),
        Number(m[2]),
      ]),
    ).toEqual([
      ["vuot", 0, 218.2],
      ["dat", 222.2, 384.9],
      ["khong-dat", 611.1, 384.9],
    ]);
    expect(html).not.toContain("<text");
    expect(html).toContain('<p class="bar-label">Hải Phòng (cũ): 11/18 đạt và vượt (4 vượt, 7 đạt, 7 không đạt)</p>');
    expect(html).toContain('preserveAspectRatio="none" role="img" aria-labelledby="bieu-do--hai-phong"');
  });
});
