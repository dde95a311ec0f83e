/**
 * The design tokens as data, read from the one place they are written: the `:root` blocks at the
 * top of src/styles/global.css (light, then dark), with the regions' colours (`--region-<id>`) of
 * generated/regions.css, written from content/regions.yml. Used where CSS cannot reach: the preview images,
 * the browser's theme colour, and the tests that keep the icons and the web manifest in step.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { regionStylesFile } from "../../scripts/model/generated.ts";
import { generatedFile } from "./site.ts";

export type Tokens = Record<string, string>;

// From the project root, like src/lib/site.ts (pages are bundled before they run).
const STYLES = join(process.cwd(), "src/styles/global.css");

/** `--name: value;` pairs of the first `:root { … }` after `from` in the stylesheet. */
function rootBlock(css: string, from: number): Tokens {
  const start = css.indexOf(":root {", from);
  if (start < 0) throw new Error("src/styles/global.css: no :root block of design tokens");
  const body = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The light and dark tokens of `css`, each dark one over its light one. */
function themes(css: string, file: string): { light: Tokens; dark: Tokens } {
  const light = rootBlock(css, 0);
  const darkAt = css.indexOf("@media (prefers-color-scheme: dark)");
  if (darkAt < 0) throw new Error(`${file}: no dark-mode tokens`);
  return { light, dark: { ...light, ...rootBlock(css, darkAt) } };
}

/** The design tokens, light and dark, the regions' colours among them. */
export function designTokens(
  css = readFileSync(STYLES, "utf8"),
  regionCss = generatedFile(regionStylesFile.path),
): { light: Tokens; dark: Tokens } {
  const site = themes(css, "src/styles/global.css");
  const regions = themes(regionCss, "generated/regions.css");
  return { light: { ...site.light, ...regions.light }, dark: { ...site.dark, ...regions.dark } };
}
