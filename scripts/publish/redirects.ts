/**
 * Declared redirects (`content/redirects.yml`): a moved page or anchor and its new place. A moved
 * page gets a small page of its own at the old address that works without a server (meta refresh,
 * canonical link, and a visible link); a moved anchor gets an empty element with the old id just
 * before its new place when it stays on the same page, or a line in the old page's anchor map
 * (read by /scripts/anchor-moves.js) when it moves to another page.
 */
import { z } from "zod";
import type { Diagnostic } from "../model/diagnostics.ts";
import { REDIRECT_MARK, type Published } from "./collect.ts";
import { escapeMarkup as esc } from "../model/text.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";

export const REDIRECTS_PATH = "content/redirects.yml";

const target = z.string().regex(/^\/[^\s#]*(#[^\s#]+)?$/, "a site path starting with /, optionally with #anchor");
const schema = z.object({ redirects: z.array(z.object({ from: target, to: target }).strict()).default([]) }).strict();

export interface Redirect {
  from: string;
  to: string;
  line: number;
}
export type Redirects = Map<string, Redirect>;

/** Reads the declared redirects; a missing file means none. */
export function readRedirects(root: string): Redirects {
  const { data, lineOf } = readYamlFile(root, REDIRECTS_PATH, schema, "redirects", { optional: { redirects: [] } });
  const out: Redirects = new Map();
  data.redirects.forEach((r, i) => out.set(r.from, { ...r, line: lineOf(["redirects", i, "from"]) }));
  return out;
}

/** A redirect whose target is not on the site, or whose source is still published, is an error. */
export function checkRedirects(redirects: Redirects, published: Published): Diagnostic[] {
  const has = (key: string) => {
    const [url, anchor] = key.split("#") as [string, string | undefined];
    const page = published.get(url);
    return page !== undefined && (!anchor || page.includes(anchor));
  };
  const out: Diagnostic[] = [];
  for (const r of redirects.values()) {
    if (!has(r.to))
      out.push({
        file: REDIRECTS_PATH,
        line: r.line,
        message: `the redirect from ${r.from} goes to ${r.to}, which the site does not have`,
        expected: "a published page or anchor",
        rule: "redirects",
        fatal: true,
      });
    if (has(r.from))
      out.push({
        file: REDIRECTS_PATH,
        line: r.line,
        message: `${r.from} is still published, so it cannot be redirected`,
        expected: "a URL or anchor the site no longer has",
        rule: "redirects",
        fatal: true,
      });
  }
  return out;
}

/** The script tag that sends a moved anchor (or, with "*", any anchor) on to its new place. */
export function anchorMovesScript(moves: Record<string, string>): string {
  return `<script src="/scripts/anchor-moves.js" data-moves="${esc(JSON.stringify(moves))}"></script>`;
}

/** The page left at a moved page's old address; the anchor a visitor came with goes along. */
export function redirectPage(to: string): string {
  const head =
    `<meta charset="utf-8">${REDIRECT_MARK}<meta name="robots" content="noindex">${anchorMovesScript({ "*": to })}` +
    `<meta http-equiv="refresh" content="0; url=${esc(to)}"><link rel="canonical" href="${esc(to)}"><title>Trang đã chuyển</title>`;
  const body = `<main><p>Trang này đã chuyển đến <a href="${esc(to)}">${esc(to)}</a>.</p></main>`;
  return `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>\n`;
}
