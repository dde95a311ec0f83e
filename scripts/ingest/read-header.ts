/**
 * Reads what a document says about itself in its header: the issuing body, the number, the place
 * and date, the kind of document and its title. Portal Markdown lays the header out as a table
 * (`|` lines), breaks lines anywhere and wraps words in `**`/`*`; plain text puts the same words on
 * lines of their own. Every value comes with the line it was read from and a quote of that line,
 * so that the metadata can cite it.
 */
import type { SourceMeta } from "../model/schema.ts";

/** A value read from the document, with the line it starts on and words of that line as printed. */
export interface Found<T> {
  value: T;
  line: number;
  quote: string;
}

export interface Header {
  /** The issuing body as printed (upper case, joined across lines), and written as a name. */
  issuer?: Found<{ printed: string; name: string; place?: string }>;
  /** The number after `Số:`; `null` when the document prints `Số:` with no number. */
  number?: Found<string | null>;
  /** The date as YYYY-MM-DD, and the place printed before it; `passed` when read from “thông qua ngày …” at the end. */
  date?: Found<{ iso: string; place?: string; passed: boolean }>;
  kind?: Found<SourceMeta["kind"]>;
  /** The title as printed, joined across lines. */
  title?: Found<string>;
}

/** A line without Markdown emphasis, table bars or spaces at the ends. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/\*+/g, " ")
    .replace(/^\s*\|\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The longest run of the raw line that holds no `*` or `|`: words a citation can quote exactly. */
export function quoteOf(raw: string): string {
  const parts = raw
    .split(/\*+|\|/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), "");
}

const KINDS: [string, SourceMeta["kind"]][] = [
  ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "chuong-trinh-hanh-dong"],
  ["BÁO CÁO CHÍNH TRỊ", "bao-cao-chinh-tri"],
  ["NGHỊ QUYẾT", "nghi-quyet"],
  ["KẾ HOẠCH", "ke-hoach"],
  ["QUYẾT ĐỊNH", "quyet-dinh"],
  ["BÁO CÁO", "bao-cao"],
];

