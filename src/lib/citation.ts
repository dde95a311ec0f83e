/**
 * Ready-made citations of a page, in the form Vietnamese official letters use: issuer, title and
 * number of the source document, its date, the section, the address, and the date of access left
 * for the reader to fill in (the site never writes today's date into a page).
 */
import { formatDate } from "./site.ts";

export interface CitedDocument {
  issuer: string;
  title: string;
  number: string | null;
  date: string;
}

/** Where the citation is read online, the date of access left for the reader to fill in. */
const online = (url: string) => `Bản đọc trực tuyến: ${url} (truy cập ngày …/…/……).`;

/** A section of one of the five documents. */
export function citeSection(doc: CitedDocument, section: string, within: string[], url: string): string {
  const number = doc.number ? `, số ${doc.number}` : "";
  const path = within.length ? ` (${within.join(", ")})` : "";
  const date = formatDate(doc.date);
  return `${doc.issuer}, ${doc.title}${number}, ${/^\d/.test(date) ? `ngày ${date}` : date}, mục “${section}”${path}. ${online(url)}`;
}

/** An indicator page, which gathers values from several documents: each is named. */
export function citeIndicator(name: string, docs: CitedDocument[], url: string): string {
  const sources = docs.map((d) => `${d.issuer}, ${d.title}${d.number ? ` (số ${d.number})` : ""}`).join("; ");
  return `Chỉ tiêu “${name}”, tổng hợp từ: ${sources}. ${online(url)}`;
}
