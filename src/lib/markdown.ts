/**
 * The site's markdown-it: HTML in the text is escaped (html: false), `{#id}` after a block sets
 * its id, footnotes use the documents' own numbers, ```table fences carry tables with
 * multi-level headers, and `::: role` fences carry front and back matter.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type StateCore, type Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import { decodeEntities } from "../../scripts/model/text.ts";
import { titleClass } from "./title.ts";

const ID_SUFFIX = /\s*\{#([a-z0-9-]+)\}$/;

/** Core rule: strips a trailing `{#id}` from a block's inline text and puts the id on the block. */
function blockIds(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type !== "inline") continue;
    const m = ID_SUFFIX.exec(tok.content);
    if (!m) continue;
    tok.content = tok.content.slice(0, m.index);
    let open = tokens[i - 1];
    if (open && open.type === "paragraph_open" && open.hidden) {
      // A tight list item: the id goes on the <li>.
      for (let j = i - 2; j >= 0; j--) {
        if (tokens[j]!.type === "list_item_open") {
          open = tokens[j];
          break;
        }
      }
    }
    open?.attrSet("id", m[1]!);
  }
}

/** Core rule: the page's title (h1) and its headings of the first level (h2) get the size class their length calls for (see title.ts). */
function titleSize(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.type !== "heading_open" || !/^h[12]$/.test(tokens[i]!.tag)) continue;
    const cls = titleClass(tokens[i + 1]!.content);
    if (cls) tokens[i]!.attrJoin("class", cls);
  }
}

export interface TableData {
  id: string;
  csv?: string;
  /** The document's original-text page, where each row's source line is shown. */
  original?: string;
  line: number;
  endLine?: number;
  columns: number;
  /** The unit of the whole table, when the document printed it inside the table. */
  unit?: string;
  header: { text: string; colspan?: number; rowspan?: number; line: number }[][];
  rows: { id: string; line: number; cells: { text: string; line: number }[] }[];
}

/** What a column holds, from its header's words: it orders a row's values when the row reads as a card. */
export type ColumnRole = "number" | "unit" | "target" | "result" | "verdict" | "goal" | "orientation";

/** A column's role from its header's words (`index` 0 is the row number). */
export function columnRole(label: string, index: number): ColumnRole | undefined {
  const t = label.toLowerCase();
  if (index === 0) return "number";
  if (t.includes("định hướng")) return "orientation";
  if (t.includes("so với") || t.includes("đánh giá")) return "verdict";
  if (t.includes("mục tiêu") && /20(26|30)/.test(t) && !/2021|2025/.test(t)) return "goal";
  if (t.includes("mục tiêu")) return "target";
  if (t.includes("thực hiện") || t.includes("kết quả")) return "result";
  if (t.includes("đơn vị")) return "unit";
  return undefined;
}

/**
 * Each column's name as its header cells say it, top to bottom (“Mục tiêu 2021-2025 · Bình quân 5
 * năm”), spans unfolded, and its role; `plain` turns a header's Markdown into text.
 */
export function columnLabels(
  header: TableData["header"],
  columns: number,
  plain: (text: string) => string,
): { text: string; role?: ColumnRole }[] {
  const grid: string[][] = Array.from({ length: columns }, () => []);
  const taken: number[] = Array.from({ length: columns }, () => 0); // rows still covered by a rowspan
  header.forEach((row, r) => {
    let col = 0;
    for (const c of row) {
      while (col < columns && taken[col]! > r) col++;
      const text = plain(c.text);
      for (let k = col; k < Math.min(columns, col + (c.colspan ?? 1)); k++) {
        grid[k]!.push(text);
        taken[k] = r + (c.rowspan ?? 1);
      }
      col += c.colspan ?? 1;
    }
  });
  return grid.map((texts, k) => {
    const text = texts.filter((t, i) => t && texts.indexOf(t) === i).join(" · ");
    const role = columnRole(text, k);
    return role ? { text, role } : { text };
  });
}

/** A header's Markdown as the text a reader sees (for labels in attributes). */
const plainText = (md: MarkdownIt, text: string): string => decodeEntities(md.renderInline(text).replace(/<[^>]*>/g, "")).trim();

