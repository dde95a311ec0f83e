/** The site's index of documents and pages (site.json, shaped by scripts/model/generated.ts), read by the Astro pages. */
import type { DocumentModel } from "../model/document.ts";
import type { DocumentIndex } from "../model/generated.ts";
import type { RegionInfo } from "../model/regions.ts";
import { kindLabels, relationLabels, type SourceMeta } from "../model/schema.ts";
import { documentUrl, type EmittedPage } from "./page-markdown.ts";

/** One document's entry in site.json: its metadata, relations worded for the site, pages and counts. */
export function documentIndex(
  meta: SourceMeta,
  model: DocumentModel,
  pages: EmittedPage[],
  all: SourceMeta[],
  lineCount: number,
  regions: readonly RegionInfo[],
): DocumentIndex {
  const count = (t: string) => model.blocks.filter((b) => b.type === t).length;
  const lists = model.blocks.filter((b) => b.type === "list");
  const tables = model.blocks.filter((b) => b.type === "table");
  return {
    meta,
    kindLabel: kindLabels[meta.kind],
    regionLabel: regions.find((r) => r.id === meta.region)!.name,
    url: documentUrl(meta),
    relations: meta.relations.map((r) => {
      const target = r.target ? all.find((d) => d.id === r.target) : undefined;
      return {
        label: relationLabels[r.type],
        title: target ? target.shortTitle : r.external!,
        ...(target ? { url: documentUrl(target) } : {}),
        ...(r.note ? { note: r.note } : {}),
      };
    }),
    pages: pages.map(({ markdown: _m, ...rest }) => rest),
    stats: {
      headings: count("heading"),
      paragraphs: count("paragraph"),
      lists: lists.length,
      listItems: lists.reduce((n, l) => n + (l.type === "list" ? l.items.length : 0), 0),
      tables: tables.length,
      tableRows: tables.reduce((n, t) => n + (t.type === "table" ? t.rows.length : 0), 0),
      footnotes: model.footnotes.length,
      lines: lineCount,
    },
  };
}
