/**
 * What a link to a page previews as when shared (Zalo, Facebook, X…): the Open Graph and Twitter
 * tags, in order. One list for the pages Astro writes (src/components/PreviewMeta.astro) and the
 * share pages the publish stage writes (scripts/publish/share-pages.ts).
 */
import { escapeMarkup as esc } from "./text.ts";

export interface Preview {
  /** The site's name (content/site.yml `name`). */
  siteName: string;
  title: string;
  description: string;
  /** The page's address, absolute; none in a local build (no site address) or for a page without one (404). */
  url?: string | undefined;
  type?: "website" | "article";
  /** The preview image, absolute, 1200 × 630, and what it shows. */
  image?: string | undefined;
  imageAlt?: string | undefined;
}

/** One tag: `<meta property=…>` (Open Graph) or `<meta name=…>` (Twitter). */
export interface PreviewTag {
  attribute: "property" | "name";
  key: string;
  content: string;
}

export function previewTags({ siteName, title, description, url, type = "website", image, imageAlt = title }: Preview): PreviewTag[] {
  const og = (key: string, content: string): PreviewTag => ({ attribute: "property", key: `og:${key}`, content });
  const tw = (key: string, content: string): PreviewTag => ({ attribute: "name", key: `twitter:${key}`, content });
  return [
    og("site_name", siteName),
    og("locale", "vi_VN"),
    og("type", type),
    og("title", title),
    og("description", description),
    ...(url ? [og("url", url)] : []),
    ...(image
      ? [
          og("image", image),
          og("image:type", "image/png"),
          og("image:width", "1200"),
          og("image:height", "630"),
          og("image:alt", imageAlt),
          tw("image", image),
        ]
      : []),
    tw("card", image ? "summary_large_image" : "summary"),
    tw("title", title),
    tw("description", description),
  ];
}

/** The tags as HTML, as Astro writes them (`<meta property="…" content="…">`). */
export const previewTagsHtml = (tags: PreviewTag[]): string =>
  tags.map((t) => `<meta ${t.attribute}="${esc(t.key)}" content="${esc(t.content)}">`).join("");
