/**
 * Where the data build of the project's own content is for a unit test file: the one the unit
 * project's global setup made (tests/unit-setup.ts), or, run outside it, a build of its own.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { buildData } from "../scripts/build.ts";

let own: string | undefined;

/** The folder holding the built data of the project's content (read it, never write to it). */
export function projectData(): string {
  const shared = inject("projectData") as string | undefined;
  return shared ?? (own ??= buildData(join(import.meta.dirname, ".."), mkdtempSync(join(tmpdir(), "bc-site-"))).outDir);
}
