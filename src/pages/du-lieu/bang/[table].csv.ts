import { readdirSync } from "node:fs";
import { join } from "node:path";
import { generatedFile } from "../../../lib/site.ts";
import { withCacheKeys } from "../../../lib/page-inputs.ts";

/** Every table of the documents as its own CSV, written by scripts/build.ts to generated/du-lieu/bang/. */
export function getStaticPaths() {
  return withCacheKeys(
    "/du-lieu/bang/[table].csv",
    readdirSync(join(process.cwd(), "generated/du-lieu/bang"))
      .filter((f) => f.endsWith(".csv"))
      .map((f) => ({ params: { table: f.replace(/\.csv$/, "") } })),
  );
}

export function GET({ params }: { params: { table: string } }): Response {
  return new Response(generatedFile(`du-lieu/bang/${params.table}.csv`), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
