import { generatedFile } from "../../lib/site.ts";

/** /du-lieu/chi-tieu.csv, written by scripts/build.ts. */
export function GET(): Response {
  return new Response(generatedFile("du-lieu/chi-tieu.csv"), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
