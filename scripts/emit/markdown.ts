/** Writes model text as Markdown inline text: source characters escaped, emphasis and footnotes kept. */
import { FOOTNOTE_REF_RE } from "../model/text.ts";

/** Escapes a source text for Markdown; `*`/`**` emphasis and `<i>` stay emphasis, any other HTML is text. */
export function inlineMarkdown(text: string): string {
  const withItalics = text.replace(/<i>([\s\S]*?)<\/i>/gi, "\uE010$1\uE010");
  let out = withItalics
    .replace(/[\\`[\]_#|<>&~{}$]/g, (c) => `\\${c}`)
    .replace(/\uE010/g, "*")
    .replace(FOOTNOTE_REF_RE, (_m, label: string) => `[^${label}]`);
  // Markdown would read these at the start of a block as a list, a heading or a quote.
  out = out.replace(/^(\d+)([.)])(\s)/, "$1\\$2$3").replace(/^([-+*>])(\s)/, "\\$1$2");
  return out;
}

/** Appends the block id in the `{#id}` form read by the site's markdown-it plugin. */
export const withId = (markdown: string, id: string): string => `${markdown} {#${id}}`;
