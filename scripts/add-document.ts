/**
 * `npm run add-document -- <file> [--region <id>] [--no-publish] [--accept-warnings]`: adds a
 * document to the site. It copies the file byte for byte into content/sources/, detects its layout,
 * writes its metadata entry from its own header (appending a new region when its place is not
 * listed), runs the data build and prints the document's report. When the build stops, content/ is
 * left as it was. When it passes with no unexplained warning (or `--accept-warnings`), it builds the
 * site and adds the new addresses to content/published.txt, so that `npm run build` passes.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildData, type BuildResult } from "./build.ts";
import { documentReport, type FoundTarget } from "./check/document-report.ts";
import { checkDocument } from "./check/report.ts";
import { detectLayout } from "./ingest/detect-layout.ts";
import { entryYaml, fileName, metadataEntry } from "./ingest/metadata-entry.ts";
import { readHeader } from "./ingest/read-header.ts";
import { appendRegion, readRegionList, REGIONS_FILE } from "./ingest/new-region.ts";
import { readMetadata, readSources, toLines } from "./ingest/read-sources.ts";
import { decodeUtf8 } from "./ingest/read-text.ts";
import { proposeConcordance } from "./link/propose-concordance.ts";
import { BuildError, formatDiagnostic } from "./model/diagnostics.ts";
import type { DocumentCheck } from "./model/generated.ts";
import { parseDocument } from "./parse/document.ts";
import { MANIFEST_PATH } from "./publish/manifest.ts";

const SOURCES = "content/sources";
const METADATA = `${SOURCES}/sources.yml`;

export interface AddOptions {
  /** An id of content/regions.yml, overriding the place the header names. */
  region?: string;
  /** Build the site and add the new addresses to the manifest (default true). */
  publish?: boolean;
  /** Publish even when the report has warnings no one explained. */
  acceptWarnings?: boolean;
  /** The year written when the document prints no date (default: this year). */
  year?: number;
  /** Where the lines of the report go (default: the console). */
  log?: (line: string) => void;
  /** Runs a step of the site build (`build:site`, then the manifest update); default: npm and tsx in `root`. */
  run?: (root: string, step: "site" | "manifest") => boolean;
}

export interface AddResult {
  ok: boolean;
  /** The id and file of the document added (absent when refused or rolled back). */
  id?: string;
  file?: string;
  /** Whether content/published.txt was updated. */
  published: boolean;
}

/** Thrown for a document that cannot be added: the message says why and what to do. */
export class AddError extends Error {}

/** Runs a step of the site build in `root` with its output shown; true when it passed. */
function runStep(root: string, step: "site" | "manifest"): boolean {
  const args = step === "site" ? ["run", "build:site"] : ["run", "manifest"];
  return spawnSync("npm", args, { cwd: root, stdio: "inherit" }).status === 0;
}

/** The files of content/sources/ (not the metadata), each with its bytes. */
function sourceFiles(root: string): { name: string; bytes: Buffer }[] {
  return readdirSync(join(root, SOURCES))
    .filter((n) => n !== "sources.yml" && !n.startsWith("."))
    .map((name) => ({ name, bytes: readFileSync(join(root, SOURCES, name)) }));
}

/** The content files the command writes, as they were, to put back when it fails. */
function snapshot(root: string): () => void {
  const saved = [METADATA, REGIONS_FILE, MANIFEST_PATH].map((f) => ({
    f,
    text: existsSync(join(root, f)) ? readFileSync(join(root, f)) : undefined,
  }));
  return () => {
    for (const { f, text } of saved) {
      if (text === undefined) rmSync(join(root, f), { force: true });
      else writeFileSync(join(root, f), text);
    }
  };
}

