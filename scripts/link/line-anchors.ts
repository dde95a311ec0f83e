/**
 * Where each source line is shown on the site: the anchored nodes of a document (headings,
 * paragraphs, list items, table rows, footnotes) as line ranges with their addresses, so a page can
 * link any cited line (a document's own statement, a date, a caveat) to the exact place it is read.
 */
import type { LineAnchor } from "../model/line-anchors.ts";

/** Pages count too, as the widest ranges: a line with no anchor of its own (a signature, a recipients list) links to its page. */
export function lineAnchors(anchors: Map<object, string>, pages: { lines: [number, number]; url: string }[] = []): LineAnchor[] {
  const out: LineAnchor[] = pages.map((p) => [p.lines[0], p.lines[1], p.url]);
  for (const [node, url] of anchors) {
    const n = node as { line?: number; endLine?: number };
    if (typeof n.line !== "number") continue;
    out.push([n.line, n.endLine ?? n.line, url]);
  }
  // On a tie, an address with an anchor comes first (a heading that is the page's own title points at the page).
  const hashFirst = (a: LineAnchor, b: LineAnchor) => Number(!a[2].includes("#")) - Number(!b[2].includes("#"));
  return out.sort((a, b) => a[0] - b[0] || a[1] - a[0] - (b[1] - b[0]) || hashFirst(a, b) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
}
