/**
 * Turns references into links: the numbers of cited documents link to their entry in the register
 * of cited documents (/van-ban/), or to the document itself when it is one of ours (216/BC-UBND);
 * names of our documents (`aliases` in the metadata) link to them from the other documents; and
 * `Phụ lục 1` links to that appendix of the same document. Returns the register.
 */
import type { SourceFile } from "../ingest/read-sources.ts";
import type { DocumentModel } from "../model/document.ts";
import type { SourceMeta } from "../model/schema.ts";
import { collapse, linkMark, plain } from "../model/text.ts";
import { describeCitation, findCitations, mergeKeys } from "../extract/citations.ts";
import type { CitedDocument } from "../model/generated.ts";
import { slugify } from "../model/slug.ts";

export interface CitationPlace {
  doc: string;
  line: number;
  node: object;
}

/** An entry of the register as linking finds it: each place with the node it is in (given its address when the pages are written, see `CitedDocument`). */
export interface RegisterEntry extends Omit<CitedDocument, "places"> {
  places: CitationPlace[];
}

export interface LinkTarget {
  source: SourceFile;
  model: DocumentModel;
  docUrl: string;
  /** URL of each appendix page of the document, by its number. */
  appendices: Map<number, string>;
}

export const registerUrl = (slug: string): string => `/van-ban/#${slug}`;

/** Text-bearing nodes of a model with a setter, in document order. */
function texts(
  model: DocumentModel,
): { node: object; anchor: object; get: () => string; set: (s: string) => void; line: number; endLine: number }[] {
  const out: ReturnType<typeof texts> = [];
  for (const b of model.blocks) {
    if (b.type === "paragraph")
      out.push({ node: b, anchor: b, get: () => b.text, set: (s) => (b.text = s), line: b.line, endLine: b.endLine });
    else if (b.type === "heading")
      out.push({ node: b, anchor: b, get: () => b.title, set: (s) => (b.title = s), line: b.line, endLine: b.endLine });
    else if (b.type === "list")
      for (const i of b.items)
        out.push({ node: i, anchor: i, get: () => i.text, set: (s) => (i.text = s), line: i.line, endLine: i.endLine });
    else if (b.type === "table")
      for (const r of b.rows)
        for (const c of r.cells)
          out.push({ node: c, anchor: r, get: () => c.text, set: (s) => (c.text = s), line: c.line, endLine: c.line });
  }
  for (const f of model.footnotes)
    out.push({ node: f, anchor: f, get: () => f.text, set: (s) => (f.text = s), line: f.line, endLine: f.endLine });
  return out;
}

/** The source line (within the node's lines) where `needle` starts. */
function lineOf(lines: string[], from: number, to: number, needle: string): number {
  const n = needle.replace(/\s+/g, "");
  for (let l = from; l <= to; l++)
    if (
      collapse(lines[l - 1] ?? "")
        .replace(/\s+/g, "")
        .includes(n)
    )
      return l;
  return from;
}

export function linkCitations(targets: LinkTarget[], metas: SourceMeta[]): RegisterEntry[] {
  const ours = new Map(metas.filter((m) => m.number).map((m) => [m.number!, m]));
  const urlOf = (m: SourceMeta) => targets.find((t) => t.source.meta.id === m.id)!.docUrl;
  const found: { key: string; described: ReturnType<typeof describeCitation>; place: CitationPlace }[] = [];

  for (const t of targets) {
    for (const item of texts(t.model)) {
      const text = item.get();
      if (text.includes("\uE002")) continue; // already linked
      const edits: { start: number; end: number; url: string }[] = [];
      for (const hit of findCitations(text)) {
        const own = ours.get(hit.key);
        if (own?.id === t.source.meta.id) continue;
        found.push({
          key: hit.key,
          described: describeCitation(plain(text), hit),
          place: { doc: t.source.meta.id, line: lineOf(t.source.lines, item.line, item.endLine, hit.text), node: item.anchor },
        });
        edits.push({ start: hit.start, end: hit.end, url: own ? urlOf(own) : `KEY:${hit.key}` });
      }
      for (const m of metas) {
        if (m.id === t.source.meta.id) continue;
        for (const alias of m.aliases ?? []) {
          const at = text.indexOf(alias);
          if (at >= 0 && !edits.some((e) => at < e.end && at + alias.length > e.start))
            edits.push({ start: at, end: at + alias.length, url: urlOf(m) });
        }
      }
      for (const m of text.matchAll(/(?:Phụ lục|phụ lục)(?: số)? 0?(\d{1,2})(?!\d)/gu)) {
        const url = t.appendices.get(Number(m[1]));
        const at = m.index;
        if (url && !edits.some((e) => at < e.end && at + m[0].length > e.start)) edits.push({ start: at, end: at + m[0].length, url });
      }
      if (!edits.length) continue;
      let out = text;
      for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + linkMark(e.url, out.slice(e.start, e.end)) + out.slice(e.end);
      item.set(out);
    }
  }

  const canonical = mergeKeys([...new Set(found.map((f) => f.key))]);
  const entries = new Map<string, RegisterEntry>();
  for (const f of found) {
    const key = canonical.get(f.key)!;
    const own = ours.get(key);
    const entry = entries.get(key) ?? {
      key,
      slug: slugify(key),
      kind: f.described.kind,
      related: metas.flatMap((m) =>
        m.relations
          .filter((r) => r.external && findCitations(r.external).some((h) => canonical.get(h.key) === key || h.key === key))
          .map((r) => ({ title: m.shortTitle, url: urlOf(m), relation: r.type })),
      ),
      places: [],
      ...(own ? { ours: { title: own.shortTitle, url: urlOf(own) } } : {}),
    };
    entry.date ??= f.described.date;
    entry.issuer ??= f.described.issuer;
    if (entry.kind === "Văn bản") entry.kind = f.described.kind;
    entry.places.push(f.place);
    entries.set(key, entry);
  }
  // Point the links at the register now that variant spellings share one entry.
  for (const t of targets) {
    for (const item of texts(t.model)) {
      const text = item.get();
      if (text.includes("KEY:"))
        item.set(
          text.replace(
            /\uE002KEY:([^\uE003]+)\uE003/g,
            (_m, k: string) => `\uE002${registerUrl(entries.get(canonical.get(k)!)!.slug)}\uE003`,
          ),
        );
    }
  }
  const order = (e: RegisterEntry) => `${e.kind}|${e.key.padStart(12, "0")}`;
  return [...entries.values()].sort((a, b) => order(a).localeCompare(order(b), "vi"));
}
