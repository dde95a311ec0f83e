/**
 * Recognises the numbers of the documents the reports cite — party documents (`30-NQ/TW`,
 * `41-CTr/TU`), state documents (`14/NQ-CP`, `1008/QĐ-TTg`, `62/2020/NĐ-CP`, `226/2025/QH15`) —
 * with the words around them (kind, date, issuer), and gives variant spellings one key
 * (`18- NQ/TW` = `18-NQ/TW`; `30/NQ-TW` = `30-NQ/TW`).
 */
export interface CitationHit {
  start: number;
  end: number;
  /** The normalised number: the register's key. */
  key: string;
  text: string;
}

const PARTY_BODIES = "TW|TU|HU|ĐU|BCĐ";
const PARTY = new RegExp(String.raw`(\d{1,4})\s?-\s?(NQ|CT|KL|QĐ|CTr|KH|HD|TB|QC|QĐi|BC)\s?\/\s?(${PARTY_BODIES})(?![\p{L}\d])`, "gu");
const PARTY_SWAPPED = new RegExp(String.raw`(\d{1,4})\/(NQ|CT|KL)-(${PARTY_BODIES})(?![\p{L}\d])`, "gu");
const STATE = /(\d{1,4})\/(?:(\d{4})\/)?(NQ|QĐ|NĐ|TT|CT|BC|KH|CV|TB|CTr|KL|HD)-([A-ZĐ][A-ZĐa-z]*\d*)(?![\p{L}\d])/gu;
const ASSEMBLY = /(\d{1,4})\/(?:(\d{4})\/)?(QH\d{2})(?![\p{L}\d])/gu;

/** Every citation in a text, in order, without overlaps. */
export function findCitations(text: string): CitationHit[] {
  const hits: CitationHit[] = [];
  const add = (re: RegExp, key: (m: RegExpExecArray) => string) => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, key: key(m), text: m[0] });
    }
  };
  add(PARTY, (m) => `${Number(m[1])}-${m[2]}/${m[3]}`.replace(/^(\d)-/, "0$1-"));
  add(PARTY_SWAPPED, (m) => `${Number(m[1])}-${m[2]}/${m[3]}`.replace(/^(\d)-/, "0$1-"));
  add(STATE, (m) => `${m[1]}/${m[2] ? `${m[2]}/` : ""}${m[3]}-${m[4]}`);
  add(ASSEMBLY, (m) => `${m[1]}/${m[2] ? `${m[2]}/` : ""}${m[3]}`);
  return hits.sort((a, b) => a.start - b.start);
}

const KIND_WORDS: [RegExp, string][] = [
  [/Nghị quyết(?: liên tịch)?(?: số)?\s*$/iu, "Nghị quyết"],
  [/Quyết định(?: số)?\s*$/iu, "Quyết định"],
  [/Chỉ thị(?: số)?\s*$/iu, "Chỉ thị"],
  [/Kết luận(?: số)?\s*$/iu, "Kết luận"],
  [/Chương trình(?: hành động)?(?: số)?\s*$/iu, "Chương trình"],
  [/Kế hoạch(?: số)?\s*$/iu, "Kế hoạch"],
  [/Nghị định(?: số)?\s*$/iu, "Nghị định"],
  [/Thông tư(?: số)?\s*$/iu, "Thông tư"],
  [/Quy định(?: số)?\s*$/iu, "Quy định"],
  [/Báo cáo(?: số)?\s*$/iu, "Báo cáo"],
  [/Luật(?: số)?\s*$/iu, "Luật"],
];
const KIND_BY_CODE: Record<string, string> = {
  NQ: "Nghị quyết",
  CT: "Chỉ thị",
  KL: "Kết luận",
  QĐ: "Quyết định",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  NĐ: "Nghị định",
  TT: "Thông tư",
  BC: "Báo cáo",
  HD: "Hướng dẫn",
  TB: "Thông báo",
  QC: "Quy chế",
};
const ISSUER_BY_SUFFIX: Record<string, string> = {
  TW: "Trung ương Đảng",
  TU: "Tỉnh ủy / Thành ủy",
  CP: "Chính phủ",
  TTg: "Thủ tướng Chính phủ",
  HĐND: "Hội đồng nhân dân tỉnh",
  UBND: "Ủy ban nhân dân tỉnh",
};

/** The bodies that issue the documents cited, as the sentences name them. */
const ISSUERS = [
  "Ban Chấp hành Trung ương(?: Đảng)?",
  "Bộ Chính trị",
  "Ban Bí thư",
  "Chính phủ",
  "Thủ tướng Chính phủ",
  "Quốc hội",
  "Ban Thường vụ (?:Tỉnh|Thành) ủy",
  "Ban Chấp hành Đảng bộ tỉnh",
  "Tỉnh ủy",
  "Thành ủy",
  "Hội đồng nhân dân tỉnh",
  "HĐND tỉnh",
  "Ủy ban nhân dân tỉnh",
  "UBND tỉnh",
  "Ban Thường vụ Quốc hội",
];
/** “của <issuer>” in the same clause, with its term (“khóa XVII”) and its province or city when written. */
const ISSUED_BY = new RegExp(
  String.raw`^[^.;()]*?\bcủa\s+((?:${ISSUERS.join("|")})` +
    String.raw`(?:\s+(?:khóa|khoá)\s+[IVXLC]+)?(?:\s+(?:tỉnh |thành phố )?Hải (?:Dương|Phòng))?)`,
  "u",
);

/** What the words around a citation say: its kind, its date and who issued it. */
export function describeCitation(text: string, hit: CitationHit): { kind: string; date?: string; issuer?: string } {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 160);
  const code = /[-/](NQ|CT|KL|QĐ|CTr|KH|NĐ|TT|BC|HD|TB|QC)[-/]/.exec(`-${hit.key}-`)?.[1] ?? (/QH\d+$/.test(hit.key) ? "NQ" : "");
  const kind = KIND_WORDS.find(([re]) => re.test(before))?.[1] ?? KIND_BY_CODE[code] ?? "Văn bản";
  const dm = /^,?\s*ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u.exec(after);
  const date = dm ? `${Number(dm[1])}/${Number(dm[2])}/${dm[3]}` : undefined;
  const im = ISSUED_BY.exec(after);
  const suffix = /\/(TW|TU)$|-(CP|TTg|HĐND|UBND)$/.exec(hit.key);
  const issuer = im ? im[1]!.trim() : /QH\d+$/.test(hit.key) ? "Quốc hội" : suffix ? ISSUER_BY_SUFFIX[suffix[1] ?? suffix[2]!] : undefined;
  return { kind, ...(date ? { date } : {}), ...(issuer ? { issuer } : {}) };
}

/** The register key of a number that another spelling also writes, with its year (`226/QH15` → `226/2025/QH15`). */
export function mergeKeys(keys: string[]): Map<string, string> {
  // Each number-and-issuer written with a year, by its spelling without the year (the first such
  // key wins): one pass, so the register's size does not square the work.
  const withYear = new Map<string, string>();
  for (const o of keys) {
    const y = /^(\d+)\/\d{4}\/(\S+)$/.exec(o);
    if (y && !withYear.has(`${y[1]}/${y[2]}`)) withYear.set(`${y[1]}/${y[2]}`, o);
  }
  const map = new Map<string, string>();
  for (const k of keys) {
    const m = /^(\d+)\/([A-ZĐ]\S*)$/.exec(k);
    map.set(k, (m && withYear.get(`${m[1]}/${m[2]}`)) ?? k);
  }
  return map;
}
