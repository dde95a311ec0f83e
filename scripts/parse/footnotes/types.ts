import type { Footnote } from "../../model/document.ts";
import type { Line } from "../lines.ts";

/** What a footnote rule returns: the body lines with references marked and footnote text removed. */
export interface FootnoteResult {
  lines: Line[];
  footnotes: Footnote[];
}
