import { generatedFile } from "../../lib/site.ts";

/** /du-lieu/chi-tieu.schema.json, written by scripts/build.ts. */
export function GET(): Response {
  return new Response(generatedFile("du-lieu/chi-tieu.schema.json"), {
    headers: { "content-type": "application/schema+json; charset=utf-8" },
  });
}
