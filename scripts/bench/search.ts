/**
 * Measures a first search in Debian's Chromium against the built site (dist/): the files and
 * bytes fetched from /pagefind/ and the time until results show, for a few typical queries.
 * Part of `npm run bench`; `npm run bench:search` runs it alone and writes bench/search.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { serveDist } from "../../tests/e2e/serve.ts";
import { benchBrowser } from "./chromium.ts";

export const QUERIES = ["tang truong kinh te", "do thi hoa", "UBND", "14.700"];
export interface SearchRow {
  query: string;
  files: number;
  bytes: number;
  gzipBytes: number;
  ms: number;
}

export async function measureSearch(ctx: BrowserContext, origin: string): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for (const query of QUERIES) {
    const page = await ctx.newPage(); // a fresh page: nothing of Pagefind cached in memory
    await page.goto(`${origin}/tim-kiem/`);
    const bodies: Buffer[] = [];
    const reading: Promise<void>[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.startsWith("/pagefind/"))
        reading.push(
          r.body().then((b) => {
            bodies.push(b);
          }),
        );
    });
    const t0 = performance.now();
    await page.fill("#tu-khoa", query);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /kết quả cho|Không tìm thấy/.test(document.getElementById("trang-thai")!.textContent ?? ""));
    const ms = Math.round(performance.now() - t0);
    // Every body is read before the page closes (a fragment may still be arriving when results show).
    await Promise.all(reading);
    // Pagefind's index and fragments are gzip already; JS and WASM are what a server would compress.
    const gzipBytes = bodies.reduce((n, b) => n + (b[0] === 0x1f && b[1] === 0x8b ? b.length : gzipSync(b).length), 0);
    rows.push({ query, files: bodies.length, bytes: bodies.reduce((n, b) => n + b.length, 0), gzipBytes, ms });
    await page.close();
    await ctx.clearCookies();
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await serveDist();
  const ctx = await benchBrowser();
  try {
    const rows = await measureSearch(ctx, server.url);
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/search.json", `${JSON.stringify({ firstQuery: rows }, null, 1)}\n`);
    console.log("query\tfiles\tbytes\tgzip\tms");
    for (const r of rows) console.log(`${r.query}\t${r.files}\t${r.bytes}\t${r.gzipBytes}\t${r.ms}`);
  } finally {
    await ctx.close();
    await server.close();
  }
}
