/**
 * Links the places in the text that state an indicator of the concordance to that indicator's
 * page: the row names of the indicator tables (once per reading page), and in the list items,
 * paragraphs and footnotes the concordance points to, the number itself (“96,77%”), once per
 * paragraph and indicator. The text does not change: only a link is put around its words.
 */
import type { SourceFile } from "../ingest/read-sources.ts";
import type { LoadedConcordance } from "../ingest/read-concordance.ts";
import { Diagnostics } from "../model/diagnostics.ts";
import type { DocumentModel, TableNode } from "../model/document.ts";
import { linkMark } from "../model/text.ts";
import { columnRoles } from "../extract/columns.ts";
import { itemAt, readProseValue } from "../extract/prose-values.ts";
import { tableRows } from "../extract/table-rows.ts";
import type { Page, SectionNode } from "../emit/sections.ts";

export const indicatorUrl = (id: string): string => `/chi-tieu/${id}/`;

/** The reading page each block, list item and table row ends up on. */
function pageOf(pages: Page[]): Map<object, string> {
  const map = new Map<object, string>();
  const visit = (node: SectionNode, slug: string) => {
    for (const b of [...node.blocks, ...(node.after ?? [])]) {
      map.set(b, slug);
      if (b.type === "list") for (const i of b.items) map.set(i, slug);
      if (b.type === "table")
        for (const r of b.rows) {
          map.set(r, slug);
          for (const c of r.cells) map.set(c, slug);
        }
    }
    for (const c of node.children) visit(c, slug);
  };
  for (const p of pages) visit(p.section, p.slug);
  return map;
}

/**
 * Wraps the words of a value in the text, the first time they occur at or after `from` outside a
 * link; spaces in the words match any run of spaces, footnote marks or line breaks are not crossed.
 */
function wrapWords(text: string, words: string, url: string, from: number, title?: string): string | null {
  const re = new RegExp(words.split(/\s+/).map(escapeRe).join("\\s+"), "gu");
  for (const m of text.matchAll(re)) {
    if (m.index < from - 1 && text.indexOf(m[0], from) >= 0) continue;
    const before = text.slice(0, m.index);
    if (before.lastIndexOf("\uE002") > before.lastIndexOf("\uE004")) continue;
    // A number is not cut out of a longer one (“45%” inside “145%”).
    if (/[\d.,]$/.test(before) || /^[\d]/.test(text.slice(m.index + m[0].length))) continue;
    return before + linkMark(url, m[0], title) + text.slice(m.index + m[0].length);
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Where the words before a value stand in a text (the nth time), or 0. */
function anchorAt(text: string, after: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(after, at + 1);
    if (at < 0) return 0;
  }
  return at + after.length;
}

export function linkIndicatorMentions(
  docs: { source: SourceFile; model: DocumentModel; pages: Page[] }[],
  concordance: LoadedConcordance,
): { rows: number; numbers: number } {
  const byRow = new Map<string, string>();
  for (const ind of concordance.data.indicators) for (const r of ind.rows) byRow.set(`${r.doc}|${r.key}`, ind.id);
  const links = { rows: 0, numbers: 0 };
  for (const { source, model, pages } of docs) {
    const where = pageOf(pages);
    const done = new Set<string>();
    const once = (node: object, id: string) => {
      const key = `${where.get(node) ?? "?"}|${id}`;
      if (done.has(key)) return false;
      done.add(key);
      return true;
    };
    const tables = model.blocks.filter((b): b is TableNode => b.type === "table");
    tables.forEach((t, k) => {
      const roles = columnRoles(t, new Diagnostics(source.path), Number(source.meta.date.slice(0, 4)));
      const label = roles?.findIndex((r) => r.role === "label") ?? -1;
      if (label < 0) return;
      for (const row of tableRows(t, k + 1, new Diagnostics(source.path), Number(source.meta.date.slice(0, 4)))) {
        const id = byRow.get(`${source.meta.id}|${row.key}`);
        const cell = row.row.cells[label]!;
        if (!id || !cell.text || cell.text.includes("\uE002") || !once(row.row, id)) continue;
        cell.text = linkMark(indicatorUrl(id), cell.text);
        links.rows++;
      }
    });
    const linkedIn = new Set<string>();
    for (const ind of concordance.data.indicators) {
      for (const ref of ind.items.filter((r) => r.doc === source.meta.id)) {
        const node = itemAt(model, ref.line);
        const key = `${ref.line}|${ind.id}`;
        if (!node || linkedIn.has(key)) continue;
        const hit = readProseValue(model, source.lines, ref);
        if (typeof hit === "string") continue; // linkIndicators has stopped the build on it already
        // The number as printed, its unit and bound words (“trên 1,8 triệu lượt khách”); a verdict in words is not a number.
        if (ref.kind === "status" || !/\d/.test(hit.raw)) continue;
        const linked = wrapWords(
          node.text,
          hit.raw,
          indicatorUrl(ind.id),
          anchorAt(node.text, ref.after, ref.nth),
          `Chỉ tiêu: ${ind.name}`,
        );
        if (linked) {
          node.text = linked;
          linkedIn.add(key);
          links.numbers++;
        }
      }
    }
  }
  return links;
}
