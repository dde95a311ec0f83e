import { describe, expect, it } from "vitest";
import { cardOf } from "../../scripts/previews/index.ts";
import { cardSvg, wrap } from "../../scripts/previews/card.ts";

describe("preview cards", () => {
  it("take their words from the page's own meta tags, entities decoded", () => {
    const html =
      '<meta name="description" content="Tỷ lệ &quot;bao phủ&quot; ' +
      'BHYT: Hải Dương 95,2%"><meta name="bc-preview-label" content="Chỉ tiêu · Y tế"><meta ' +
      'name="bc-preview-title" content="Tỷ lệ bao phủ BHYT so với dân số">' +
      '<meta property="og:site_name" content="Báo cáo Hải Dương – Hải Phòng">';
    expect(cardOf(html)).toEqual({
      site: "Báo cáo Hải Dương – Hải Phòng",
      label: "Chỉ tiêu · Y tế",
      title: "Tỷ lệ bao phủ BHYT so với dân số",
      description: 'Tỷ lệ "bao phủ" BHYT: Hải Dương 95,2%',
    });
    expect(cardOf('<meta name="description" content="x">')).toBeUndefined();
  });

  it("wrap a long title at words, and mark the cut", () => {
    const title =
      "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII trình Đại hội đại " +
      "biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030";
    const lines = wrap(title, 60, 1040, 3, true);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(lines.join(" ").replace(/…$/, "")).toBe(title.slice(0, lines.join(" ").length - 1));
    expect(wrap("2. Phát triển kinh tế", 60, 1040, 3, true)).toEqual(["2. Phát triển kinh tế"]);
  });

  it("escape the text of the sources in the SVG", () => {
    expect(cardSvg({ site: "S", label: "A & B", title: "<script>", description: "" })).toContain(
      '<text x="80" y="252" class="title">&lt;script&gt;</text>',
    );
  });
});
