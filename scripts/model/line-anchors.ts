/**
 * Where each source line is shown on the site (`generated/lines.json`): the anchored nodes of a
 * document as line ranges with their addresses. Built by scripts/link/line-anchors.ts; read with
 * `anchorAt` by the build (quotes) and by the site (`lineUrl`).
 */
import { z } from "zod";

/** [first line, last line, address], sorted by first line, then narrowest range, then anchored address first. */
export const lineAnchorSchema = z.tuple([z.number().int().positive(), z.number().int().positive(), z.string().regex(/^\/tai-lieu\//)]);
export type LineAnchor = z.infer<typeof lineAnchorSchema>;

/** The address of the narrowest anchored range that holds `line`, or undefined. */
export function anchorAt(ranges: LineAnchor[], line: number): string | undefined {
  let best: LineAnchor | undefined;
  for (const r of ranges) {
    if (r[0] > line) break;
    if (r[1] >= line && (!best || r[1] - r[0] < best[1] - best[0])) best = r;
  }
  return best?.[2];
}
