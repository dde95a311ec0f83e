/** Reads and validates `content/indicators.yml`, keeping the line of every entry for messages. */
import { BuildError } from "../model/diagnostics.ts";
import { concordanceSchema, type Concordance } from "../model/concordance.ts";
import { readRegions, unknownRegion } from "./read-regions.ts";
import { readYamlFile } from "./yaml-file.ts";

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
  const { data, lineOf } = readYamlFile(root, CONCORDANCE, concordanceSchema, "indicators/concordance", {
    schemaRule: "indicators/concordance-schema",
  });
  const seen = new Set<string>();
  const dupes = data.indicators.flatMap((ind, i) => {
    const d = seen.has(ind.id)
      ? [
          {
            file: CONCORDANCE,
            line: lineOf(["indicators", i, "id"]),
            message: `duplicate indicator id "${ind.id}"`,
            rule: "indicators/duplicate-id",
            fatal: true,
          },
        ]
      : [];
    seen.add(ind.id);
    return d;
  });
  // Every region named is one of content/regions.yml, reported at the entry that names it.
  const regions = readRegions(root).data;
  const named: [(string | number)[], string | undefined][] = [
    ...data.tables.map((t, i): [(string | number)[], string] => [["tables", i, "region"], t.region]),
    ...data.lists.map((l, i): [(string | number)[], string] => [["lists", i, "region"], l.region]),
    ...data.verdicts.map((v, i): [(string | number)[], string] => [["verdicts", i, "region"], v.region]),
    ...data.unchecked.map((v, i): [(string | number)[], string] => [["unchecked", i, "region"], v.region]),
    ...data.indicators.flatMap((ind, i) =>
      ind.items.map((it, j): [(string | number)[], string | undefined] => [["indicators", i, "items", j, "region"], it.region]),
    ),
  ];
  const unknown = named.flatMap(([path, region]) =>
    region === undefined ? [] : unknownRegion(regions, region, CONCORDANCE, lineOf(path)),
  );
  if (dupes.length || unknown.length) throw new BuildError([...dupes, ...unknown]);
  return {
    data,
    rowLine: (i, j) => lineOf(["indicators", i, "rows", j]),
    itemLine: (i, j) => lineOf(["indicators", i, "items", j]),
    fieldLine: (i, key) => lineOf(["indicators", i, key]),
  };
}
