/**
 * The fonts images are drawn with at build time, measured: Noto Sans Regular and Bold, the files
 * kept in scripts/previews/fonts/ that resvg renders the PNGs with.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fontMeasure, type Measure } from "../../scripts/model/font-metrics.ts";

// From the project root, like src/lib/site.ts (pages are bundled before they run).
const FONTS = join(process.cwd(), "scripts/previews/fonts");

let fonts: { regular: Measure; bold: Measure } | undefined;

export function imageFonts(): { regular: Measure; bold: Measure } {
  fonts ??= {
    regular: fontMeasure(new Uint8Array(readFileSync(join(FONTS, "NotoSans-Regular.ttf")))),
    bold: fontMeasure(new Uint8Array(readFileSync(join(FONTS, "NotoSans-Bold.ttf")))),
  };
  return fonts;
}
