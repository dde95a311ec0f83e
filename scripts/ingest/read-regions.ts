/** Reads content/regions.yml: the regions, each id once, each `mergedInto` naming a listed region. */
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import { regionsFileSchema, type RegionInfo } from "../model/regions.ts";
import { readYamlFile, type YamlFile } from "./yaml-file.ts";

export const REGIONS_FILE = "content/regions.yml";

/** The regions, validated, with the line of each of their nodes. */
export function readRegions(root: string): YamlFile<RegionInfo[]> {
  const { data, lineOf } = readYamlFile(root, REGIONS_FILE, regionsFileSchema, "ingest/regions", { schemaRule: "ingest/regions-schema" });
  const problems: Diagnostic[] = [];
  const ids = new Set<string>();
  data.regions.forEach((r, i) => {
    if (ids.has(r.id))
      problems.push({
        file: REGIONS_FILE,
        line: lineOf(["regions", i, "id"]),
        message: `duplicate id "${r.id}"`,
        rule: "ingest/regions",
        fatal: true,
      });
    ids.add(r.id);
  });
  data.regions.forEach((r, i) => {
    if (r.mergedInto !== undefined && (!ids.has(r.mergedInto) || r.mergedInto === r.id))
      problems.push({
        file: REGIONS_FILE,
        line: lineOf(["regions", i, "mergedInto"]),
        message: `mergedInto "${r.mergedInto}" is not another region's id`,
        expected: "the id of another region of this file",
        rule: "ingest/regions",
        fatal: true,
      });
  });
  if (problems.length) throw new BuildError(problems);
  return { data: data.regions, lineOf };
}

/** A diagnostic when `region` (at `file:line`) is not the id of a listed region, else nothing. */
export function unknownRegion(regions: readonly RegionInfo[], region: string, file: string, line: number): Diagnostic[] {
  return regions.some((r) => r.id === region)
    ? []
    : [
        {
          file,
          line,
          message: `region "${region}" is not listed in ${REGIONS_FILE}`,
          expected: `one of ${regions.map((r) => r.id).join(", ")}`,
          rule: "ingest/unknown-region",
          fatal: true,
        },
      ];
}
