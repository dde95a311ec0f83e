/**
 * What a built page shares: in each area marked `data-share` (scripts/model/share.ts), every
 * element that gets a copy-link control, with the words its share page quotes — a paragraph's or
 * list item's text, a table row's label and values, a chart's title, a heading — and the page's own
 * preview (title, image, canonical address) that the share page repeats. Read from the HTML Astro
 * wrote, so what is quoted is what a reader sees there.
 */
import type { Diagnostic } from "../model/diagnostics.ts";
import { findElement, isElement, parseHtml, type HtmlElement as ElementNode, type HtmlNode as Node } from "../model/html-tree.ts";
import { LINK_TARGET_TAGS, SHARE_AREA_ATTRIBUTE, UNLINKED_CLASSES, UNLINKED_TAGS } from "../model/share.ts";
import { clip } from "../model/text.ts";

/** The preview of the page an anchor is on, as its own tags give it. */
export interface SharedPage {
  /** Its path (`/tai-lieu/<doc>/<section>/`). */
  url: string;
  title: string;
  /** Its preview image, absolute; none in a local build. */
  image: string | undefined;
  imageAlt: string;
  /** The site's name, as the page's own og:site_name gives it. */
  siteName: string;
}

export type ShareKind = "paragraph" | "item" | "row" | "chart" | "heading" | "part";

export interface ShareTarget {
  id: string;
  kind: ShareKind;
  /** The words the share page's description quotes, trimmed at a word (`clip`). */
  quote: string;
  /** The line of the built page where the element starts, for messages. */
  line: number;
}

const classes = (e: ElementNode): string[] => (e.attributes.class ?? "").split(/\s+/);
const TARGET_TAGS = new Set<string>(LINK_TARGET_TAGS);

/** Not read as the element's words: footnote numbers, controls, hidden text, drawings. */
const silent = (e: ElementNode): boolean =>
  ["script", "style", "svg", "button", "template"].includes(e.name) ||
  "hidden" in e.attributes ||
  e.attributes["aria-hidden"] === "true" ||
  classes(e).some((c) => c === "footnote-ref" || c === "footnote-backref" || c === "visually-hidden");

/** The words of an element as a reader sees them, spaces collapsed. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (!isElement(n)) parts.push(n.text);
    else if (isElement(n) && !silent(n)) for (const c of n.children) walk(c);
    // A cell or list item ends a word even where the markup has no space between them.
    if (isElement(n) && ["td", "th", "li", "p", "br"].includes(n.name)) parts.push(" ");
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The first element below `e` that passes `test`. */
const find = (e: ElementNode, test: (e: ElementNode) => boolean): ElementNode | undefined => findElement(e, (c) => c !== e && test(c));

/** A row's label and its unit in brackets, then each value with its column (“… (%) — Thực hiện · Ước 2025: 9,8; …”). */
function rowQuote(tr: ElementNode): string {
  const cells = tr.children.filter(isElement).filter((c) => c.name === "td" || c.name === "th");
  const role = (c: ElementNode) => c.attributes["data-role"];
  const label = cells.find((c) => c.name === "th") ?? cells.find((c) => role(c) !== "number" && textOf(c));
  const unit = cells.find((c) => role(c) === "unit");
  const values = cells
    .filter((c) => c !== label && c !== unit && role(c) !== "number" && role(c) !== "line" && textOf(c))
    .map((c) => (c.attributes["data-label"] ? `${c.attributes["data-label"]}: ${textOf(c)}` : textOf(c)));
  const head = `${label ? textOf(label) : ""}${unit && textOf(unit) ? ` (${textOf(unit)})` : ""}`;
  if (head || values.length) return values.length ? `${head} — ${values.join("; ")}` : head;
  // A row that holds only its number (a group row whose title the source printed in the next row).
  return cells
    .filter((c) => role(c) !== "line")
    .map(textOf)
    .filter(Boolean)
    .join(" ");
}

