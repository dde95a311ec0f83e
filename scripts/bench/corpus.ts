/**
 * A synthetic corpus N times larger, for the growth benchmark: the project copied to a temporary
 * folder, with the five sources repeated under new ids, slugs and file names (copy k gets the
 * suffix `-k`), and every curated file that names a document (metadata, concordance, topics,
 * corrections, explained paragraphs) extended to the copies. The originals are untouched.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

type Yaml = Record<string, unknown>;
const read = (root: string, f: string) => parse(readFileSync(join(root, f), "utf8")) as Yaml;
const write = (root: string, f: string, data: unknown) => writeFileSync(join(root, f), stringify(data, { lineWidth: 0 }));

export function makeCorpus(project: string, factor: number): string {
  const root = mkdtempSync(join(tmpdir(), `bc-corpus-x${factor}-`));
  for (const part of ["src", "public", "scripts", "content"]) cpSync(join(project, part), join(root, part), { recursive: true });
  for (const f of ["astro.config.mjs", "package.json", "tsconfig.json"]) copyFileSync(join(project, f), join(root, f));
  symlinkSync(join(project, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, "bench"), { recursive: true });

  const sources = read(root, "content/sources/sources.yml") as { documents: Yaml[] };
  const originals = sources.documents;
  const copies = (k: number) =>
    originals.map((d) => {
      const file = String(d.file).replace(/\.txt$/, `-${k}.txt`);
      copyFileSync(join(root, "content/sources", String(d.file)), join(root, "content/sources", file));
      const { aliases: _aliases, ...rest } = d; // aliases would make every copy claim the same phrase
      return {
        ...rest,
        id: `${String(d.id)}-${k}`,
        slug: `${String(d.slug)}-${k}`,
        file,
        shortTitle: `${String(d.shortTitle)} (${k})`,
        relations: ((d.relations as Yaml[] | undefined) ?? []).map((r) =>
          r.target ? { ...r, target: `${String(r.target as string)}-${k}` } : r,
        ),
      };
    });
  const extra = Array.from({ length: factor - 1 }, (_, i) => i + 2);
  sources.documents = [...originals, ...extra.flatMap(copies)];
  write(root, "content/sources/sources.yml", sources);

  const fileOf = new Map(originals.map((d) => [`content/sources/${String(d.file)}`, String(d.file)]));
  const slugOf = new Map(originals.map((d) => [String(d.slug), String(d.slug)]));
  const withDoc = <T extends Yaml>(list: T[] | undefined, k: number): T[] =>
    (list ?? []).map((e) => ({ ...e, doc: `${String(e.doc)}-${k}` }));

  const conc = read(root, "content/indicators.yml") as { tables: Yaml[]; lists: Yaml[]; verdicts: Yaml[]; indicators: Yaml[] };
  conc.tables = [...conc.tables, ...extra.flatMap((k) => withDoc(conc.tables, k))];
  conc.lists = [...conc.lists, ...extra.flatMap((k) => withDoc(conc.lists, k))];
  conc.verdicts = [...conc.verdicts, ...extra.flatMap((k) => withDoc(conc.verdicts, k))];
  conc.indicators = [
    ...conc.indicators,
    ...extra.flatMap((k) =>
      conc.indicators.map((ind) => ({
        ...ind,
        id: `${String(ind.id)}-${k}`,
        rows: withDoc(ind.rows as Yaml[], k),
        items: withDoc(ind.items as Yaml[], k),
      })),
    ),
  ];
  write(root, "content/indicators.yml", conc);

  const topics = read(root, "content/topics.yml") as { general: string[] };
  topics.general = [
    ...topics.general,
    ...extra.flatMap((k) =>
      topics.general.map((u) => u.replace(/^\/tai-lieu\/([^/]+)\//, (_, s: string) => `/tai-lieu/${slugOf.get(s) ?? s}-${k}/`)),
    ),
  ];
  write(root, "content/topics.yml", topics);

  for (const [f, key] of [
    ["content/corrections.yml", "headings"],
    ["content/checks/explained-paragraphs.yml", "explained"],
  ] as const) {
    const data = read(root, f) as Record<string, Yaml[]>;
    data[key] = [
      ...data[key]!,
      ...extra.flatMap((k) =>
        data[key]!.map((e) => ({ ...e, file: `content/sources/${fileOf.get(String(e.file))!.replace(/\.txt$/, `-${k}.txt`)}` })),
      ),
    ];
    write(root, f, data);
  }
  return root;
}
