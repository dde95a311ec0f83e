/** `Nơi nhận:` with its `- ` lines, then the signature block (scripts/parse/matter.ts). */
import { readBackMatter, startsRecipients } from "../matter.ts";
import { matchTitleLine } from "./appendix.ts";
import { isAttachedKind } from "./attached.ts";
import { stripEmphasis } from "./emphasis.ts";
import type { BlockRule } from "./types.ts";

export const backMatterRule: BlockRule = {
  name: "back-matter",
  interrupts: true,
  starts: (ctx, i) => startsRecipients({ line: ctx.lines[i]!.line, text: stripEmphasis(ctx.lines[i]!.text) }),
  read(ctx, i) {
    // The signature ends where an appendix starts: its title is not a signature line.
    // So does the cell that holds it, when the portal laid recipients and signature out as a table
    // (`|` / `Nơi nhận:` … `|` / `CHỦ TỊCH` … `|`): what follows the second bar is the document again.
    const bars = [...ctx.barAt].filter((b) => b > i).sort((a, b) => a - b);
    let stop = i + 1;
    // An attached document's title (`**QUY ĐỊNH**`) ends it too.
    while (stop < ctx.lines.length && !matchTitleLine(ctx.lines[stop]!.text) && !isAttachedKind(ctx.lines[stop]!.text) && stop !== bars[1])
      stop++;
    const lines = ctx.lines.slice(0, stop).map((l) => ({ line: l.line, text: l.text.replace(/\*+/g, "") }));
    const back = readBackMatter(lines, i);
    ctx.out.push(...back.nodes);
    return back.next;
  },
};
