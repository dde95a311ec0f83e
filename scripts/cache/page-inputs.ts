/**
 * Which files of generated/ each page of the site read, so that a rebuild renders again only the
 * pages whose inputs changed (Astro's `experimental.incrementalBuild` restores the others from
 * its cache). The site records what each page reads (src/lib/page-inputs.ts); a page's key is a
 * hash of the site's code and of the bytes of every file it read, itself and before any page
 * (`*`: what the routes' lists of pages read), and of the values it derived from many files
 * (`derived`: say, which twelve sections name an indicator, not the text of every section). By
 * induction the key is sound: a page reads the same files as last time unless one of them (or the
 * code, or a derived value) changed, which changes its key.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What the site read: per page (by route pattern and parameters), and before any page (`*`). */
export interface PageInputs {
  /** The hash of everything else a page depends on: the site's code, configuration, packages. */
  code: string;
  /** Files of generated/ read outside any page (lists of pages, module set-up): every page depends on them. */
  global: string[];
  /** Per page: its address and the files of generated/ it read. */
  pages: Record<string, { pathname: string; inputs: string[]; derived: Record<string, string> }>;
}

/** One line of the log the site writes while it builds (src/lib/page-inputs.ts). */
export type InputsLogLine = { page: string; pathname: string; inputs: string[]; derived: Record<string, string> } | { global: string[] };

/** The file where the inputs of the last build are kept, and the log of the running one. */
export const inputsFile = (cacheDir: string): string => join(cacheDir, "page-inputs.json");
export const inputsLog = (cacheDir: string): string => join(cacheDir, "page-inputs.log");

/** The name of a page: its route pattern and its parameters, sorted. */
export function pageName(pattern: string, params: Record<string, string | number | undefined>): string {
  const sorted = Object.keys(params)
    .sort()
    .map((k) => [k, String(params[k])]);
  return `${pattern} ${JSON.stringify(sorted)}`;
}

const fileHashes = new Map<string, string>();
/** The sha256 of a file of generated/ (remembered: nothing changes generated/ while the site builds). */
function fileHash(generated: string, path: string): string {
  const abs = join(generated, path);
  let h = fileHashes.get(abs);
  if (h === undefined) {
    h = existsSync(abs) ? createHash("sha256").update(readFileSync(abs)).digest("hex") : "missing";
    fileHashes.set(abs, h);
  }
  return h;
}

/** Forgets the hashes remembered (for the tests, which change files within one process). */
export const forgetFileHashes = (): void => fileHashes.clear();

/** The hash of a derived value (its JSON). */
export const valueHash = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * A page's key: the code's hash, the bytes of each file it read and of those every page read, and
 * the hash of each value it derived (by name).
 */
export function pageKey(generated: string, code: string, global: string[], inputs: string[], derived: Record<string, string>): string {
  const h = createHash("sha256").update(`code\0${code}\0`);
  for (const path of [...new Set([...global, ...inputs])].sort()) h.update(`${path}\0${fileHash(generated, path)}\0`);
  for (const name of Object.keys(derived).sort()) h.update(`=${name}\0${derived[name]}\0`);
  return h.digest("hex");
}

/** The inputs kept by the last build, or none. */
export function readPageInputs(cacheDir: string): PageInputs | undefined {
  const file = inputsFile(cacheDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as PageInputs;
}

/**
 * The inputs after a build: each page rendered now with what it read now, each page restored
 * from the cache with what it read when it was rendered, and what was read outside pages now.
 */
export function mergeInputs(previous: PageInputs | undefined, code: string, log: InputsLogLine[]): PageInputs {
  const pages: PageInputs["pages"] = previous && previous.code === code ? { ...previous.pages } : {};
  let global: string[] = [];
  for (const line of log)
    if ("global" in line) global = line.global;
    else pages[line.page] = { pathname: line.pathname, inputs: line.inputs, derived: line.derived };
  return { code, global: [...global].sort(), pages };
}

/** The log lines of a build, in order. */
export function readInputsLog(cacheDir: string): InputsLogLine[] {
  const file = inputsLog(cacheDir);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as InputsLogLine);
}
