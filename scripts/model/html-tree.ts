/**
 * A built page's HTML as a small tree, for the stages that read what Astro wrote (the search
 * records, the share pages): elements with their name, attributes (character references decoded)
 * and line, and text. Parsed by parse5, as a browser parses it: an attribute may hold `>`.
 */
import { parse } from "parse5";

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
  /** The line of the page where the element starts (1…). */
  line: number;
}
export interface HtmlText {
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

export const isElement = (n: HtmlNode): n is HtmlElement => "name" in n;

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: { startLine: number } | null;
}

function convert(n: P5Node): HtmlNode | undefined {
  if (n.nodeName === "#text") return { text: n.value ?? "" };
  if (!n.tagName && n.nodeName !== "#document") return undefined;
  // A <template>'s content is its own fragment.
  const kids = n.tagName === "template" ? [] : (n.childNodes ?? []);
  return {
    name: n.tagName ?? n.nodeName,
    attributes: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])),
    children: kids.map(convert).filter((c): c is HtmlNode => Boolean(c)),
    line: n.sourceCodeLocation?.startLine ?? 1,
  };
}

/** The document, as an element named `#document`. */
export function parseHtml(html: string): HtmlElement {
  return convert(parse(html, { sourceCodeLocationInfo: true })) as HtmlElement;
}

/** The first element under `e` (depth first, `e` itself included) that passes `test`. */
export function findElement(e: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | undefined {
  if (test(e)) return e;
  for (const c of e.children) {
    if (!isElement(c)) continue;
    const hit = findElement(c, test);
    if (hit) return hit;
  }
  return undefined;
}
