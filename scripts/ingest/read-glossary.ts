/** Reads and validates `content/glossary.yml`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { BuildError } from "../model/diagnostics.ts";
import { glossarySchema, type Glossary } from "../model/glossary.ts";

export function readGlossary(root: string): Glossary {
  const file = "content/glossary.yml";
  const result = glossarySchema.safeParse(parseYaml(readFileSync(join(root, file), "utf8")));
  if (!result.success) throw new BuildError(result.error.issues.map((i) => ({ file, line: 1, message: `${i.path.join(".")}: ${i.message}`, rule: "ingest/glossary", fatal: true })));
  return result.data;
}
