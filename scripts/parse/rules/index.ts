/** The ordered block rules of the `blank-line` layout: the first whose silent mode answers yes reads the block. */
import { appendixRule } from "./appendix.ts";
import { articleRule } from "./article.ts";
import { attachedRule } from "./attached.ts";
import { backMatterRule } from "./back-matter.ts";
import { listItemRule } from "./list-item.ts";
import { numberedRule } from "./numbered.ts";
import { paragraphRule } from "./paragraph.ts";
import { quotedRule } from "./quoted.ts";
import { separatorRule } from "./separator.ts";
import type { BlockRule } from "./types.ts";

export const blockRules: readonly BlockRule[] = [
  separatorRule,
  backMatterRule,
  // Inside a quotation nothing below opens: quoted articles and clauses are content.
  quotedRule,
  attachedRule,
  appendixRule,
  articleRule,
  numberedRule,
  listItemRule,
  paragraphRule,
];
