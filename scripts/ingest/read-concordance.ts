/** Reads and validates `content/indicators.yml`, keeping the line of every entry for messages. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { BuildError } from "../model/diagnostics.ts";
import { concordanceSchema, type Concordance } from "../model/concordance.ts";

export const CONCORDANCE = "content/indicators.yml";

export interface LoadedConcordance {
  data: Concordance;
  /** Line of `indicators[i].rows[j]` in the file. */
  rowLine: (i: number, j: number) => number;
  /** Line of `indicators[i].items[j]`. */
  itemLine: (i: number, j: number) => number;
  /** Line of `indicators[i].<key>` (e.g. `unit`, `units`). */
  fieldLine: (i: number, key: string) => number;
}

export function readConcordance(root: string): LoadedConcordance {
  const path = join(root, CONCORDANCE);
  if (!existsSync(path)) throw new BuildError([{ file: CONCORDANCE, line: 1, message: "the indicator concordance is missing", rule: "indicators/concordance", fatal: true }]);
  const text = readFileSync(path, "utf8");
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    throw new BuildError(doc.errors.map((e) => ({ file: CONCORDANCE, line: e.linePos?.[0]?.line ?? 1, message: `YAML syntax error: ${e.message.split("\n")[0]}`, rule: "indicators/concordance", fatal: true })));
  }
  const lineOf = (path: (string | number)[]) => {
    for (let d = path.length; d >= 0; d--) {
      const node = doc.getIn(path.slice(0, d), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const result = concordanceSchema.safeParse(doc.toJS());
  if (!result.success) {
    throw new BuildError(result.error.issues.map((i) => ({ file: CONCORDANCE, line: lineOf(i.path as (string | number)[]), message: `${i.path.join(".")}: ${i.message}`, rule: "indicators/concordance-schema", fatal: true })));
  }
  const seen = new Set<string>();
  const dupes = result.data.indicators.flatMap((ind, i) => {
    const d = seen.has(ind.id) ? [{ file: CONCORDANCE, line: lineOf(["indicators", i, "id"]), message: `duplicate indicator id "${ind.id}"`, rule: "indicators/duplicate-id", fatal: true }] : [];
    seen.add(ind.id);
    return d;
  });
  if (dupes.length) throw new BuildError(dupes);
  return { data: result.data, rowLine: (i, j) => lineOf(["indicators", i, "rows", j]), itemLine: (i, j) => lineOf(["indicators", i, "items", j]), fieldLine: (i, key) => lineOf(["indicators", i, key]) };
}
