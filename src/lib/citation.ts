/**
 * Ready-made citations of a page, in the form Vietnamese official letters use: issuer, title and
 * number of the source document, its date, the section, the address, and the version of the text
 * by the sources' own dates (never today's date: the same sources build the same page), so that
 * nothing is left to fill in. A local build, without the site's address, cites no address.
 */
import { formatDate } from "./site.ts";

export interface CitedDocument {
  issuer: string;
  title: string;
  number: string | null;
  date: string;
}

/** The latest of the sources' dates (“2025” is later than “2023-12-08”), as the page writes it: “năm 2025”, “ngày 8/12/2023”. */
export function versionOf(dates: string[]): string {
  const latest = [...dates].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)) || b.length - a.length || a.localeCompare(b)).at(-1)!;
  const text = formatDate(latest);
  return /^\d/.test(text) ? `ngày ${text}` : text;
}

/** Where the citation is read online, and the version of what is read there, by the sources' dates. */
const online = (url: string | undefined, dates: string[]) =>
  url ? `Bản đọc trực tuyến: ${url} (theo văn bản nguồn ${versionOf(dates)}).` : `Theo văn bản nguồn ${versionOf(dates)}.`;

/** A section of one of the five documents. */
export function citeSection(doc: CitedDocument, section: string, within: string[], url: string | undefined): string {
  const number = doc.number ? `, số ${doc.number}` : "";
  const path = within.length ? ` (${within.join(", ")})` : "";
  const date = formatDate(doc.date);
  return `${doc.issuer}, ${doc.title}${number}, ${/^\d/.test(date) ? `ngày ${date}` : date}, mục “${section}”${path}. ${online(url, [doc.date])}`;
}

/** An indicator page, which gathers values from several documents: each is named. */
export function citeIndicator(name: string, docs: CitedDocument[], url: string | undefined): string {
  const sources = docs.map((d) => `${d.issuer}, ${d.title}${d.number ? ` (số ${d.number})` : ""}`).join("; ");
  return `Chỉ tiêu “${name}”, tổng hợp từ: ${sources}. ${online(
    url,
    docs.map((d) => d.date),
  )}`;
}
