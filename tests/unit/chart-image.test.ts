/** The chart image (src/lib/chart-image.ts), on the real indicators, measured with the shipped fonts and drawn by resvg. */
import "../site-data.ts";
import { describe, expect, it } from "vitest";
import { wrapMeasured } from "../../scripts/model/font-metrics.ts";
import { decodeEntities } from "../../scripts/model/text.ts";
import { drawnBox, renderPng } from "../../scripts/previews/render.ts";
import { indicatorChart } from "../../src/lib/chart.ts";
import { chartImageSvg, chartImageUrls, IMAGE_WIDTH } from "../../src/lib/chart-image.ts";
import { imageFonts } from "../../src/lib/image-fonts.ts";
import { documents, indicatorData } from "../../src/lib/site.ts";
import { designTokens } from "../../src/lib/tokens.ts";

const SITE = new URL("https://bao-cao-hai-phong.example");
const indicator = (id: string) => indicatorData().indicators.find((i) => i.id === id)!;
const imageOf = (id: string) =>
  chartImageSvg({
    ind: indicator(id),
    chart: indicatorChart(indicator(id))!,
    docTitle: (doc) => documents().find((d) => d.meta.id === doc)!.meta.shortTitle,
    site: SITE,
    fonts: imageFonts(),
    colours: designTokens().light,
  });

interface Text {
  x: number;
  size: number;
  bold: boolean;
  end: boolean;
  text: string;
}
const textsOf = (svg: string): Text[] =>
  [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, body]) => ({
    x: Number(/x="([^"]+)"/.exec(attrs!)![1]),
    size: Number(/font-size="([^"]+)"/.exec(attrs!)![1]),
    bold: attrs!.includes('font-weight="700"'),
    end: attrs!.includes('text-anchor="end"'),
    text: decodeEntities(body!),
  }));
/** Where a text element starts and ends across the image, by the advances of the font it is drawn in. */
const extent = (t: Text): [number, number] => {
  const w = (t.bold ? imageFonts().bold : imageFonts().regular)(t.text, t.size);
  return t.end ? [t.x - w, t.x] : [t.x, t.x + w];
};
const charted = indicatorData().indicators.filter((i) => indicatorChart(i) !== null);

describe("the chart image of an indicator", () => {
  it("ty-le-do-thi-hoa: title, unit line, each region with its bars' kinds and values, the sources with their lines, the site's address", () => {
    const svg = imageOf("ty-le-do-thi-hoa");
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="`)).toBe(true);
    expect(textsOf(svg).map((t) => t.text)).toEqual([
      "Báo cáo Hải Dương – Hải Phòng · bao-cao-hai-phong.example",
      "Tỷ lệ đô thị hóa",
      "Đơn vị: %; mọi thanh cùng một thang, tính từ 0.",
      "Hải Dương (cũ)",
      "Kết quả 2020",
      "38,8%",
      "Mục tiêu đến 2025",
      "45%",
      "Kết quả 2025 (ước)",
      "45%",
      "Mục tiêu đến 2030",
      "55%",
      "Định hướng đến 2035",
      "65%",
      "Hải Phòng (cũ)",
      "Kết quả 2025 (ước)",
      "68,94%",
      "Mỗi nhóm là một địa bàn; các thanh là các loại số liệu khác nhau (mục tiêu, kết quả), không phải một",
      "chuỗi theo năm.",
      "Nguồn: Báo cáo chính trị Hải Dương, dòng 86, 820, 823, 1243, 1245; Báo cáo chính trị Hải Phòng, dòng",
      "154.",
      "Xem trang chỉ tiêu: https://bao-cao-hai-phong.example/chi-tieu/ty-le-do-thi-hoa/",
    ]);
    // One bar per value: the six values, each a solid bar from zero, in its region's colour.
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="20" fill="(#[0-9a-f]+)"\/>/g)];
    expect(bars.map((b) => b[3])).toEqual([...Array<string>(5).fill("#0b57a4"), "#6b2fa3"]);
    // 38,8 of 68,94 (the largest) across the 1052 units of the bars.
    expect(Number(bars[0]![2])).toBeCloseTo((38.8 / 68.94) * 1052, 0);
    expect(chartImageUrls(indicator("ty-le-do-thi-hoa"))).toEqual({
      svg: "/chi-tieu/ty-le-do-thi-hoa/bieu-do.svg",
      png: "/chi-tieu/ty-le-do-thi-hoa/bieu-do.png",
    });
  });

  it("is the same string for the same indicator", () => {
    expect(imageOf("ty-le-do-thi-hoa")).toBe(imageOf("ty-le-do-thi-hoa"));
  });

  it(`keeps every text of every charted indicator (${charted.length}) inside its margins, measured with Noto Sans`, () => {
    expect(charted.length).toBeGreaterThan(50);
    for (const ind of charted) {
      for (const t of textsOf(imageOf(ind.id))) {
        const [from, to] = extent(t);
        expect({ id: ind.id, text: t.text, inside: from >= 64 && to <= IMAGE_WIDTH - 64 }).toEqual({
          id: ind.id,
          text: t.text,
          inside: true,
        });
      }
    }
  });

  it("keeps every text inside the image as resvg draws it with the shipped fonts (the longest title)", async () => {
    const longest = charted.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const svg = imageOf(longest.id);
    const texts = textsOf(svg);
    // The title is wrapped onto lines of its own, word for word.
    const heading = texts.filter((t) => t.size === 36).map((t) => t.text);
    expect(heading.length).toBeGreaterThan(1);
    expect(heading.join(" ")).toBe(longest.name);
    const png = await renderPng(svg);
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(IMAGE_WIDTH);
    // Only the text, as paths of the shipped glyphs: its bounding box stays within the margins.
    const textOnly = svg.replace(/<rect [^>]*\/>|<path [^>]*\/>/g, "");
    const bbox = (await drawnBox(textOnly))!;
    expect(bbox.x).toBeGreaterThanOrEqual(60);
    expect(bbox.x + bbox.width).toBeLessThanOrEqual(IMAGE_WIDTH - 60);
  });
});

describe("lines measured with a font", () => {
  it("break at spaces, and cut a word longer than a line", () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapMeasured("một hai  ba bốn", measure, 70)).toEqual(["một hai", "ba bốn"]);
    expect(wrapMeasured("https://example/chi-tieu/x/", measure, 100)).toEqual(["https://ex", "ample/chi-", "tieu/x/"]);
  });
});
