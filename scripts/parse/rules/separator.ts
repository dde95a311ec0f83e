/** A separator line (`---`, `____`). */
import type { BlockRule } from "./types.ts";

const SEPARATOR = /^\s*(-{3,}|_{3,})\s*$/;

export const separatorRule: BlockRule = {
  name: "separator",
  interrupts: true,
  starts: (ctx, i) => SEPARATOR.test(ctx.lines[i]!.text),
  read(ctx, i) {
    const l = ctx.lines[i]!;
    ctx.out.push({ type: "separator", line: l.line, endLine: l.line });
    return i + 1;
  },
};
