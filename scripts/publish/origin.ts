/** The site's public origin: `SITE_URL`, else `origin` in content/site.yml. */
import { z } from "zod";
import { originSchema } from "../ingest/read-settings.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";

// Only the origin: the data build checks the other settings (scripts/ingest/read-settings.ts).
const schema = z.object({ origin: originSchema });

export function siteOrigin(root: string): string {
  const fromEnv = process.env.SITE_URL;
  if (fromEnv !== undefined && !originSchema.safeParse(fromEnv).success)
    throw new Error(`SITE_URL “${fromEnv}” is not an origin, expected https://host`);
  const value = fromEnv ?? readYamlFile(root, "content/site.yml", schema, "ingest/site-settings").data.origin;
  return value.replace(/\/$/, "");
}
