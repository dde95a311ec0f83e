/**
 * The site's readers (src/lib/site.ts) over a data build of the project's own content, made once
 * for the test file that imports this module, in a temporary folder: the views of src/lib are
 * tested on the data the site is built from, without generated/ or a build of the site.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildData } from "../scripts/build.ts";
import { readGeneratedFrom } from "../src/lib/site.ts";

readGeneratedFrom(buildData(join(import.meta.dirname, ".."), mkdtempSync(join(tmpdir(), "bc-site-"))).outDir);
