/**
 * Reads a value as printed in the documents: Vietnamese number format (`1.200.000` → 1200000,
 * `9,8` → 9.8), ranges (`14-14,5`, `87-88`), bounds (`>99`, `< 3,5`, `trên 90%`, `tối thiểu 12%`)
 * and words (`giảm 4/5`, `335/961 (35%)`). A number followed by the period it covers
 * (`981.260 (giai đoạn 2021-2025)`) is a single number. A single number gets `value`; a range or bound keeps
 * `value: null` with `min`/`max`/`bound`; anything else is kept as raw text only.
 */
export interface ParsedValue {
  raw: string;
  value: number | null;
  min?: number;
  max?: number;
  bound?: "above" | "at-least" | "below" | "at-most" | "about";
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A unit after the number: `%`, `%/năm`, or words (`triệu đồng/ha`, `giường/ 01 vạn dân`, `tỷ USD`). */
const UNIT = String.raw`(?:\s*(?:%(?:\s*\/\s*năm)?|[\p{L}][\p{L}\s/.]*?(?:\/\s*(?:\d+\s*)?[\p{L} ]+)?))?`;

/** `1.200.000` → 1200000; `9,8` → 9.8; `0,786` → 0.786. */
export function parseNumber(text: string): number {
  return Number(text.replace(/\./g, "").replace(",", "."));
}

const BOUNDS: [RegExp, ParsedValue["bound"]][] = [
  [/^(?:>|trên|hơn|vượt)\s*/iu, "above"],
  [/^(?:≥|>=|tối thiểu(?: đạt)?|ít nhất|từ)\s*/iu, "at-least"],
  [/^(?:<|dưới)\s*/iu, "below"],
  [/^(?:≤|<=|tối đa|không quá)\s*/iu, "at-most"],
  [/^(?:khoảng)\s*/iu, "about"],
];

/**
 * A figure written partly in words, as the reports write large sums: “184 nghìn 123 tỷ đồng” is
 * 184.123 tỷ đồng and “1 tỷ 136 triệu USD” is 1.136 triệu USD: the number in the smaller unit, with
 * that unit. The part after the word has exactly three digits, as printed (“21 nghìn 069”).
 */
export function wordedNumber(raw: string): { value: number; unit: string } | null {
  const m = /^(\d+) (nghìn|tỷ) (\d{3}) (.+)$/u.exec(raw.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const [, high, word, low, unit] = m;
  // “tỷ” joins a sum in millions (“1 tỷ 136 triệu”); “nghìn” joins one in the unit that follows.
  if (word === "tỷ" && !unit!.startsWith("triệu ")) return null;
  if (/^\d/.test(unit!)) return null;
  return { value: Number(high) * 1000 + Number(low), unit: unit! };
}

export function parseValue(rawText: string): ParsedValue {
  const raw = rawText.replace(/\s+/g, " ").trim();
  const worded = wordedNumber(raw);
  if (worded) return { raw, value: worded.value };
  // “40% trở lên”, “từ 15% trở lên”: a lower bound written after the number.
  const orMore = new RegExp(`^(?:từ\\s+)?(${NUM})${UNIT}\\s+trở lên$`, "u").exec(raw);
  if (orMore) return { raw, value: null, bound: "at-least", min: parseNumber(orMore[1]!) };
  const single = new RegExp(`^(${NUM})${UNIT}(?:\\s*\\(giai đoạn \\d{4}\\s*-\\s*\\d{4}\\))?$`, "u").exec(raw);
  if (single) return { raw, value: parseNumber(single[1]!) };
  const range = new RegExp(`^(${NUM})\\s*%?\\s*(?:[-–]|đến)\\s*(${NUM})${UNIT}$`, "u").exec(raw);
  if (range) return { raw, value: null, min: parseNumber(range[1]!), max: parseNumber(range[2]!) };
  // “từ 15.000 đến 15.500 đảng viên”: a range introduced by “từ”.
  const fromTo = new RegExp(`^từ\\s+(${NUM})\\s*%?\\s*đến\\s*(${NUM})${UNIT}$`, "u").exec(raw);
  if (fromTo) return { raw, value: null, min: parseNumber(fromTo[1]!), max: parseNumber(fromTo[2]!) };
  for (const [re, bound] of BOUNDS) {
    const m = re.exec(raw);
    if (!m) continue;
    const rest = new RegExp(`^(${NUM})${UNIT}$`, "u").exec(raw.slice(m[0].length));
    if (!rest) break;
    const n = parseNumber(rest[1]!);
    if (bound === "about") return { raw, value: null, min: n, max: n, bound };
    return { raw, value: null, bound, ...(bound === "above" || bound === "at-least" ? { min: n } : { max: n }) };
  }
  return { raw, value: null };
}
