/**
 * Headings that look wrong, for the per-document report: a heading over 200 characters (a
 * paragraph taken for a title), and a heading that looks cut in two (its title ends on a word no
 * title ends on, or the paragraph after it starts in lower case). Each is a warning with its
 * `file:line`; `content/corrections.yml` (`faults`, with the warning's rule) accepts one as the source's own.
 */
import type { BlockNode } from "../model/document.ts";
import type { AcceptedFault } from "../model/schema.ts";
import { isAllCaps, plain, startsLower } from "../model/text.ts";

/** The longest heading (numbering and title) read as a title without a warning. */
export const MAX_HEADING = 200;

/** Words a Vietnamese title does not end on. */
const FUNCTION_WORDS = new Set(
  "của và các cho để với tại trong là về những theo từ đến có bằng như mà hoặc nhằm trên dưới giữa đối".split(" "),
);
/** First halves of two-syllable words (`pháp luật`, `kinh tế`): a cut when they follow a comma or a function word (`chính sách, pháp`). */
const FIRST_HALVES = new Set(["pháp", "chính", "kinh", "xã", "phát", "nâng", "hoàn", "quản", "đầu", "thực", "bảo", "giáo", "môi", "công"]);

/** The title stops on a word no title ends on. */
function cutWord(title: string): string | undefined {
  const words = plain(title).toLowerCase().trim().split(/\s+/u);
  const last = words.at(-1) ?? "";
  const before = words.at(-2) ?? "";
  if (FUNCTION_WORDS.has(last)) return last;
  if (FIRST_HALVES.has(last) && (before.endsWith(",") || FUNCTION_WORDS.has(before))) return last;
  return undefined;
}

export interface HeadingWarning {
  line: number;
  rule: "heading/too-long" | "heading/cut";
  message: string;
}

/** The warnings of one document's headings, those accepted by content/corrections.yml left out. */
export function headingWarnings(blocks: BlockNode[], accepted: readonly AcceptedFault[] = []): HeadingWarning[] {
  const warnings: HeadingWarning[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== "heading") return;
    const text = `${b.numbering} ${plain(b.title)}`.trim();
    const quoted = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    // A title printed in capitals over lines of its own (an attached Quy định's subject) is never a paragraph taken for one.
    if (text.length > MAX_HEADING && !isAllCaps(b.title))
      warnings.push({
        line: b.line,
        rule: "heading/too-long",
        message: `heading of ${text.length} characters “${quoted}”, expected a title of at most ${MAX_HEADING}`,
      });
    const last = cutWord(b.title);
    const next = blocks[i + 1];
    if (last)
      warnings.push({
        line: b.line,
        rule: "heading/cut",
        message: `heading “${quoted}” ends on “${last}”, expected a title that ends on a word that ends one`,
      });
    else if (next?.type === "paragraph" && !next.fromHeading && startsLower(plain(next.text)))
      warnings.push({
        line: b.line,
        rule: "heading/cut",
        message: `heading “${quoted}” is followed by a paragraph starting in lower case at line ${next.line}, expected the title to end where its paragraph starts`,
      });
  });
  return warnings.filter((w) => !accepted.some((a) => a.line === w.line && a.rule === w.rule));
}