/** Adds the document at `path` to the project at `root`; prints the report through `options.log`. */
export function addDocument(root: string, path: string, options: AddOptions = {}): AddResult {
  const log = options.log ?? ((l: string) => console.log(l));
  const from = basename(path);
  if (!existsSync(path)) throw new AddError(`${path}: no such file`);
  const bytes = readFileSync(path);
  const lines = toLines(decodeUtf8(bytes, path).normalize("NFC"));
  if (!lines.some((l) => l.trim())) throw new AddError(`${path}: the file is empty`);
  const same = sourceFiles(root).find((f) => f.bytes.equals(bytes));
  if (same) {
    const meta = readMetadata(root).find((m) => m.file === same.name);
    throw new AddError(
      `${path} is already in the site: ${SOURCES}/${same.name}${meta ? ` (${meta.id})` : ""} holds the same bytes; nothing was added`,
    );
  }
  const markdown = /^\.(md|markdown)$/i.test(extname(path));
  const { format, evidence } = detectLayout(lines, markdown);
  const header = readHeader(lines);
  const existing = readMetadata(root);
  let entry;
  try {
    entry = metadataEntry({
      header,
      format,
      file: "pending.txt",
      from,
      regions: readRegionList(root),
      ...(options.region ? { region: options.region } : {}),
      existing,
      year: options.year ?? new Date().getUTCFullYear(),
    });
  } catch (e) {
    if (e instanceof BuildError) throw e;
    throw new AddError(`${path}: ${(e as Error).message}; nothing was added`);
  }
  const meta = { ...entry.meta, file: fileName(readdirSync(join(root, SOURCES)), entry.meta.id, markdown ? "md" : "txt") };
  const target = `${SOURCES}/${meta.file}`;

  log(`${from} → ${target} (${meta.id})`);
  log(`layout: paragraphs ${format.paragraphs}, footnotes ${format.footnotes}, tables ${format.tables}`);
  log(
    `  read from ${evidence.lines} lines: ${Math.round(evidence.blankAfter * 100)}% followed by a blank line, ${Math.round(evidence.continued * 100)}% going on in lower case, ` +
      `${evidence.pipeLines} starting with |, ${evidence.tabStart + evidence.tabInside} with tabs, ${evidence.bracketNotes} notes [n]`,
  );
  log(
    `metadata: ${meta.kind}, ${meta.issuer}, ${meta.number ?? "no number"}, ${meta.date}, region ${meta.region}, period ${meta.period.label}`,
  );
  log(`  title: ${meta.title}`);
  for (const c of meta.origin.cites) log(`  cites ${path}:${c.line}  ${c.quote}`);
  for (const n of entry.notes) log(`  check: ${n}`);

  let built: BuildResult | undefined;
  const restore = snapshot(root);
  const undo = () => {
    restore();
    rmSync(join(root, target), { force: true });
  };
  try {
    copyFileSync(path, join(root, target));
    writeFileSync(join(root, METADATA), `${readFileSync(join(root, METADATA), "utf8").replace(/\n*$/, "\n")}${entryYaml(meta)}`);
    if (entry.region) appendRegion(root, entry.region);
    built = buildData(root);
  } catch (e) {
    undo();
    if (e instanceof BuildError) {
      log(`the data build stopped; ${target} and its entry were taken out again, content/ is as it was:`);
      for (const d of e.diagnostics) log(formatDiagnostic(d));
      return { ok: false, published: false };
    }
    throw e;
  }

  const source = readSources(root).find((s) => s.path === target)!;
  const model = parseDocument(source);
  const written = join(root, "generated", "report.json");
  const check: DocumentCheck =
    (existsSync(written) ? (JSON.parse(readFileSync(written, "utf8")) as DocumentCheck[]).find((c) => c.file === target) : undefined) ??
    checkDocument(source, model, root);
  // The targets found without a concordance, where the data build publishes them (`candidates`).
  const data = join(root, "generated", "du-lieu", "chi-tieu.json");
  const candidates = existsSync(data)
    ? (JSON.parse(readFileSync(data, "utf8")) as { candidates?: (FoundTarget & { source: { doc: string } })[] }).candidates
    : undefined;
  const report = documentReport(
    model,
    check,
    candidates?.filter((c) => c.source.doc === meta.id),
  );
  log(`report of ${target}:`);
  log(report.text);
  // Section pages no topic keyword finds: listed on no topic page until topics.yml says where they go.
  const unassigned = built.topics.split("\n").filter((l) => l.startsWith("warning:") && l.includes(`/tai-lieu/${meta.slug}/`));
  if (unassigned.length) {
    log(
      `topics: ${unassigned.length} page(s) of the document match no topic keyword (add a keyword to content/topics.yml or list the page under \`general\`):`,
    );
    for (const w of unassigned) log(`  ${w}`);
  }
  // Concordance entries for the targets found, to check and copy into content/indicators.yml.
  const mine = built.candidates.filter((c) => c.source.doc === meta.id);
  if (mine.length) {
    log(`proposed concordance entries for its ${mine.length} target(s) (check each, then copy into content/indicators.yml):`);
    log(proposeConcordance(mine, built.concordance.data));
  }

  const done = { ok: true, id: meta.id, file: target };
  if (options.publish === false) {
    log(
      `not published (--no-publish): ${MANIFEST_PATH} was not updated, so \`npm run build\` stops until \`npm run build:data && npm run build:site && npm run manifest\``,
    );
    return { ...done, published: false };
  }
  if (report.warnings > 0 && !options.acceptWarnings) {
    log(
      `${report.warnings} warning(s) not explained: ${MANIFEST_PATH} was not updated, because it would publish for good the addresses of a parse that may be wrong. ` +
        "Correct or explain each (README, “Adding a document”), then run `npm run build:data && npm run build:site && npm run manifest`; " +
        `to publish the parse as it is, take the document out (\`git checkout content/ && rm ${target}\`) and add it again with --accept-warnings.`,
    );
    return { ...done, published: false };
  }
  const run = options.run ?? runStep;
  if (!run(root, "site") || !run(root, "manifest")) {
    undo();
    buildData(root);
    log(`the site build stopped; ${target} and its entry were taken out again, content/ and generated/ are as they were`);
    return { ok: false, published: false };
  }
  log(`added ${meta.id}: ${MANIFEST_PATH} lists its addresses; \`npm run build\` publishes it. Commit content/.`);
  return { ...done, published: true };
}