/** Block rule: a ```table fence holding the JSON written by scripts/emit becomes table tokens. */
function tableFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const first = state.src.slice(start, state.eMarks[startLine]);
  if (first !== "```table") return false;
  if (silent) return true;
  let line = startLine + 1;
  for (; line < endLine; line++) {
    if (state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]) === "```") break;
  }
  const json = state.getLines(startLine + 1, line, 0, false);
  const data = JSON.parse(json) as TableData;
  const push = (type: string, tag: string, nesting: -1 | 0 | 1, attrs: [string, string][] = []): Token => {
    const t = state.push(type, tag, nesting);
    for (const [k, v] of attrs) t.attrSet(k, v);
    return t;
  };
  const inline = (text: string) => {
    const t = state.push("inline", "", 0);
    t.content = text;
    t.children = [];
    t.map = [startLine, line];
  };
  const labels = columnLabels(data.header, data.columns, (t) => plainText(state.md, t));
  const lineLabel = "Dòng gốc";
  if (data.unit) {
    push("paragraph_open", "p", 1, [["class", "table-unit"]]);
    inline(`Đơn vị: ${data.unit}`);
    push("paragraph_close", "p", -1);
  }
  push("table_wrap_open", "div", 1, [
    ["class", "table-wrap cards doc-table"],
    ["tabindex", "0"],
    ["role", "region"],
    // Unique on its page (a page may hold several tables), and true whether it scrolls or not.
    ["aria-label", `Bảng, dòng ${data.line}${data.endLine && data.endLine > data.line ? `–${data.endLine}` : ""} của văn bản gốc`],
  ]);
  push("table_open", "table", 1, [
    ["id", data.id],
    ["data-source-line", String(data.line)],
  ]);
  push("thead_open", "thead", 1);
  data.header.forEach((row, r) => {
    push("tr_open", "tr", 1);
    for (const c of row) {
      const attrs: [string, string][] = [["scope", c.colspan ? "colgroup" : "col"]];
      if (c.colspan) attrs.push(["colspan", String(c.colspan)]);
      if (c.rowspan) attrs.push(["rowspan", String(c.rowspan)]);
      push("th_open", "th", 1, attrs);
      inline(c.text);
      push("th_close", "th", -1);
    }
    if (r === 0 && data.original) {
      const attrs: [string, string][] = [
        ["scope", "col"],
        ["class", "col-line"],
      ];
      if (data.header.length > 1) attrs.push(["rowspan", String(data.header.length)]);
      push("th_open", "th", 1, attrs);
      inline(lineLabel);
      push("th_close", "th", -1);
    }
    push("tr_close", "tr", -1);
  });
  push("thead_close", "thead", -1);
  push("tbody_open", "tbody", 1);
  /** The last row name seen: a row printed with an empty name goes on the row above (its second unit, “USD”). */
  let lastName = "";
  for (const row of data.rows) {
    const group = row.cells.every((c, k) => k < 2 || !c.text.trim());
    push("tr_open", "tr", 1, [
      ["id", row.id],
      ["data-source-line", String(row.line)],
      ...(group ? ([["class", "row-group"]] as [string, string][]) : []),
    ]);
    row.cells.forEach((c, k) => {
      const isLabel = k === 1;
      const attrs: [string, string][] = isLabel ? [["scope", "row"]] : [["data-label", labels[k]!.text]];
      if (!isLabel && labels[k]!.role) attrs.push(["data-role", labels[k]!.role]);
      push(isLabel ? "th_open" : "td_open", isLabel ? "th" : "td", 1, attrs);
      if (isLabel && !c.text.trim() && lastName) {
        // Said again for a screen reader and on a card; the wide table leaves it blank, as printed.
        push("repeat_name_open", "span", 1, [["class", "repeat-name visually-hidden"]]);
        inline(lastName);
        push("repeat_name_close", "span", -1);
      } else inline(c.text);
      if (isLabel && c.text.trim()) lastName = c.text.replace(/\[\^[^\]]+\]/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
      push(isLabel ? "th_close" : "td_close", isLabel ? "th" : "td", -1);
    });
    if (data.original) {
      push("td_open", "td", 1, [
        ["data-label", lineLabel],
        ["data-role", "line"],
      ]);
      inline(`[dòng ${row.line}](${data.original}#dong-${row.line})`);
      push("td_close", "td", -1);
    }
    push("tr_close", "tr", -1);
  }
  push("tbody_close", "tbody", -1);
  push("table_close", "table", -1);
  push("table_wrap_close", "div", -1);
  if (data.csv) {
    const link = push("table_csv", "p", 0);
    link.attrSet("href", data.csv);
  }
  state.line = line + 1;
  return true;
}

/** Block rule: `::: role #id` … `:::` holds front or back matter lines (a title block, recipients, a signature). */
function matterFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
  const m = /^::: ([a-z-]+)(?: #([a-z0-9-]+))?$/.exec(first);
  if (!m) return false;
  if (silent) return true;
  let line = startLine + 1;
  for (; line < endLine; line++) {
    if (state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]) === ":::") break;
  }
  const open = state.push("matter_open", "div", 1);
  open.attrSet("class", `matter matter-${m[1]}`);
  if (m[2]) open.attrSet("id", m[2]);
  const t = state.push("inline", "", 0);
  t.content = state.getLines(startLine + 1, line, 0, false).trimEnd();
  t.children = [];
  state.push("matter_close", "div", -1);
  state.line = line + 1;
  return true;
}

export interface Abbreviation {
  abbr: string;
  full: string;
}

/**
 * Core rule: the first use of each glossary abbreviation on a page becomes
 * `<abbr title="expansion">`; `env.abbrSeen` remembers what the page has marked already.
 */
