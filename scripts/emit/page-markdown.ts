/** Writes one reading page as Markdown with YAML front matter. */
import { stringify } from "yaml";
import type { BlockNode, DocumentModel, Footnote, HeadingNode, RepeatedFragment, TableNode } from "../model/document.ts";
import { checkedFrontMatter, pageFile, tableCsvFile, type PageEntry, type PageFrontMatter, type TocEntry } from "../model/generated.ts";
import type { SourceMeta } from "../model/schema.ts";
import { slugify } from "../model/slug.ts";
import { clip, readerWords } from "../model/text.ts";
import { inlineMarkdown, withId } from "./markdown.ts";
import { headingLabel, type Page, type SectionNode } from "./sections.ts";
import { IdScope, numberingSlug } from "./slug.ts";

/** A reading page as written: its entry in site.json and its Markdown (front matter and body). */
export interface EmittedPage extends PageEntry {
  markdown: string;
}

export const documentUrl = (meta: SourceMeta): string => `/tai-lieu/${meta.slug}/`;
export const pageUrl = (meta: SourceMeta, slug: string): string => `/tai-lieu/${meta.slug}/${slug}/`;

/** The Markdown fence that carries a table; the site's markdown-it plugin renders it. */
function tableMarkdown(t: TableNode, id: string, csv: string, original: string): string {
  const data = {
    id,
    csv,
    original,
    line: t.line,
    endLine: t.endLine,
    columns: t.columns,
    // A unit printed above the table stays a paragraph there; one taken out of the table's rows is shown with it.
    ...(t.unit && t.unitLine !== undefined && t.unitLine >= t.line ? { unit: t.unit } : {}),
    header: t.header.map((r) =>
      r.cells.map((c) => ({
        text: inlineMarkdown(c.text),
        line: c.line,
        ...(c.colspan ? { colspan: c.colspan } : {}),
        ...(c.rowspan ? { rowspan: c.rowspan } : {}),
      })),
    ),
    rows: t.rows.map((r, i) => ({
      id: `${id}-d${i + 1}`,
      line: r.line,
      cells: r.cells.map((c) => ({ text: inlineMarkdown(c.text), line: c.line })),
    })),
  };
  return ["```table", JSON.stringify(data, null, 1), "```"].join("\n");
}

/** The first text of a section, or else of its first subsection with text: for page descriptions. */
const firstText = (section: SectionNode): string => {
  for (const b of section.blocks) {
    if (b.type === "paragraph") return b.text;
    if (b.type === "list") return b.items.map((i) => i.text).join(" ");
  }
  for (const c of section.children) {
    const t = firstText(c);
    if (t) return t;
  }
  const after = section.after?.find((b) => b.type === "paragraph" || b.type === "list");
  return after?.type === "paragraph" ? after.text : after?.type === "list" ? after.items.map((i) => i.text).join(" ") : "";
};

/** A description of about 160 characters, cut at a word and marked “…” when cut. */
export const describe = (text: string): string => clip(readerWords(text));

/** Where a table's own CSV download is published. */
export const tableCsvUrl = (meta: SourceMeta, tableId: string): string => `/${tableCsvFile.path(meta.slug, tableId)}`;

