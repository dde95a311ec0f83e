/**
 * The gate on what readers see: every built page's visible text, the words of its attributes a
 * reader meets (title, alt, aria-label, placeholder) and its preview text (<title>, description,
 * Open Graph, Twitter) are scanned for what must never reach a screen: the model's private-use
 * markers or a replacement character, Markdown syntax (link brackets, emphasis markers, backslash
 * escapes, attribute braces), literal HTML tags, and repository paths on reading pages; text a
 * page marks `data-verbatim` (a source line shown as received) is the document's own, and a
 * `<textarea data-code>` holds code offered to copy (an embed snippet). Each find
 * is a diagnostic naming the page's file and line, what was found, and its context.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Diagnostic } from "../model/diagnostics.ts";
import { decodeEntities } from "../model/text.ts";
import { REDIRECT_MARK, siteFiles, urlOfFile } from "./collect.ts";

/** Pages that explain the method and the data, and may name the project's files. */
const MAY_NAME_FILES = ["/gioi-thieu/", "/du-lieu/"];

interface Leak {
  kind: string;
  pattern: RegExp;
  /** Not on pages that may name files. */
  readingOnly?: boolean;
}

const LEAKS: Leak[] = [
  { kind: "a private-use character (a marker of the model)", pattern: /[\uE000-\uF8FF]/u },
  { kind: "a replacement character (a broken byte)", pattern: /\uFFFD/u },
  { kind: "Markdown link syntax", pattern: /\]\(|\[[^\]\n]{1,200}\]\((?:\/|https?:|#)/u },
  { kind: "Markdown emphasis markers", pattern: /(?:^|[\s(“"])(\*{1,2}|_{2})(?=\S)[^*\n]{1,200}?\S\1(?=$|[\s).,;:!?”"])/u },
  { kind: "a Markdown backslash escape", pattern: /\\[\\`*_{}[\]()#+\-.!|~<>]/u },
  { kind: "Markdown attribute braces", pattern: /\{[#.][\w-]+\}/u },
  { kind: "a literal HTML tag", pattern: /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/iu },
  {
    kind: "a repository path",
    pattern: /\b(?:content\/sources\/|content\/[\w-]+\.yml|scripts\/|src\/|generated\/|[0-9]{3}_[0-9a-f]{16}\.txt)/u,
    readingOnly: true,
  },
];

/** A piece of text a reader sees, and where it starts in the HTML. */
interface Piece {
  text: string;
  at: number;
  where: string;
}

/** The meta tags whose content a reader sees: in search results, previews of a shared link, the preview image. */
const READER_META_NAMES = [
  "description",
  "og:title",
  "og:description",
  "twitter:title",
  "twitter:description",
  "bc-preview-label",
  "bc-preview-title",
];
const READER_META = new RegExp(String.raw`<meta\s+(?:name|property)="(${READER_META_NAMES.join("|")})"\s+content="([^"]*)"`, "g");

/** The readable pieces of a page: text between tags (not scripts, styles or comments), reader-facing attributes, preview meta. */
export function readerPieces(html: string): Piece[] {
  const pieces: Piece[] = [];
  // Blank out what is not read, keeping offsets.
  const blank = (s: string, re: RegExp) => s.replace(re, (m) => " ".repeat(m.length));
  // A document's own text shown as received (its “bản gốc” page) is marked `data-verbatim`: its
  // characters are the source's, whatever they are, set in italics or bold where the file marks them.
  const verbatim = /<([a-z]+)\b[^>]*\sdata-verbatim\b[^>]*>(?:[^<]|<\/?(?:em|strong)>)*<\/\1>/gi;
  // Code a reader is offered to copy (an embed snippet) is in a `<textarea data-code>`: HTML on purpose.
  const code = /<textarea\b[^>]*\sdata-code\b[^>]*>[^<]*<\/textarea>/gi;
  const open = blank(
    blank(blank(blank(blank(html, /<script\b[\s\S]*?<\/script>/gi), /<style\b[\s\S]*?<\/style>/gi), /<!--[\s\S]*?-->/g), verbatim),
    code,
  );
  const title = /<title>([\s\S]*?)<\/title>/i.exec(open);
  if (title) pieces.push({ text: decodeEntities(title[1]!), at: title.index, where: "the page title" });
  for (const m of open.matchAll(READER_META)) pieces.push({ text: decodeEntities(m[2]!), at: m.index, where: `meta ${m[1]}` });
  const body = open.indexOf("<body");
  const inBody = body < 0 ? open : open.slice(body);
  const offset = body < 0 ? 0 : body;
  for (const m of inBody.matchAll(/>([^<]+)</g))
    if (m[1]!.trim()) pieces.push({ text: decodeEntities(m[1]!), at: offset + m.index + 1, where: "the text" });
  for (const m of inBody.matchAll(/\s(title|alt|aria-label|placeholder)="([^"]*)"/g))
    if (m[2]!.trim()) pieces.push({ text: decodeEntities(m[2]!), at: offset + m.index, where: `the ${m[1]} attribute` });
  return pieces;
}

const lineAt = (html: string, at: number): number => html.slice(0, at).split("\n").length;

/** What must not reach a reader on one page (`url` its address, `file` its path for messages). */
export function readerTextProblems(html: string, url: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const mayNameFiles = MAY_NAME_FILES.some((p) => url.startsWith(p));
  for (const piece of readerPieces(html))
    for (const leak of LEAKS) {
      if (leak.readingOnly && mayNameFiles) continue;
      const m = leak.pattern.exec(piece.text);
      if (!m) continue;
      const from = Math.max(0, m.index - 40);
      const context = piece.text.slice(from, m.index + m[0].length + 40).replace(/\s+/g, " ");
      const shown = context.replace(/[\uE000-\uF8FF]/gu, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
      out.push({
        file,
        line: lineAt(html, piece.at),
        message: `${url}: ${leak.kind} in ${piece.where}: “${shown.trim()}”`,
        expected: "only the document's words",
        rule: "publish/reader-text",
        fatal: true,
      });
    }
  return out;
}

/** The gate over every page of a built site (the 404 page included, redirect pages not). */
export function siteReaderTextProblems(dist: string, root: string): Diagnostic[] {
  return siteFiles(dist)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .flatMap((file) => {
      const html = readFileSync(file, "utf8");
      return html.includes(REDIRECT_MARK) ? [] : readerTextProblems(html, urlOfFile(dist, file), relative(root, file));
    });
}
