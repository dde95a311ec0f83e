/**
 * Records, while the site builds, which files of generated/ each page reads (src/middleware.ts
 * opens and closes a page; src/lib/site.ts notes each file asked for, on every call, even when
 * it answers from memory), and gives each page of a route its cache key from what it read last
 * time (scripts/cache/page-inputs.ts). Only `npm run build:site` turns it on (PAGE_INPUTS_DIR);
 * otherwise nothing is recorded and no page has a key, so every page is rendered.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { inputsLog, pageKey, pageName, readPageInputs, type PageInputs } from "../../scripts/cache/page-inputs.ts";

interface Recorder {
  dir: string;
  code: string;
  previous: PageInputs | undefined;
  page?: { name: string; pathname: string; inputs: Set<string> };
  global: Set<string>;
  globalWritten: number;
}

// On globalThis: Astro's bundle may hold more than one copy of this module, and all must share one record.
const slot = globalThis as typeof globalThis & { __pageInputs?: Recorder | null };

function recorder(): Recorder | null {
  if (slot.__pageInputs === undefined) {
    const dir = process.env.PAGE_INPUTS_DIR;
    const code = process.env.PAGE_INPUTS_CODE;
    slot.__pageInputs = dir && code ? { dir, code, previous: readPageInputs(dir), global: new Set(), globalWritten: 0 } : null;
  }
  return slot.__pageInputs;
}

/** Notes that the page being rendered (or, outside a page, every page) read `path` of generated/. */
export function noteInput(path: string): void {
  const r = recorder();
  if (!r) return;
  (r.page ? r.page.inputs : r.global).add(path);
}

/** Starts recording what the page of `pattern` with `params`, at `pathname`, reads. */
export function beginPage(pattern: string, params: Record<string, string | undefined>, pathname: string): void {
  const r = recorder();
  if (r) r.page = { name: pageName(pattern, params), pathname, inputs: new Set() };
}

/** Ends the page begun last and writes what it read (and what was read outside pages, if more) to the log. */
export function endPage(): void {
  const r = recorder();
  if (!r?.page) return;
  const log = inputsLog(r.dir);
  if (r.global.size !== r.globalWritten) {
    appendFileSync(log, `${JSON.stringify({ global: [...r.global].sort() })}\n`);
    r.globalWritten = r.global.size;
  }
  const { name, pathname, inputs } = r.page;
  appendFileSync(log, `${JSON.stringify({ page: name, pathname, inputs: [...inputs].sort() })}\n`);
  r.page = undefined;
}

/**
 * The pages of a route, each with its cache key: from the files it read when it was last rendered
 * (and their bytes now), or `new` for a page never rendered, whose key the build writes afterwards.
 */
export function withCacheKeys<P extends { params: Record<string, string | undefined> }>(
  pattern: string,
  paths: P[],
): (P & { cacheKey?: string })[] {
  const r = recorder();
  if (!r) return paths;
  const generated = join(process.cwd(), "generated");
  return paths.map((p) => {
    const seen = r.previous?.code === r.code ? r.previous.pages[pageName(pattern, p.params)] : undefined;
    const cacheKey = seen ? pageKey(generated, r.code, r.previous!.global, seen.inputs) : "new";
    return { ...p, cacheKey };
  });
}
