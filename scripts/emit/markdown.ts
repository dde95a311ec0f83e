/** Writes model text as Markdown inline text: source characters escaped, emphasis and footnotes kept. */
import { FOOTNOTE_REF_RE, LINK_RE } from "../model/text.ts";

/** Escapes a source text for Markdown; `*`/`**` emphasis and `<i>` stay emphasis, any other HTML is text. */
export function inlineMarkdown(text: string): string {
  // Links first, so that their URLs are not escaped as text.
  let out = "";
  let last = 0;
  for (const m of text.matchAll(LINK_RE)) {
    // A footnote mark inside the linked words goes after the link: a footnote reference cannot
    // sit inside a link's text in Markdown (the whole link would print as text).
    const [, url, title, words] = m;
    const refs = [...words!.matchAll(FOOTNOTE_REF_RE)].map((r) => r[0]).join("");
    out +=
      escapeText(text.slice(last, m.index)) +
      `[${escapeText(words!.replace(FOOTNOTE_REF_RE, ""))}](${url}${title ? ` "${title}"` : ""})${escapeText(refs)}`;
    last = m.index + m[0].length;
  }
  out += escapeText(text.slice(last));
  // Markdown would read these at the start of a block as a list, a heading or a quote.
  return out.replace(/^(\d+)([.)])(\s)/, "$1\\$2$3").replace(/^([-+*>])(\s)/, "\\$1$2");
}

function escapeText(text: string): string {
  return text
    .replace(/<i>([\s\S]*?)<\/i>/gi, "\uE010$1\uE010")
    .replace(/[\\`[\]_#|<>&~{}$]/g, (c) => `\\${c}`)
    .replace(/\uE010/g, "*")
    .replace(FOOTNOTE_REF_RE, (_m, label: string) => `[^${label}]`);
}

/** Appends the block id in the `{#id}` form read by the site's markdown-it plugin. */
export const withId = (markdown: string, id: string): string => `${markdown} {#${id}}`;
