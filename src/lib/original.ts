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

/** A piece of a line as the “bản gốc” page sets it: its words, in italics or bold where the file marks them. */
export interface Run {
  text: string;
  em?: boolean;
  strong?: boolean;
}

/**
 * The file's emphasis marks (`*…*` italics, `**…**` bold, which the conversion wrote for the
 * printed document's type) set as italics and bold, so no asterisk shows; a bold run may span
 * lines (002:204–205). Every other character is the line as received.
 */
export function emphasisRuns(lines: string[]): Run[][] {
  let em = false;
  let strong = false;
  return lines.map((line) => {
    const runs: Run[] = [];
    for (const part of line.split(/(\*\*|\*)/)) {
      if (part === "**") strong = !strong;
      else if (part === "*") em = !em;
      else if (part) runs.push({ text: part, ...(em ? { em } : {}), ...(strong ? { strong } : {}) });
    }
    return runs;
  });
}
