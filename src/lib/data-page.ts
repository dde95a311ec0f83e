/**
 * The data page (/du-lieu/): what each field of /du-lieu/chi-tieu.json means (the public contract
 * of scripts/model/indicators.ts, in the page's words), what a kind of value means, and the counts.
 */
import type { ValueKind } from "../../scripts/model/indicators.ts";
import { kindName } from "./indicators.ts";
import { lowerName, regions } from "./scope.ts";

/** Each field of the JSON file (or a group of them: “indicators[].name, domain, url”) and what it holds. */
export const dataFields: { field: string; meaning: string }[] = [
  {
    field: "schema",
    meaning: "Phiên bản của cấu trúc dữ liệu (hiện là 1). Cấu trúc chỉ thay đổi khi số này thay đổi.",
  },
  {
    field: "sources[]",
    meaning: "Các tài liệu nguồn: id, tên đầy đủ, tệp gốc trong kho mã (content/sources/…), trang đọc trên trang này.",
  },
  {
    field: "indicators[].id",
    meaning: "Mã ổn định của chỉ tiêu; trang của chỉ tiêu là /chi-tieu/ nối với mã và dấu /, ví dụ /chi-tieu/tang-truong-grdp/.",
  },
  {
    field: "indicators[].name, domain, url",
    meaning: "Tên chỉ tiêu, lĩnh vực (kinh-te, xa-hoi, moi-truong, xay-dung-dang, quoc-phong-an-ninh), địa chỉ trang.",
  },
  {
    field: "indicators[].unit",
    meaning:
      "Đơn vị đo của chỉ tiêu: biểu đồ và phép so sánh đổi mọi giá trị về đơn vị này (xem values[].scale). " +
      "Có thể để trống với số đếm không ghi đơn vị.",
  },
  {
    field: "values[].region",
    // The regions of content/regions.yml, read when the page is built.
    get meaning() {
      return `${regions()
        .map((r) => `${r.id}: ${lowerName(r)}`)
        .join("; ")}.`;
    },
  },
  {
    field: "values[].kind",
    meaning: "Loại giá trị (bảng dưới).",
  },
  {
    field: "values[].label",
    meaning:
      "Tên dòng hoặc mục đúng như trong tài liệu (dòng con giữ dấu “-”; " +
      "dòng tiếp theo cùng chỉ tiêu ở đơn vị khác mang tên dòng trên).",
  },
  {
    field: "values[].unit",
    meaning: "Đơn vị tính như tài liệu ghi (có thể để trống).",
  },
  {
    field: "values[].raw",
    meaning: "Nguyên văn ô bảng (khoảng trắng được gộp), hoặc với giá trị nằm trong câu văn: đúng các chữ nêu giá trị.",
  },
  {
    field: "values[].value",
    meaning: "Số đọc từ raw theo cách viết Việt Nam (1.200.000 → 1200000; 9,8 → 9.8), hoặc null khi raw không phải đúng một con số.",
  },
  {
    field: "values[].min, max, bound",
    meaning:
      "Với khoảng (14-14,5) và giới hạn (>99, < 3,5, trên 90%): cận dưới, cận trên, " +
      "và loại giới hạn (above, at-least, below, at-most, about).",
  },
  {
    field: "values[].scale",
    meaning:
      "Hệ số đổi giá trị về đơn vị của chỉ tiêu: value × scale (cũng như min, max) là giá trị theo indicators[].unit. " +
      "Bằng 1 khi tài liệu chỉ viết đơn vị theo cách khác " +
      "(“Tr.đồng” và “triệu đồng”, “%/năm” của tốc độ tăng bình quân); " +
      "1000000 cho “2,5 triệu tỷ đồng” so với “tỷ đồng”. " +
      "Không có khi giá trị là đánh giá, là chữ, hoặc đo một đại lượng khác dù cùng chỉ tiêu " +
      "(ví dụ “khoảng 1,5%/năm” là mức giảm mỗi năm, không phải tỷ lệ hộ nghèo) — " +
      "những giá trị đó không được so sánh.",
  },
  {
    field: "values[].source",
    meaning:
      "doc: id tài liệu; line: dòng (bắt đầu từ 1) của tệp gốc nơi giá trị bắt đầu — " +
      "với ô bảng là dòng của chính ô đó; url: trang và neo của dòng bảng.",
  },
  {
    field: "candidates[]",
    meaning:
      "Chỉ tiêu và kết quả bản dựng tìm thấy trong tài liệu nhưng chưa được đối chiếu với một chỉ tiêu nào " +
      "(mục trong danh sách chỉ tiêu, câu “chỉ tiêu”, “phấn đấu”, “đạt” có số và đơn vị, dòng bảng chỉ tiêu có cột năm). " +
      "Các trường như values[] (region, label, unit, raw, value, min, max, bound, source), thêm matched: false; " +
      "kind là loại được suy ra từ chữ và năm quanh giá trị (bảng dưới). Không hiện trên trang chỉ tiêu; " +
      "trang của mỗi tài liệu liệt kê chúng. Khi người duy trì xác nhận một mục trong content/indicators.yml, " +
      "giá trị chuyển sang values[] của chỉ tiêu đó.",
  },
];

/** The kinds inferred for `candidates[]`, by their pattern, and what each means. */
export const candidateKinds: { kind: string; meaning: string }[] = [
  { kind: "plan-<năm>", meaning: "Kế hoạch của một năm (kế hoạch năm sau của báo cáo năm, hoặc cột “Kế hoạch năm …” của bảng)" },
  { kind: "result-<năm>", meaning: "Kết quả (kể cả ước) của một năm đã qua hoặc năm ban hành" },
  { kind: "goal-<năm>", meaning: "Mục tiêu đến một năm xa hơn năm sau (“đến năm 2030”)" },
  {
    kind: "plan-avg-, result-avg-, goal-avg-<từ>-<đến>",
    meaning: "Mức bình quân mỗi năm của một giai đoạn (“bình quân giai đoạn 2026 - 2030”), kế hoạch, kết quả hoặc mục tiêu",
  },
  { kind: "unspecified", meaning: "Không tìm được năm quanh giá trị" },
];

/** The page's description: what can be downloaded. */
export const dataDescription = (indicatorCount: number, valueCount: number): string =>
  `Tải dữ liệu ${indicatorCount} chỉ tiêu (${valueCount} giá trị) dạng JSON và CSV, có nguồn đến từng dòng tài liệu.`;

/** What a kind of value means: its name, and for a verdict where the document's words are. */
export const kindMeaning = (kind: ValueKind): string =>
  kindName(kind) +
  (kind === "status"
    ? ": đánh giá nguyên văn của tài liệu (Đạt, Vượt, Không đạt) nằm ở raw"
    : kind === "result-2020"
      ? ": mức năm 2020, điểm xuất phát của nhiệm kỳ, như văn bản ghi (“tăng từ 38,8% (năm 2020) lên 45%”)"
      : kind === "ratio-2025-2020"
        ? ": mức năm 2025 gấp bao nhiêu lần năm 2020 (“tăng gấp 1,86 lần so với năm 2020”); unit là “lần”, không có scale"
        : kind === "total-2021-2025"
          ? ": tổng cộng cả năm năm 2021–2025 (“giai đoạn 2021-2025 đạt 125.994 tỷ đồng”), không phải mức của một năm"
          : kind === "goal-total-2026-2030"
            ? ": mục tiêu cộng cả năm năm 2026–2030 (“giai đoạn 2026 - 2030 đạt 2,5 triệu tỷ đồng”), không phải mức của năm 2030"
            : "");
