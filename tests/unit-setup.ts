/**
 * Vitest's global setup of the unit project: one data build of the project's own content, in a
 * temporary folder, before any test file runs. The files that read the built data (through
 * tests/site-data.ts or `projectData()`) share it instead of each building the same data again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildData } from "../scripts/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of the data build of the project's own content, made once for the unit run. */
    projectData: string;
  }
}

/** Builds the project's data once and tells the test files where it is. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "bc-unit-data-"));
  project.provide("projectData", buildData(join(import.meta.dirname, ".."), dir).outDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
