/**
 * The passages of a document that topics are found in: every heading and every paragraph
 * (a paragraph, a numbered paragraph, a dash list's item), each with the address it is read at
 * and the heading it is under. Tables and title blocks are not passages: the indicators carry them.
 */
import type { DocumentModel } from "../model/document.ts";
import { readerWords } from "../model/text.ts";
import { headingLabel } from "../emit/sections.ts";

/** A heading or a paragraph, with its words as the reader reads them. */
export interface Passage {
  kind: "heading" | "paragraph";
  text: string;
  /** Its address: a page, or a page and an anchor. */
  url: string;
  /** The section page it is on. */
  page: string;
  /** The label of the heading it is under (for a heading: its own label). */
  under: string;
  line: number;
}

/** The passages of `model` in reading order; `anchors` holds each node's address (scripts/emit/page-markdown.ts). */
export function passagesOf(model: DocumentModel, anchors: Map<object, string>): Passage[] {
  const out: Passage[] = [];
  let under = "";
  const add = (node: object, kind: Passage["kind"], text: string, line: number) => {
    const url = anchors.get(node);
    if (url) out.push({ kind, text: readerWords(text), url, page: url.replace(/#.*$/, ""), under, line });
  };
  for (const b of model.blocks) {
    if (b.type === "heading") {
      under = readerWords(headingLabel(b));
      add(b, "heading", headingLabel(b), b.line);
    } else if (b.type === "paragraph") add(b, "paragraph", b.text, b.line);
    else if (b.type === "list") for (const i of b.items) add(i, "paragraph", b.ordered ? `${i.marker} ${i.text}` : i.text, i.line);
  }
  return out;
}
