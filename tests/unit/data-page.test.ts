/** The data page's view (src/lib/data-page.ts): the fields it explains are the published file's, and the kinds of value. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { dataDescription, dataFields, kindMeaning } from "../../src/lib/data-page.ts";
import { valueCount } from "../../src/lib/indicators.ts";
import { indicatorData } from "../../src/lib/site.ts";

describe("the data page", () => {
  it("explains every field of the JSON file: the file's, an indicator's and a value's (a range, and a bound)", () => {
    const data = indicatorData();
    const ind = data.indicators.find((i) => i.id === "tang-truong-grdp")!;
    const range = ind.values.find((v) => v.raw === "14-14,5%/năm")!;
    // “indicators[].name, domain, url” names indicators[].name, indicators[].domain and indicators[].url.
    const named = dataFields.flatMap(({ field }) => {
      const [first, ...more] = field.split(", ");
      return [first!, ...more.map((m) => first!.slice(0, first!.lastIndexOf(".") + 1) + m)];
    });
    const unexplained = (names: string[]) => names.filter((n) => !named.includes(n));
    expect(unexplained(Object.keys(data).map((k) => (k === "schema" ? k : `${k}[]`)))).toEqual(["indicators[]"]);
    expect(unexplained(Object.keys(ind).map((k) => `indicators[].${k}`))).toEqual(["indicators[].values"]);
    expect(unexplained([...Object.keys(range), "bound"].map((k) => `values[].${k}`))).toEqual([]);
    expect(dataFields.find((f) => f.field === "values[].scale")!.meaning).toMatch(
      /^Hệ số đổi giá trị về đơn vị của chỉ tiêu: .* không được so sánh\.$/,
    );
  });

  it("says what a kind of value means, and where a verdict's words are", () => {
    expect(kindMeaning("result-2025")).toBe("Kết quả 2025 (ước)");
    const verdict = kindMeaning("status");
    expect(verdict).toBe("Đánh giá của tài liệu: đánh giá nguyên văn của tài liệu (Đạt, Vượt, Không đạt) nằm ở raw");
  });

  it("counts the values, and says so in its description", () => {
    const { indicators } = indicatorData();
    const values = indicators.flatMap((i) => i.values);
    expect(countByDocument(values, (v) => v.source.doc)).toMatchObject({
      "bcct-hai-duong-2025": 327,
      "bc-kt-xh-hai-duong-2023": 48,
      "ctr-nq30-hai-duong": 29,
      "nq-hdnd-hai-duong-2023": 22,
      "bcct-hai-phong-2025": 274,
    });
    expect(valueCount(indicators)).toBe(values.length);
    expect(dataDescription(111, 700)).toBe("Tải dữ liệu 111 chỉ tiêu (700 giá trị) dạng JSON và CSV, có nguồn đến từng dòng tài liệu.");
  });
});
