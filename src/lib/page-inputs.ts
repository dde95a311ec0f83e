/**
 * Records, while the site builds, which files of generated/ each page reads (src/middleware.ts
 * opens and closes a page; src/lib/site.ts notes each file asked for, on every call, even when
 * it answers from memory; `derived` notes a value computed from many files instead of the files),
 * and gives each page of a route its cache key from what it read last time
 * (scripts/cache/page-inputs.ts). Only `npm run build:site` turns it on (PAGE_INPUTS_DIR);
 * otherwise nothing is recorded and no page has a key, so every page is rendered.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { inputsLog, pageKey, pageName, readPageInputs, valueHash, type PageInputs } from "../../scripts/cache/page-inputs.ts";

interface Recorder {
  dir: string;
  code: string;
  previous: PageInputs | undefined;
  page?: { name: string; pathname: string; inputs: Set<string>; derived: Map<string, string> };
  global: Set<string>;
  globalWritten: number;
  /** While a derived value is computed, its reads are not the page's. */
  quiet: number;
}

// On globalThis: Astro's bundle may hold more than one copy of this module, and all must share one record.
const slot = globalThis as typeof globalThis & { __pageInputs?: Recorder | null };

function recorder(): Recorder | null {
  if (slot.__pageInputs === undefined) {
    const dir = process.env.PAGE_INPUTS_DIR;
    const code = process.env.PAGE_INPUTS_CODE;
    slot.__pageInputs = dir && code ? { dir, code, previous: readPageInputs(dir), global: new Set(), globalWritten: 0, quiet: 0 } : null;
  }
  return slot.__pageInputs;
}

/** Notes that the page being rendered (or, outside a page, every page) read `path` of generated/. */
export function noteInput(path: string): void {
  const r = recorder();
  if (!r || r.quiet) return;
  (r.page ? r.page.inputs : r.global).add(path);
}

/** How to compute each kind of derived value from its argument, for the keys of the next build. */
const derivations = new Map<string, (arg: string) => unknown>();

/** Computes `compute(arg)` with its reads not noted. */
function quietly<T>(r: Recorder | null, compute: () => T): T {
  if (r) r.quiet++;
  try {
    return compute();
  } finally {
    if (r) r.quiet--;
  }
}

/**
 * `compute(arg)`, a value derived from many files of generated/, noted as the page's input in their
 * place: the page is rendered again only if the value changes, not whenever one of the files does.
 * `compute` must read generated/ only through src/lib/site.ts, and be the same for every call of `kind`.
 */
export function derived<T>(kind: string, arg: string, compute: (arg: string) => T): T {
  derivations.set(kind, compute);
  const r = recorder();
  // Outside a page (or inside another derived value) its reads are noted as they are.
  if (!r?.page || r.quiet) return compute(arg);
  const value = quietly(r, () => compute(arg));
  r.page.derived.set(`${kind}:${arg}`, valueHash(value));
  return value;
}

/** Starts recording what the page of `pattern` with `params`, at `pathname`, reads. */
export function beginPage(pattern: string, params: Record<string, string | undefined>, pathname: string): void {
  const r = recorder();
  if (!r) return;
  // One page at a time (Astro's build.concurrency, 1 by default), or reads could not be told apart.
  if (r.page) throw new Error(`page inputs: ${pathname} begun while ${r.page.pathname} renders: keep build.concurrency at 1`);
  r.page = { name: pageName(pattern, params), pathname, inputs: new Set(), derived: new Map() };
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
  const derivedHashes = Object.fromEntries([...r.page.derived].sort(([a], [b]) => (a < b ? -1 : 1)));
  appendFileSync(log, `${JSON.stringify({ page: name, pathname, inputs: [...inputs].sort(), derived: derivedHashes })}\n`);
  r.page = undefined;
}

/**
 * The pages of a route, each with its cache key: from the files it read when it was last rendered
 * (and their bytes now), or `new` for a page never rendered, whose key the build writes afterwards.
 */
export function withCacheKeys<P extends { params: Record<string, string | undefined> }>(
  pattern: string,
  paths: P[],
  kinds: Record<string, (arg: string) => unknown> = {},
): (P & { cacheKey?: string })[] {
  const r = recorder();
  if (!r) return paths;
  for (const [kind, compute] of Object.entries(kinds)) derivations.set(kind, compute);
  const generated = join(process.cwd(), "generated");
  return paths.map((p) => {
    const seen = r.previous?.code === r.code ? r.previous.pages[pageName(pattern, p.params)] : undefined;
    if (!seen) return { ...p, cacheKey: "new" };
    const now = Object.fromEntries(
      Object.keys(seen.derived).map((name) => {
        const [kind, ...rest] = name.split(":");
        const compute = derivations.get(kind!);
        return [name, compute ? valueHash(quietly(r, () => compute(rest.join(":")))) : "unknown"];
      }),
    );
    return { ...p, cacheKey: pageKey(generated, r.code, r.previous!.global, seen.inputs, now) };
  });
}