function targetOf(e: ElementNode): { kind: ShareKind; words: string } {
  if (e.name === "tr") return { kind: "row", words: rowQuote(e) };
  if (e.name === "figure") {
    const title = find(e, (c) => classes(c).includes("chart-title")) ?? find(e, (c) => c.name === "figcaption");
    return { kind: "chart", words: `Biểu đồ: ${textOf(title ?? e)}` };
  }
  if (/^h[1-6]$/.test(e.name)) return { kind: "heading", words: textOf(e) };
  if (e.name === "section") {
    const heading = find(e, (c) => /^h[1-6]$/.test(c.name));
    return { kind: "part", words: textOf(heading ?? e) };
  }
  return { kind: e.name === "li" ? "item" : "paragraph", words: textOf(e) };
}

/** The content of `<meta property|name="key">` in the head. */
const metaContent = (head: ElementNode | undefined, key: string): string | undefined => {
  const m = head && find(head, (c) => c.name === "meta" && (c.attributes.property === key || c.attributes.name === key));
  return m?.attributes.content;
};

/**
 * The page's preview and the anchors it shares (none when it has no `data-share` area). A shared
 * page without its own title, image or canonical address, or an anchor with no words to quote, is
 * a problem naming the page's file and line.
 */
export function readShareTargets(
  html: string,
  file: string,
  url?: string,
): { page?: SharedPage; targets: ShareTarget[]; problems: Diagnostic[] } {
  if (!html.includes(SHARE_AREA_ATTRIBUTE)) return { targets: [], problems: [] };
  const top = parseHtml(html).children;
  const lineAt = (n: ElementNode) => n.line;
  const problem = (line: number, message: string, expected: string): Diagnostic => ({
    file,
    line,
    message,
    expected,
    rule: "publish/share-pages",
    fatal: true,
  });
  const targets: ShareTarget[] = [];
  const problems: Diagnostic[] = [];
  const areas: ElementNode[] = [];
  const walk = (n: Node, area: boolean, unlinked: boolean) => {
    if (!isElement(n)) return;
    const inArea = area || SHARE_AREA_ATTRIBUTE in n.attributes;
    if (inArea && !area) areas.push(n);
    const off =
      unlinked ||
      (UNLINKED_TAGS as readonly string[]).includes(n.name) ||
      classes(n).some((c) => (UNLINKED_CLASSES as readonly string[]).includes(c));
    if (inArea && !off && TARGET_TAGS.has(n.name) && n.attributes.id) {
      const { kind, words } = targetOf(n);
      if (words) targets.push({ id: n.attributes.id, kind, quote: clip(words), line: lineAt(n) });
      else
        problems.push(
          problem(lineAt(n), `#${n.attributes.id} (${kind}) has no words to quote`, "text in every element a share page is made for"),
        );
    }
    for (const c of n.children) walk(c, inArea, off);
  };
  for (const n of top) walk(n, false, false);
  if (!areas.length) return { targets: [], problems: [] };
  const root = top.find((e): e is ElementNode => isElement(e) && e.name === "html");
  const head = root && find(root, (c) => c.name === "head");
  const canonical = head && find(head, (c) => c.name === "link" && c.attributes.rel === "canonical")?.attributes.href;
  const title = metaContent(head, "og:title");
  const image = metaContent(head, "og:image");
  // A local build has no canonical link nor og:image (no site address): the page's own path stands in.
  const local = url !== undefined && !canonical;
  if ((!canonical && !local) || !title || (!image && !local)) {
    const missing = [!canonical && !local && "canonical link", !title && "og:title", !image && !local && "og:image"]
      .filter(Boolean)
      .join(", ");
    problems.push(
      problem(lineAt(areas[0]!), `a page with a ${SHARE_AREA_ATTRIBUTE} area has no ${missing}`, "the page's own preview tags"),
    );
    return { targets, problems };
  }
  const page = {
    url: canonical ? new URL(canonical).pathname : url!,
    title,
    image,
    imageAlt: metaContent(head, "og:image:alt") ?? title,
    siteName: metaContent(head, "og:site_name") ?? "",
  };
  return { page, targets, problems };
}