/** Words that start the body: after them nothing belongs to the header. */
const BODY = /^(Căn cứ|Xét |Trên cơ sở|QUYẾT NGHỊ|QUYẾT ĐỊNH:|Điều 1\b|PHẦN |Phần thứ|I\. )/u;
/** The first words of an issuing body (a line may stop inside them: `HỘI ĐỒNG NHÂN` / `DÂN`). */
const ORGAN_START = /^(?:CỦA )?(ỦY BAN|UỶ BAN|HỘI ĐỒNG NHÂN|BAN CHẤP HÀNH|ĐẢNG BỘ|QUỐC HỘI|CHÍNH PHỦ|THỦ TƯỚNG)/u;
const ORGANS: [RegExp, string][] = [
  [/^(?:ỦY|UỶ) BAN NHÂN DÂN/u, "Ủy ban nhân dân"],
  [/^HỘI ĐỒNG NHÂN DÂN/u, "Hội đồng nhân dân"],
  [/^BAN CHẤP HÀNH ĐẢNG BỘ/u, "Ban Chấp hành Đảng bộ"],
  [/^ĐẢNG BỘ/u, "Đảng bộ"],
  [/^QUỐC HỘI/u, "Quốc hội"],
  [/^THỦ TƯỚNG CHÍNH PHỦ/u, "Thủ tướng Chính phủ"],
  [/^CHÍNH PHỦ/u, "Chính phủ"],
];
const UNIT = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)(?:\s+|$)/u;
/** Words after a place name that are not part of it (`KHÓA XVII`, `NHIỆM KỲ`). */
const AFTER_PLACE = /^(KHÓA|KHOÁ|KHOÀ|NHIỆM|KỲ|LẦN)$/u;
const DATE = /(?:([\p{L}][\p{L} .]*?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const PASSED = /thông qua ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

const isUpper = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();
const isBlankRaw = (raw: string) => /^\s*$/.test(raw);
/** A line that only lays out the header: a table bar, a rule, emphasis marks alone. */
const isLayout = (raw: string) => /^\s*(\|\s*)*$|^\s*[-_=]{3,}\s*$|^\s*\*+\s*$/.test(raw) && !isBlankRaw(raw);

/** A word in title case (`HÀ` → `Hà`). */
export function titleWord(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

/** Upper-case words in lower case, keeping numbers, codes and Roman numerals as printed. */
function lowerWords(s: string): string {
  return s
    .split(" ")
    .map((w) => (/\d|\/|^[IVXLC]+[,.;:]?$/.test(w) || /^\p{Lu}{2,}-\p{Lu}/u.test(w) ? w : w.toLowerCase()))
    .join(" ");
}

/** The issuing body printed in capitals, as a name: `ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI` → `Ủy ban nhân dân tỉnh Đồng Nai`. */
export function issuerName(printed: string): { name: string; place?: string } {
  const text = printed.replace(/^CỦA /u, "").replace(/\s+/g, " ").trim();
  const organ = ORGANS.find(([re]) => re.test(text));
  if (!organ) return { name: titleWord(lowerWords(text)) };
  let rest = text.replace(organ[0], "").trim();
  const parts = [organ[1]];
  const unit = UNIT.exec(rest);
  let place: string | undefined;
  if (unit) {
    parts.push(unit[1]!.toLowerCase());
    rest = rest.slice(unit[0].length);
    const words = rest.split(" ").filter(Boolean);
    const end = words.findIndex((w) => AFTER_PLACE.test(w) || /[,;]$/.test(w));
    const placeWords = words.slice(0, end === -1 ? words.length : end);
    // A comma ends the place but belongs to its last word (`HẢI DƯƠNG,`).
    if (end !== -1 && /[,;]$/.test(words[end]!) && !AFTER_PLACE.test(words[end]!.replace(/[,;]$/, ""))) placeWords.push(words[end]!);
    const cleanPlace = placeWords.map((w) => titleWord(w.replace(/[,;]$/, ""))).join(" ");
    if (cleanPlace) {
      place = cleanPlace;
      parts.push(place);
    }
    rest = words.slice(placeWords.length).join(" ");
  } else if (organ[1] === "Quốc hội" || organ[1] === "Chính phủ" || organ[1] === "Thủ tướng Chính phủ") {
    place = "Việt Nam";
  }
  if (rest) parts.push(lowerWords(rest));
  return { name: parts.join(" ").replace(/\s+,/g, ","), ...(place ? { place } : {}) };
}

/** An upper-case title in sentence case, keeping codes, numbers and the given place names. */
export function sentenceCase(printed: string, places: string[]): string {
  if (!isUpper(printed.replace(/[^\p{L}]/gu, ""))) return printed;
  let s = lowerWords(printed);
  for (const p of places) s = s.replaceAll(p.toLowerCase(), p);
  // Capitals where a sentence or a quoted name starts.
  return s
    .replace(/^(\P{L}*)(\p{L})/u, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/([“"(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Where the header ends: the first line of the body (or line 80). */
function headerEnd(lines: string[]): number {
  const limit = Math.min(lines.length, 80);
  for (let i = 0; i < limit; i++) if (BODY.test(cleanLine(lines[i]!))) return i;
  return limit;
}

function findKind(lines: string[], end: number): Found<SourceMeta["kind"]> | undefined {
  for (let i = 0; i < end; i++) {
    const text = cleanLine(lines[i]!).toUpperCase();
    const kind = KINDS.find(([printed]) => text === printed);
    if (kind) return { value: kind[1], line: i + 1, quote: quoteOf(lines[i]!) };
  }
  return undefined;
}

function findIssuer(lines: string[], end: number): Header["issuer"] {
  for (let i = 0; i < end; i++) {
    const first = cleanLine(lines[i]!);
    if (!ORGAN_START.test(first) || !isUpper(first)) continue;
    const words = [first];
    // The body's name goes on over lines in capitals, up to a rule, a table bar or a blank line.
    for (let j = i + 1; j < Math.min(end, i + 5); j++) {
      const raw = lines[j]!;
      if (isBlankRaw(raw) || /^\s*\||^\s*[-_=]{3,}/.test(raw)) break;
      const text = cleanLine(raw);
      if (!text) continue;
      if (!isUpper(text) || /^CỘNG HÒA|^CỘNG HOÀ/u.test(text) || KINDS.some(([k]) => k === text)) break;
      words.push(text);
    }
    const printed = words.join(" ").replace(/\s+/g, " ");
    return { value: { printed, ...issuerName(printed) }, line: i + 1, quote: quoteOf(lines[i]!) };
  }
  return undefined;
}

function findNumber(lines: string[], end: number): Header["number"] {
  for (let i = 0; i < end; i++) {
    const m = /^Số\s*:?\s*(.*)$/u.exec(cleanLine(lines[i]!));
    if (!m) continue;
    const rest = m[1]!;
    const own = /^(\d[^\s|*]*)/.exec(rest);
    if (own) return { value: own[1]!, line: i + 1, quote: quoteOf(lines[i]!) };
    if (rest === "") {
      // `Số:` alone, the number on the next line that holds text.
      for (let j = i + 1; j < Math.min(end, i + 3); j++) {
        const next = /^(\d[^\s|*]*\/[^\s|*]+)/.exec(cleanLine(lines[j]!));
        if (next) return { value: next[1]!, line: j + 1, quote: quoteOf(lines[j]!) };
      }
    }
    return { value: null, line: i + 1, quote: quoteOf(lines[i]!) };
  }
  return undefined;
}

const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;

function findDate(lines: string[], end: number): Header["date"] {
  for (let i = 0; i < end; i++) {
    const here = cleanLine(lines[i]!);
    if (!here) continue;
    // Joined by line breaks, which the place before the date cannot cross.
    const joined = [here, ...lines.slice(i + 1, i + 4).map(cleanLine)].join("\n");
    const m = DATE.exec(joined);
    if (!m || m.index >= here.length) continue;
    const place = m[1]?.trim();
    return {
      value: { iso: iso(m[2]!, m[3]!, m[4]!), ...(place ? { place } : {}), passed: false },
      line: i + 1,
      quote: quoteOf(lines[i]!),
    };
  }
  // No date in the header: a resolution says at its end when it was passed.
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const here = cleanLine(lines[i]!);
    const joined = [here, ...lines.slice(i + 1, i + 3).map(cleanLine)].join(" ");
    const m = PASSED.exec(joined);
    if (m && m.index < here.length) {
      // The words of the date on this line, which the citation quotes.
      const own = here.slice(m.index, m.index + m[0].length).replace(/\s*\n.*$/s, "");
      return {
        value: { iso: iso(m[1]!, m[2]!, m[3]!), passed: true },
        line: i + 1,
        quote: quoteOf(lines[i]!).includes(own) ? own : quoteOf(lines[i]!),
      };
    }
  }
  return undefined;
}

function findTitle(lines: string[], kind: Found<unknown>): Header["title"] {
  let i = kind.line; // the line after the kind's (0-based index of the next line)
  while (i < lines.length && (isBlankRaw(lines[i]!) || isLayout(lines[i]!))) i++;
  const start = i;
  const parts: string[] = [];
  for (; i < lines.length && parts.length < 8; i++) {
    const raw = lines[i]!;
    const text = cleanLine(raw);
    if (isBlankRaw(raw) || isLayout(raw)) {
      // A page break inside the title: the next line goes on in lower case.
      let k = i + 1;
      while (k < lines.length && isBlankRaw(lines[k]!)) k++;
      if (k < lines.length && /^\p{Ll}/u.test(cleanLine(lines[k]!))) {
        i = k - 1;
        continue;
      }
      break;
    }
    if (BODY.test(text) || (parts.length && ORGAN_START.test(text))) break;
    // A title in capitals ends where the capitals do.
    if (parts.length && isUpper(parts[0]!.replace(/[^\p{L}]/gu, "")) && !isUpper(text.replace(/[^\p{L}]/gu, ""))) break;
    parts.push(text);
  }
  if (!parts.length) return undefined;
  return { value: parts.join(" ").replace(/\s+/g, " ").trim(), line: start + 1, quote: quoteOf(lines[start]!) };
}

/** What the header of a document (its lines, NFC) says about it; what it does not say is absent. */
export function readHeader(lines: string[]): Header {
  const end = headerEnd(lines);
  const kind = findKind(lines, end);
  // The number and date stand before the kind in a portal header; without a kind, anywhere in the header.
  const issuer = findIssuer(lines, end);
  const number = findNumber(lines, kind ? kind.line : end);
  const date = findDate(lines, kind ? kind.line : end);
  const title = kind ? findTitle(lines, kind) : undefined;
  return {
    ...(issuer ? { issuer } : {}),
    ...(number ? { number } : {}),
    ...(date ? { date } : {}),
    ...(kind ? { kind } : {}),
    ...(title ? { title } : {}),
  };
}
