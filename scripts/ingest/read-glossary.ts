/** Reads and validates `content/glossary.yml`. */
import { glossarySchema, type Glossary } from "../model/glossary.ts";
import { readYamlFile } from "./yaml-file.ts";

export function readGlossary(root: string): Glossary {
  return readYamlFile(root, "content/glossary.yml", glossarySchema, "ingest/glossary").data;
}
