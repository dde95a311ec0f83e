/** The site's public origin: `SITE_URL`, else `origin` in content/site.yml. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

export function siteOrigin(root: string): string {
  const fromEnv = process.env.SITE_URL;
  const value = fromEnv ?? (parseYaml(readFileSync(join(root, "content/site.yml"), "utf8")) as { origin?: string } | null)?.origin;
  if (!value || !/^https?:\/\/[^/\s]+\/?$/.test(value)) throw new Error(`content/site.yml:3: origin “${value ?? ""}” is not an origin, expected https://host`);
  return value.replace(/\/$/, "");
}