/** Writes the pages; `anchors` receives the URL with anchor of every paragraph, list item and table row. */
export function emitPages(
  model: DocumentModel,
  meta: SourceMeta,
  pages: Page[],
  anchors = new Map<object, string>(),
  tables = new Map<string, TableNode>(),
): EmittedPage[] {
  const ids = new IdScope();
  const headingIds = new Map<HeadingNode, string>();
  const chainOf = (ancestors: HeadingNode[]) =>
    ancestors.map((a) => numberingSlug(a.numbering, /^phần/i.test(a.numbering) ? partOrdinal(a.numbering) : undefined)).filter(Boolean);
  const footnotes = new Map(model.footnotes.map((f) => [f.label, f]));

  return pages.map((page, index) => {
    const out: string[] = [];
    const toc: TocEntry[] = [];
    const url = pageUrl(meta, page.slug);
    const baseDepth = page.ancestors.length;

    /** Numbers of the paragraphs (p), items (m), tables (bang) and matter (k) under one owner so far. */
    type Count = { p: number; m: number; t: number; k: number };
    const writeBlocks = (blocks: BlockNode[], ownerId: string, count: Count = { p: 0, m: 0, t: 0, k: 0 }) => {
      for (const b of blocks) {
        switch (b.type) {
          case "paragraph": {
            const id = `${ownerId}-p${++count.p}`;
            anchors.set(b, `${url}#${id}`);
            out.push(withId(inlineMarkdown(b.text), id));
            for (const r of model.repeats ?? [])
              if (r.of >= b.line && r.of <= b.endLine) out.push(repeatNote(r, `${documentUrl(meta)}ban-goc/`));
            break;
          }
          case "list":
            // A numbered paragraph (“3.2. Bám sát …”, “(1) …”, “a) …”) is a paragraph that keeps its
            // printed number; only the items of a dash list are list items.
            out.push(
              b.items
                .map((item) => {
                  const id = `${ownerId}-m${++count.m}`;
                  anchors.set(item, `${url}#${id}`);
                  if (b.ordered) return withId(inlineMarkdown(`${item.marker} ${item.text}`), id);
                  return `- ${withId(inlineMarkdown(item.text).replace(/^\\?([-+*>])(?=\s)/, "\\$1"), id)}`;
                })
                .join(b.ordered ? "\n\n" : "\n"),
            );
            break;
          case "table": {
            const id = `${ownerId}-bang${++count.t}`;
            anchors.set(b, `${url}#${id}`);
            b.rows.forEach((r, i) => anchors.set(r, `${url}#${id}-d${i + 1}`));
            const csv = tableCsvUrl(meta, id);
            tables.set(csv, b);
            out.push(tableMarkdown(b, id, csv, `${documentUrl(meta)}ban-goc/`));
            break;
          }
          case "matter": {
            // A title block, recipients list or signature (khối): anchored like a paragraph.
            const id = `${ownerId}-k${++count.k}`;
            anchors.set(b, `${url}#${id}`);
            const lines = b.lines.map((l) => inlineMarkdown(l));
            // A distribution list's own caption (“Nơi nhận:”), set as printed, in bold.
            if (b.caption) lines.unshift(`**${inlineMarkdown(b.caption)}**`);
            out.push(`::: ${b.role} #${id}\n${lines.join("\\\n")}\n:::`);
            break;
          }
          case "separator":
            out.push("* * *");
            break;
          case "heading":
            break;
        }
      }
    };
    const writeSection = (node: SectionNode, ancestors: HeadingNode[], isPageHead: boolean) => {
      const h = node.heading!;
      const id = headingIds.get(h) ?? ids.take([...chainOf(ancestors), slugify(headingLabel(h), 8)].join("-"));
      headingIds.set(h, id);
      anchors.set(h, isPageHead ? url : `${url}#${id}`);
      const level = Math.min(6, 1 + ancestors.length - baseDepth);
      const label = headingLabel(h);
      out.push(withId(`${"#".repeat(level)} ${inlineMarkdown(label)}`, id));
      // Contents, topics and search read the words: footnote marks left out, links as their text.
      toc.push({ id, label: readerWords(label), depth: level, line: h.line, url: isPageHead ? url : `${url}#${id}` });
      const count = { p: 0, m: 0, t: 0, k: 0 };
      writeBlocks(node.blocks, id, count);
      for (const c of node.children) writeSection(c, [...ancestors, h], false);
      // Numbered paragraphs that close a subsection, after it, under this section's id.
      writeBlocks(node.after ?? [], id, count);
    };
    writeSection(page.section, page.ancestors, true);

    const body = out.join("\n\n");
    const labels = [...new Set([...body.matchAll(/\[\^([^\]]+)\]/g)].map((m) => m[1]!))];
    const notes = labels.map((l) => footnotes.get(l)).filter((f): f is Footnote => Boolean(f));
    for (const f of notes) anchors.set(f, `${url}#chu-thich-${f.label}`);
    const footnoteMd = notes.map((f) => `[^${f.label}]: ${inlineMarkdown(f.text)}`).join("\n\n");
    const lines = sectionLines(page.section);
    const prev = pages[index - 1];
    const next = pages[index + 1];
    const frontMatter: PageFrontMatter = {
      title: readerWords(headingLabel(page.section.heading!)),
      numbering: page.numbering,
      document: meta.id,
      source: `content/sources/${meta.file}`,
      lines,
      breadcrumbs: [
        { title: "Tài liệu", url: "/tai-lieu/" },
        { title: meta.shortTitle, url: documentUrl(meta) },
        ...page.ancestors.map((a) => ({
          title: readerWords(headingLabel(a)),
          url: pageUrl(meta, pages.find((pp) => pp.section.heading === a)?.slug ?? ""),
        })),
      ],
      prev: prev ? { title: readerWords(headingLabel(prev.section.heading!)), url: pageUrl(meta, prev.slug) } : null,
      next: next ? { title: readerWords(headingLabel(next.section.heading!)), url: pageUrl(meta, next.slug) } : null,
      children: page.childPages.map((c) => ({ title: readerWords(headingLabel(c.section.heading!)), url: pageUrl(meta, c.slug) })),
      footnotes: notes.map((f) => ({ label: f.label, line: f.line })),
    };
    checkedFrontMatter(pageFile.path(meta.slug, page.slug), frontMatter);
    const markdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n${footnoteMd ? `\n${footnoteMd}\n` : ""}`;
    // Its first text; for a page whose text is all in its subsections' pages, what it contains.
    const description = describe(
      firstText(page.section) ||
        (page.childPages.length ? `Gồm các mục: ${page.childPages.map((c) => headingLabel(c.section.heading!)).join("; ")}.` : ""),
    );
    return {
      slug: page.slug,
      url,
      title: frontMatter.title,
      numbering: page.numbering,
      depth: page.ancestors.length + 1,
      ...(page.parent ? { parent: page.parent.slug } : {}),
      lines,
      markdown,
      toc,
      description,
    };
  });
}

function partOrdinal(numbering: string): number | undefined {
  const m = /^phần thứ (\S+)/i.exec(numbering);
  const i = m ? ["nhất", "hai", "ba", "tư"].indexOf(m[1]!.toLowerCase()) : -1;
  return i >= 0 ? i + 1 : undefined;
}

function sectionLines(node: SectionNode): [number, number] {
  let lo = node.heading?.line ?? Infinity;
  let hi = node.heading?.endLine ?? 0;
  const visit = (n: SectionNode) => {
    for (const b of [...n.blocks, ...(n.after ?? [])]) {
      lo = Math.min(lo, b.line);
      hi = Math.max(hi, b.endLine);
    }
    n.children.forEach(visit);
  };
  visit(node);
  return [lo, hi];
}

/** The note under a paragraph whose end the source prints twice: where, what, and the line as received. */
export function repeatNote(r: RepeatedFragment, original: string): string {
  const words = r.text.split(" ");
  const quote = words.length > 8 ? `${words.slice(0, 4).join(" ")} … ${words.slice(-3).join(" ")}` : r.text;
  const line = (n: number) => `[dòng ${n}](${original}#dong-${n})`;
  return (
    `::: source-note\n` +
    `Ghi chú về bản gốc: sau chỗ ngắt trang, ${line(r.line)} in lại phần cuối của ${line(r.of)} ` +
    inlineMarkdown(`(“${quote}”); ở đây phần lặp chỉ được đọc một lần.`) +
    `\n:::`
  );
}
