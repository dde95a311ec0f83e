/**
 * The built site in dist/, served as it will be published: by nginx with the configuration the
 * build generates (scripts/deploy/), on a free loopback port.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveProject } from "../../scripts/deploy/serve.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is not built: run `npm run build` first (npm test does)");
  return serveProject(ROOT, DIST);
}
