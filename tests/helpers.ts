import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Line } from "../scripts/parse/lines.ts";
import { toLines } from "../scripts/ingest/read-sources.ts";
import { BuildError, formatDiagnostic } from "../scripts/model/diagnostics.ts";

/**
 * Reads a fixture cut from a source, named `<source file>-<first line>-<last line>.txt`,
 * as lines numbered as in the source, so assertions cite the source's own line numbers.
 */
export function fixture(folder: string, name: string): Line[] {
  const m = /-(\d+)-(\d+)\.txt$/.exec(name);
  if (!m) throw new Error(`fixture name ${name} does not say which lines it was cut from`);
  const first = Number(m[1]);
  const lines = toLines(readFileSync(join(import.meta.dirname, "fixtures", folder, name), "utf8"));
  if (lines.length !== Number(m[2]) - first + 1) throw new Error(`fixture ${name} has ${lines.length} lines`);
  return lines.map((text, i) => ({ text, line: first + i }));
}

/** Replaces the model's footnote marks with `[^n]`, as the Markdown shows them. */
export const showRefs = (s: string): string => s.replace(/\uE000([^\uE001]+)\uE001/g, "[^$1]");

/** The `file:line: message (rule)` lines of the BuildError that `fn` throws; fails if it throws none. */
export function buildErrors(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof BuildError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error("expected a BuildError");
}

/**
 * How many of `items` each document has, by document id. Asserted with `toMatchObject` on the five
 * sources' ids, so that a sixth document adds a key of its own and changes none of theirs.
 */
export function countByDocument<T>(items: readonly T[], docOf: (x: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const x of items) counts[docOf(x)] = (counts[docOf(x)] ?? 0) + 1;
  return counts;
}
