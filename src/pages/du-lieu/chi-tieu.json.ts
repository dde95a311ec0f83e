import { generatedFile } from "../../lib/site.ts";

/** /du-lieu/chi-tieu.json, written by scripts/build.ts. */
export function GET(): Response {
  return new Response(generatedFile("du-lieu/chi-tieu.json"), { headers: { "content-type": "application/json; charset=utf-8" } });
}
