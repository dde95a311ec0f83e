/**
 * What search indexes: the records of a built page. A page whose indexed part
 * (`data-pagefind-body`) says `data-search-passages` is cut into passages, one per heading with an
 * id, and a long passage again at its paragraphs, rows or items with ids, so that a result is the
 * passage that answers, links to its anchor and carries a small fragment; a table row with an id
 * and a note (footnote) are passages of their own, so a result lands on them. Other pages (an
 * indicator, a topic) are one record. Filters and metadata come from the page's
 * `data-pagefind-filter` and `data-pagefind-meta` spans, as Pagefind would read them.
 */
import { findElement, isElement, parseHtml, type HtmlElement, type HtmlNode } from "../model/html-tree.ts";

/** One record of the search index. */
export interface SearchRecord {
  /** The page's address, with `#anchor` for every passage but the page's first. */
  url: string;
  /** The passage's heading; the page's title for its first passage. */
  title: string;
  /** The text, NFC, whitespace collapsed; the heading's words first. */
  content: string;
  /**
   * `title` and the page's own metadata (an indicator's key values). Pagefind indexes every
   * metadata field, so nothing goes here that a passage does not itself say: the document's
   * name is in the filters, the kind of page in the address.
   */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A passage grows until this many words, then starts again at the next block with an id. */
export const PASSAGE_WORDS = 120;
/** The id of a note's item in the notes' section (`chu-thich-22`). */
const NOTE = "chu-thich-";
/** Where a heading's text ends, in a passage's text before it is cleaned. */
const HEADING_END = "\u0001";

const BLOCK = new Set(
  "address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const HEADING = /^h[2-6]$/;
const ANCHORED = new Set(["p", "li", "tr", "figure", "dt", "blockquote"]);
// A textarea holds code to copy (the embed snippet), not words of the page.
const SKIP = new Set(["script", "style", "template", "noscript", "button", "svg", "textarea"]);

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const wordCount = (s: string) => (s ? s.split(" ").length : 0);
const skipped = (n: HtmlElement) =>
  SKIP.has(n.name) ||
  n.attributes["data-pagefind-ignore"] !== undefined ||
  n.attributes.hidden !== undefined ||
  /(^|\s)footnote-ref(\s|$)/.test(n.attributes.class ?? "");

function textOf(n: HtmlNode): string {
  if (!isElement(n)) return n.text;
  if (skipped(n)) return "";
  const inner = n.children.map(textOf).join("");
  return BLOCK.has(n.name) ? ` ${inner} ` : inner;
}

function each(n: HtmlElement, visit: (n: HtmlElement) => void): void {
  visit(n);
  for (const c of n.children) if (isElement(c)) each(c, visit);
}

/** `Key:Value` of a Pagefind attribute, split at the first colon. */
function pair(s: string, file: string, attr: string): [string, string] {
  const at = s.indexOf(":");
  if (at < 1) throw new Error(`${file}: ${attr}="${s}": expected "key:value"`);
  return [s.slice(0, at), clean(s.slice(at + 1))];
}

/** The records of one built page; `file` names it in errors. No indexed part: no records. */
export function pageRecords(html: string, url: string, file: string): SearchRecord[] {
  const body = findElement(parseHtml(html), (n) => n.attributes["data-pagefind-body"] !== undefined);
  if (!body) return [];
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  each(body, (n) => {
    const f = n.attributes["data-pagefind-filter"];
    if (f !== undefined) {
      const [k, v] = pair(f, file, "data-pagefind-filter");
      if (!(filters[k] ??= []).includes(v)) filters[k].push(v);
    }
    const m = n.attributes["data-pagefind-meta"];
    if (m !== undefined) {
      const [k, v] = pair(m, file, "data-pagefind-meta");
      meta[k] = v;
    }
  });
  const h1 = findElement(body, (n) => n.name === "h1");
  const pageTitle = h1 ? clean(textOf(h1)) : "";
  if (!pageTitle)
    throw new Error(`${file}: the indexed part (data-pagefind-body) has no <h1> title: expected one, for the results' titles`);
  if (body.attributes["data-search-passages"] === undefined)
    return [{ url, title: pageTitle, content: clean(textOf(body)), meta: { ...meta, title: pageTitle }, filters }];

  const passages: { anchor: string; title: string; parts: string[] }[] = [{ anchor: "", title: pageTitle, parts: [] }];
  let notes = false;
  let words = 0;
  const start = (anchor: string, title: string) => {
    passages.push({ anchor, title, parts: [] });
    words = 0;
  };
  const walk = (n: HtmlNode) => {
    if (!isElement(n)) {
      const t = n.text;
      passages.at(-1)!.parts.push(t);
      words += wordCount(clean(t));
      return;
    }
    if (skipped(n)) return;
    const id = n.attributes.id;
    // The notes' heading (“Chú thích”) says whose notes they are.
    const heading = Boolean(id && HEADING.test(n.name));
    // The notes' own heading (“Chú thích”): each note's title says it.
    if (heading && notes) return;
    const note = notes && n.name === "li" && id?.startsWith(NOTE);
    if (heading && !notes) start(id!, clean(textOf(n)));
    else if (note) start(id!, `Chú thích ${id!.slice(NOTE.length)} – ${pageTitle}`);
    else if (id && (n.name === "tr" || (ANCHORED.has(n.name) && words >= PASSAGE_WORDS))) start(id, passages.at(-1)!.title);
    const block = BLOCK.has(n.name);
    if (block) passages.at(-1)!.parts.push(" ");
    const inNotes = notes;
    if (n.name === "section" && /(^|\s)footnotes(\s|$)/.test(n.attributes.class ?? "")) notes = true;
    for (const c of n.children) walk(c);
    notes = inNotes;
    // A heading ends before its text: “… chất lượng · Mạng lưới …”, not one run of words.
    if (heading) passages.at(-1)!.parts.push(HEADING_END);
    if (block) passages.at(-1)!.parts.push(" ");
  };
  walk(body);
  const records: SearchRecord[] = [];
  for (const p of passages) {
    const content = clean(p.parts.join(""))
      .replace(new RegExp(`^(${HEADING_END} ?)+| ?${HEADING_END}$`, "g"), "")
      .replace(new RegExp(`([.:;!?…]) ?${HEADING_END}`, "g"), "$1")
      .replace(new RegExp(` ?${HEADING_END}`, "g"), " ·")
      .trim();
    if (!content) continue;
    records.push({
      url: p.anchor ? `${url}#${p.anchor}` : url,
      title: p.title,
      content,
      meta: { ...meta, title: p.title },
      filters,
    });
  }
  return records;
}
