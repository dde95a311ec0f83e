/**
 * A document issued with the decision that opens the file (`**QUY ĐỊNH**` / `VỀ` / `TIÊU CHÍ …`,
 * then `*(Ban hành kèm theo Quyết định số …)*`): a heading over its own articles, which count again
 * from `Điều 1.`. Only the name of its kind alone on its line, with its subject in capitals after it.
 */
import { collapse, isAllCaps } from "../../model/text.ts";
import { readCapsTitle, skipBlank } from "./caps-title.ts";
import { stripEmphasis } from "./emphasis.ts";
import type { BlockRule, RuleContext } from "./types.ts";

const KIND = /^(QUY ĐỊNH|QUY CHẾ|ĐIỀU LỆ|HƯỚNG DẪN|ĐỀ ÁN|PHƯƠNG ÁN|KẾ HOẠCH|CHƯƠNG TRÌNH)$/u;

/** The kind of an attached document alone on its line (`**QUY ĐỊNH**`). */
export const isAttachedKind = (text: string): boolean => KIND.test(stripEmphasis(text));

/** The kind at line `i`, with its subject in capitals on the next lines. */
const startsAttached = (ctx: RuleContext, i: number): boolean => {
  if (ctx.quoteDepth > 0 || !isAttachedKind(ctx.lines[i]!.text)) return false;
  const next = skipBlank(ctx, i + 1);
  return next < ctx.lines.length && isAllCaps(ctx.lines[next]!.text);
};

export const attachedRule: BlockRule = {
  name: "attached",
  interrupts: true,
  starts: startsAttached,
  read(ctx, i) {
    const subject = readCapsTitle(ctx, skipBlank(ctx, i + 1), true)!;
    const title = collapse([stripEmphasis(ctx.lines[i]!.text), ...subject.text].join(" "));
    ctx.out.push({
      type: "heading",
      depth: 0,
      numbering: "",
      style: "attached",
      title,
      line: ctx.lines[i]!.line,
      endLine: ctx.lines[subject.last]!.line,
    });
    return subject.last + 1;
  },
};
