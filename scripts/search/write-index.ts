/**
 * Writes the Pagefind index of the search records (its WebAssembly, index chunks, filters,
 * fragments) and the vocabulary beside it (`tu-vung.json`), through Pagefind's Node API.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SearchRecord } from "./records.ts";
import { vocabularyOf } from "./vocabulary.ts";

/**
 * Words per index chunk, counted as Pagefind counts them (word locations). Pagefind's default of
 * 20,000 makes chunks of about 25 KB gzip, and a query fetches one for each of its words; at this
 * size a query fetches little more than the entries of its own words.
 */
export const INDEX_CHUNK_SIZE = 2500;

export async function writeSearchIndex(records: SearchRecord[], outDir: string): Promise<{ records: number; vocabulary: number }> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const r of records) {
      const added = await index.addCustomRecord({ url: r.url, content: r.content, language: "vi", meta: r.meta, filters: r.filters });
      if (added.errors.length) throw new Error(`search record ${r.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outDir}: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  const vocabulary = vocabularyOf(records);
  writeFileSync(join(outDir, "tu-vung.json"), `${JSON.stringify(vocabulary)}\n`);
  return { records: records.length, vocabulary: Object.keys(vocabulary).length };
}