/** The command line: `<file> [--region <id>] [--no-publish] [--accept-warnings]`. */
export function parseArgs(argv: string[]): { path: string; options: AddOptions } {
  const rest = [...argv];
  const options: AddOptions = {};
  let path: string | undefined;
  while (rest.length) {
    const a = rest.shift()!;
    if (a === "--region") {
      const id = rest.shift();
      if (!id) throw new AddError("--region needs an id of content/regions.yml");
      options.region = id;
    } else if (a === "--no-publish") options.publish = false;
    else if (a === "--accept-warnings") options.acceptWarnings = true;
    else if (a.startsWith("--")) throw new AddError(`unknown option ${a}`);
    else if (path) throw new AddError(`one file at a time (got ${path} and ${a})`);
    else path = a;
  }
  if (!path) throw new AddError("usage: npm run add-document -- <file> [--region <id>] [--no-publish] [--accept-warnings]");
  return { path, options };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  try {
    // npm runs scripts in the project root: a relative path is the caller's (INIT_CWD).
    const { path, options } = parseArgs(process.argv.slice(2));
    const result = addDocument(root, resolve(process.env.INIT_CWD ?? process.cwd(), path), options);
    process.exit(result.ok ? 0 : 1);
  } catch (e) {
    if (e instanceof AddError) console.error(e.message);
    else if (e instanceof BuildError) for (const d of e.diagnostics) console.error(formatDiagnostic(d));
    else throw e;
    process.exit(1);
  }
}