function abbreviations(glossary: Abbreviation[]) {
  const terms = glossary.map((t) => ({
    ...t,
    re: new RegExp(`(?<![\\p{L}\\d])${t.abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "u"),
  }));
  return (state: StateCore): void => {
    const seen: Set<string> = ((state.env as { abbrSeen?: Set<string> }).abbrSeen ??= new Set());
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      const out: Token[] = [];
      let inLink = 0;
      for (const child of block.children) {
        if (child.type === "link_open") inLink++;
        if (child.type === "link_close") inLink--;
        if (child.type !== "text" || inLink > 0) {
          out.push(child);
          continue;
        }
        let rest = child.content;
        for (;;) {
          let first: { at: number; t: (typeof terms)[number] } | undefined;
          for (const t of terms) {
            if (seen.has(t.abbr)) continue;
            const m = t.re.exec(rest);
            if (m && (!first || m.index < first.at)) first = { at: m.index, t };
          }
          if (!first) break;
          seen.add(first.t.abbr);
          const before = new state.Token("text", "", 0);
          before.content = rest.slice(0, first.at);
          const open = new state.Token("html_inline", "", 0);
          open.content = `<abbr title="${state.md.utils.escapeHtml(first.t.full)}">`;
          const word = new state.Token("text", "", 0);
          word.content = first.t.abbr;
          const close = new state.Token("html_inline", "", 0);
          close.content = "</abbr>";
          out.push(before, open, word, close);
          rest = rest.slice(first.at + first.t.abbr.length);
        }
        const tail = new state.Token("text", "", 0);
        tail.content = rest;
        out.push(tail);
      }
      block.children = out;
    }
  };
}

/** Creates the renderer used by every reading page. */
export function createMarkdown(glossary: Abbreviation[] = []): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.use(footnote);
  md.block.ruler.before("fence", "table_fence", tableFence);
  md.block.ruler.before("fence", "matter_fence", matterFence);
  md.core.ruler.before("inline", "block_ids", blockIds);
  md.core.ruler.after("block_ids", "title_size", titleSize);
  if (glossary.length) md.core.ruler.after("text_join", "abbreviations", abbreviations(glossary));
  const r = md.renderer.rules;
  r.table_wrap_open = (tokens, idx, _options, _env, self) => `<div${self.renderAttrs(tokens[idx]!)}>\n`;
  r.table_wrap_close = () => "</div>\n";
  r.table_csv = (tokens, idx) =>
    `<p class="table-download"><a href="${md.utils.escapeHtml(String(tokens[idx]!.attrGet("href")))}" download>Tải bảng này (CSV)</a></p>\n`;
  r.matter_open = (tokens, idx) => {
    const id = tokens[idx]!.attrGet("id");
    return `<div class="${md.utils.escapeHtml(String(tokens[idx]!.attrGet("class") ?? "matter"))}"${id ? ` id="${md.utils.escapeHtml(String(id))}"` : ""}>`;
  };
  r.matter_close = () => "</div>\n";
  /** Footnotes keep the document's own number, which is their label. */
  const label = (tok: Token): string => {
    const meta = (tok.meta ?? {}) as { label?: string; id?: number };
    return md.utils.escapeHtml(String(meta.label ?? Number(meta.id ?? 0) + 1));
  };
  const subId = (tok: Token): number => Number((tok.meta as { subId?: number } | null)?.subId ?? 0);
  r.footnote_anchor_name = (tokens, idx) => label(tokens[idx]!);
  r.footnote_caption = (tokens, idx) => label(tokens[idx]!);
  r.footnote_ref = (tokens, idx, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, idx, options, env, self);
    const caption = self.rules.footnote_caption!(tokens, idx, options, env, self);
    const refid = subId(tokens[idx]!) > 0 ? `${id}-${subId(tokens[idx]!)}` : id;
    return `<sup class="footnote-ref"><a href="#chu-thich-${id}" id="tham-chieu-${refid}" aria-label="Chú thích ${caption}">${caption}</a></sup>`;
  };
  r.footnote_block_open = () =>
    '<section class="footnotes" aria-labelledby="chu-thich-tieu-de">\n<h2 id="chu-thich-tieu-de">Chú thích</h2>\n<ol class="footnotes-list">\n';
  r.footnote_block_close = () => "</ol>\n</section>\n";
  r.footnote_open = (tokens, idx, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, idx, options, env, self);
    return `<li id="chu-thich-${id}" class="footnote-item" value="${id}">`;
  };
  r.footnote_anchor = (tokens, idx, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, idx, options, env, self);
    const refid = subId(tokens[idx]!) > 0 ? `${id}-${subId(tokens[idx]!)}` : id;
    // Not part of the footnote's words: search leaves it out of its excerpts.
    return ` <a href="#tham-chieu-${refid}" class="footnote-backref" aria-label="Quay lại chỗ tham chiếu ${id}" data-pagefind-ignore>↩︎</a>`;
  };
  return md;
}

/** Splits a generated page into its YAML front matter text and its Markdown body. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw new Error("generated page has no front matter");
  return { frontMatter: m[1]!, body: source.slice(m[0].length) };
}
