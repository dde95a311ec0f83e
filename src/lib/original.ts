/** The “bản gốc” page's links back to the reading pages: one beside each line where a new passage starts. */
import { anchorAt } from "../../scripts/model/line-anchors.ts";
import { lineRanges } from "./site.ts";

/** For lines 1…n of a document, the address where the passage starting at that line is read (undefined elsewhere). */
export function readingLinks(docId: string, n: number): (string | undefined)[] {
  const ranges = lineRanges(docId);
  const out: (string | undefined)[] = [];
  let previous: string | undefined;
  for (let line = 1; line <= n; line++) {
    const url = anchorAt(ranges, line);
    out.push(url && url !== previous ? url : undefined);
    previous = url;
  }
  return out;
}
