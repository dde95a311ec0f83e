/**
 * Measures a cold first search in Debian's Chromium against the built site (dist/): a fresh load
 * of /tim-kiem/?q=… with the browser's cache off, and everything fetched after the page itself
 * (its styles and scripts, Pagefind's code and WebAssembly, index, filters, fragments, the
 * vocabulary), in bytes by kind of file, and the time until results show.
 * Part of `npm run bench`; `npm run bench:search` runs it alone and writes bench/search.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { serveDist } from "../../tests/e2e/serve.ts";
import { benchBrowser } from "./chromium.ts";

/** Typical queries: a phrase, a folded phrase, an abbreviation, a number, names typed without marks. */
export const QUERIES = ["tang truong kinh te", "do thi hoa", "UBND", "14.700", "tien lang", "duong cao toc", "dang vien"];

/** The kinds of file a first query fetches, in the order the report lists them. */
export const KINDS = [
  "site css",
  "site js",
  "pagefind js",
  "pagefind worker",
  "wasm",
  "entry",
  "meta",
  "index chunks",
  "filters",
  "fragments",
  "vocabulary",
  "other",
] as const;
export type Kind = (typeof KINDS)[number];

export function kindOf(path: string): Kind {
  if (path.startsWith("/pagefind/")) {
    const name = path.slice("/pagefind/".length);
    if (name === "pagefind.js") return "pagefind js";
    if (name === "pagefind-worker.js") return "pagefind worker";
    if (name.startsWith("wasm.")) return "wasm";
    if (name === "pagefind-entry.json") return "entry";
    if (name.endsWith(".pf_meta")) return "meta";
    if (name.startsWith("index/")) return "index chunks";
    if (name.startsWith("filter/")) return "filters";
    if (name.startsWith("fragment/")) return "fragments";
    if (name.startsWith("tu-vung")) return "vocabulary";
    return "other";
  }
  if (path.endsWith(".css")) return "site css";
  if (path.endsWith(".js")) return "site js";
  return "other";
}

export interface KindBytes {
  files: number;
  bytes: number;
  gzipBytes: number;
}
export interface SearchRow extends KindBytes {
  query: string;
  ms: number;
  byKind: Partial<Record<Kind, KindBytes>>;
}

/** Bytes as a server sends them compressed: Pagefind's binary files are gzip already. */
const gzipped = (b: Buffer) => (b[0] === 0x1f && b[1] === 0x8b ? b.length : gzipSync(b, { level: 9 }).length);

export async function measureSearch(ctx: BrowserContext, origin: string, queries: readonly string[] = QUERIES): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for (const query of queries) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const address = `${origin}/tim-kiem/?q=${encodeURIComponent(query)}`;
    const fetched: { path: string; body: Buffer }[] = [];
    const reading: Promise<void>[] = [];
    page.on("response", (r) => {
      if (r.url() === address || r.status() !== 200) return;
      const path = new URL(r.url()).pathname;
      reading.push(
        r.body().then(
          (body) => void fetched.push({ path, body }),
          () => undefined,
        ),
      );
    });
    const t0 = performance.now();
    await page.goto(address);
    await page.waitForFunction(() => /kết quả cho|Không tìm thấy/.test(document.getElementById("trang-thai")!.textContent ?? ""));
    const ms = Math.round(performance.now() - t0);
    await page.waitForLoadState("networkidle");
    await Promise.all(reading);
    const byKind: Partial<Record<Kind, KindBytes>> = {};
    for (const f of fetched) {
      const k = (byKind[kindOf(f.path)] ??= { files: 0, bytes: 0, gzipBytes: 0 });
      k.files += 1;
      k.bytes += f.body.length;
      k.gzipBytes += gzipped(f.body);
    }
    const sum = (key: keyof KindBytes) => Object.values(byKind).reduce((n, k) => n + k[key], 0);
    rows.push({ query, files: sum("files"), bytes: sum("bytes"), gzipBytes: sum("gzipBytes"), ms, byKind });
    await page.close();
  }
  return rows;
}

/** The report's table: one row per query, a column per kind of file (gzip KB). */
export function searchTable(rows: SearchRow[]): string[] {
  const kinds = KINDS.filter((k) => rows.some((r) => r.byKind[k]));
  const kb = (n: number | undefined) => (n === undefined ? "–" : (n / 1024).toFixed(1));
  return [
    `| First search query (gzip KB) | ${kinds.join(" | ")} | all | files | ms |`,
    `|---|${kinds.map(() => "---:").join("|")}|---:|---:|---:|`,
    ...rows.map(
      (r) => `| ${r.query} | ${kinds.map((k) => kb(r.byKind[k]?.gzipBytes)).join(" | ")} | ${kb(r.gzipBytes)} | ${r.files} | ${r.ms} |`,
    ),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await serveDist();
  const ctx = await benchBrowser();
  try {
    const rows = await measureSearch(ctx, server.url);
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/search.json", `${JSON.stringify({ firstQuery: rows }, null, 1)}\n`);
    console.log(searchTable(rows).join("\n"));
  } finally {
    await ctx.close();
    await server.close();
  }
}
