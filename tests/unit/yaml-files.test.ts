/**
 * Every YAML file the build reads goes through one reader (scripts/ingest/yaml-file.ts): a syntax or
 * schema error in any of them stops the stage with `file:line: what was found, expected what (rule)`,
 * never a stack trace, and nothing is written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildErrors } from "../helpers.ts";
import { buildData } from "../../scripts/build.ts";
import { readYamlFile } from "../../scripts/ingest/yaml-file.ts";
import { BuildError, formatDiagnostic } from "../../scripts/model/diagnostics.ts";
import { collectPublished } from "../../scripts/publish/collect.ts";
import { formatManifest } from "../../scripts/publish/manifest.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";
import { publish } from "../../scripts/publish.ts";

const ROOT = join(import.meta.dirname, "../..");

describe("the YAML reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "bc-yaml-"));
  const read = <S extends z.ZodType>(text: string | Uint8Array, schema: S, options: { optional?: z.output<S> } = {}) => {
    writeFileSync(join(dir, "f.yml"), text);
    return readYamlFile(dir, "f.yml", schema, "test/rule", options);
  };
  const errors = (text: string | Uint8Array, schema: z.ZodType) => buildErrors(() => read(text, schema));
  const deep = z.object({ a: z.object({ b: z.array(z.object({ c: z.number() }).strict()) }) }).strict();

  it("returns the data and the line of any node, or of its deepest existing ancestor", () => {
    const { data, lineOf } = read("# a comment\na:\n  b:\n    - c: 1\n\n    - c: 2\n", deep);
    expect(data).toEqual({ a: { b: [{ c: 1 }, { c: 2 }] } });
    expect([
      lineOf([]),
      lineOf(["a"]),
      lineOf(["a", "b", 0]),
      lineOf(["a", "b", 1, "c"]),
      lineOf(["a", "b", 7, "c"]),
      lineOf(["x", "y"]),
    ]).toEqual([2, 3, 4, 6, 4, 2]);
  });

  it("reports every syntax error at its own line, without the library's position and excerpt", () => {
    expect(errors("a:\n  b: []\na: 2\nc: d: e\n\tx: 1\n", deep)).toEqual([
      "f.yml:3: Map keys must be unique, expected each key once in a mapping (test/rule)",
      "f.yml:4: Nested mappings are not allowed in compact mappings, expected valid YAML (test/rule)",
      "f.yml:5: Tabs are not allowed as indentation, expected spaces for indentation (test/rule)",
    ]);
  });

  it("reports an unclosed bracket at the end of the file on its last line, not after it", () => {
    expect(errors("a:\n  b: [{ c: 1 }\n", deep)).toEqual([
      "f.yml:2: Flow sequence in block collection must be sufficiently indented and end with a ], expected valid YAML (test/rule)",
    ]);
  });

  it("reports a second document and an alias without anchor", () => {
    expect(errors("a: { b: [] }\n---\na: 1\n", deep)).toEqual([
      "f.yml:2: Source contains multiple documents; please use YAML.parseAllDocuments(), expected one YAML document in the file (test/rule)",
    ]);
    expect(errors("a:\n  b:\n    - *nope\n", deep)).toEqual([
      "f.yml:3: Unresolved alias (the anchor must be set before the alias): nope, expected an anchor (&name) before each alias (*name) (test/rule)",
    ]);
  });

  it("reports a schema error deep in the file at the line of that node, and an unknown key at the key", () => {
    expect(errors("a:\n  b:\n    - c: 1\n    - c: 2\n    - c: tám\n", deep)).toEqual([
      "f.yml:5: a.b.2.c: Invalid input: expected number, received string (test/rule)",
    ]);
    expect(errors("a:\n  b:\n    - c: 1\n      d: 2\n", deep)).toEqual(['f.yml:4: a.b.0: Unrecognized key: "d" (test/rule)']);
    // A missing key is reported at the mapping that lacks it.
    expect(errors("a:\n  x: 1\n", deep)).toEqual(["f.yml:2: a.b: Invalid input: expected array, received undefined (test/rule)"]);
  });

  it("reports a missing file, unless the caller says what it means", () => {
    rmSync(join(dir, "f.yml"), { force: true });
    expect(buildErrors(() => readYamlFile(dir, "f.yml", deep, "test/rule"))).toEqual([
      "f.yml:1: file is missing, expected a YAML file at this path (test/rule)",
    ]);
    const none = readYamlFile(dir, "f.yml", deep, "test/rule", { optional: { a: { b: [] } } });
    expect([none.data, none.lineOf(["a", "b"])]).toEqual([{ a: { b: [] } }, 1]);
  });

  it("reads an empty file, or one of comments only, as an empty mapping, so the schema says what is missing", () => {
    expect(errors("", deep)).toEqual(["f.yml:1: a: Invalid input: expected object, received undefined (test/rule)"]);
    expect(errors("# nothing yet\n", deep)).toEqual(["f.yml:1: a: Invalid input: expected object, received undefined (test/rule)"]);
    expect(read("", z.object({ list: z.array(z.string()).default([]) })).data).toEqual({ list: [] });
  });

  it("stops at an invalid UTF-8 byte, naming its line, and reads text NFC-normalised", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a:\n  b:\n"), 0x20, 0x20, 0xc3, 0x28, 0x0a]);
    expect(errors(bytes, deep)).toEqual(["f.yml:3: invalid UTF-8 byte sequence, expected UTF-8 text (ingest/encoding)"]);
    expect(read("name: Ho\u0302\u0323i\n", z.object({ name: z.string() })).data.name).toBe("Hội");
  });

  it("uses the schema rule, where one is given, for schema errors only", () => {
    writeFileSync(join(dir, "f.yml"), "a: [\n");
    expect(buildErrors(() => readYamlFile(dir, "f.yml", deep, "test/syntax", { schemaRule: "test/schema" }))).toEqual([
      "f.yml:1: Flow sequence in block collection must be sufficiently indented and end with a ], expected valid YAML (test/syntax)",
    ]);
    writeFileSync(join(dir, "f.yml"), "a: 1\n");
    expect(buildErrors(() => readYamlFile(dir, "f.yml", deep, "test/syntax", { schemaRule: "test/schema" }))).toEqual([
      "f.yml:1: a: Invalid input: expected object, received number (test/schema)",
    ]);
  });
});

/** A copy of the project's content in a temporary folder, with the previous output in generated/. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "bc-yaml-project-"));
  cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
  mkdirSync(join(root, "generated"));
  writeFileSync(join(root, "generated/site.json"), "previous");
  return root;
}

/** Replaces the first `from` in `file` by `to`; returns the line where `to` starts. */
function edit(root: string, file: string, from: string | RegExp, to: string): number {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  const at = text.search(typeof from === "string" ? from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : from);
  if (at < 0) throw new Error(`${file} does not contain ${String(from)}`);
  writeFileSync(path, text.slice(0, at) + text.slice(at).replace(from, to));
  return text.slice(0, at).split("\n").length;
}

/** The diagnostics of the data build of `root`, which must fail with a BuildError and leave generated/ as it was. */
function buildFailure(root: string): string[] {
  const messages = buildErrors(() => buildData(root, join(root, "generated")));
  expect(readdirSync(join(root, "generated"))).toEqual(["site.json"]);
  expect(readFileSync(join(root, "generated/site.json"), "utf8")).toBe("previous");
  expect(existsSync(join(root, "generated.tmp"))).toBe(false);
  return messages;
}

/** A broken copy of one content file: its diagnostics. */
const broken = (file: string, from: string | RegExp, to: string) => {
  const root = copyProject();
  const line = edit(root, file, from, to);
  return { line, messages: buildFailure(root) };
};

describe("each content file the data build reads reports a broken copy by file and line, and nothing is written", () => {
  it("content/sources/sources.yml", () => {
    const syntax = broken("content/sources/sources.yml", "    kind: bao-cao-chinh-tri", "    kind: bao-cao: chinh-tri");
    expect(syntax.messages).toEqual([
      `content/sources/sources.yml:${syntax.line}: Nested mappings are not allowed in compact mappings, expected valid YAML (ingest/metadata)`,
    ]);
    const schema = broken("content/sources/sources.yml", "    region: hai-duong", "    region: hai-duong-cu");
    expect(schema.messages).toEqual([
      `content/sources/sources.yml:${schema.line}: region "hai-duong-cu" is not listed in content/regions.yml, ` +
        "expected one of hai-duong, hai-phong, hai-phong-moi (ingest/unknown-region)",
    ]);
  });

  it("content/regions.yml, and a region of indicators.yml it does not list", () => {
    const syntax = broken("content/regions.yml", '    color: "#0b57a4"', '    color: "#0b57a4');
    expect(syntax.messages[0]).toMatch(
      new RegExp(`^content/regions\\.yml:${syntax.line}: Missing closing "quote, expected valid YAML \\(ingest/regions\\)$`),
    );
    const schema = broken("content/regions.yml", '    colorDark: "#8cc4ff"', "    colorDark: blue");
    expect(schema.messages).toEqual([
      `content/regions.yml:${schema.line}: regions.0.colorDark: a colour as #rrggbb, lowercase (ingest/regions-schema)`,
    ]);
    const unknown = broken("content/indicators.yml", "table: 2, region: hai-duong }", "table: 2, region: hai-duong-cu }");
    expect(unknown.messages).toEqual([
      `content/indicators.yml:${unknown.line}: region "hai-duong-cu" is not listed in content/regions.yml, ` +
        "expected one of hai-duong, hai-phong, hai-phong-moi (ingest/unknown-region)",
    ]);
  });

  it("content/corrections.yml, including a correction that no longer matches its line", () => {
    const syntax = broken("content/corrections.yml", "    line: 301", "    line: 301\n    line: 302");
    expect(syntax.messages).toEqual([
      `content/corrections.yml:${syntax.line + 1}: Map keys must be unique, expected each key once in a mapping (ingest/corrections)`,
    ]);
    const schema = broken("content/corrections.yml", "    style: decimal-1", "    style: decimal");
    expect(schema.messages).toEqual([
      `content/corrections.yml:${schema.line}: headings.0.style: Invalid option: ` +
        `expected one of "upper-letter"|"roman"|"decimal-1"|"decimal-2"|"decimal-3"|"lower-letter" ` +
        "(ingest/corrections-schema)",
    ]);
    const stale = broken("content/corrections.yml", "    line: 301", "    line: 302");
    expect(stale.messages).toEqual([
      `content/corrections.yml:${stale.line - 1}: correction for ` +
        "content/sources/000_1d6e454269cad3d3.txt:302 expects “Nguyên nhân khách quan” but the " +
        "line reads " +
        `“${readFileSync(join(ROOT, "content/sources/000_1d6e454269cad3d3.txt"), "utf8").split("\n")[301]!.trim()}” ` +
        "(ingest/corrections-stale)",
    ]);
  });

  it("content/indicators.yml", () => {
    const syntax = broken("content/indicators.yml", "    domain: kinh-te\n", "    domain: kinh-te\n    domain: xa-hoi\n");
    expect(syntax.messages).toEqual([
      `content/indicators.yml:${syntax.line + 1}: Map keys must be unique, expected each key once in a mapping (indicators/concordance)`,
    ]);
    const schema = broken(
      "content/indicators.yml",
      "  - { doc: bcct-hai-duong-2025, table: 2, region: hai-duong }",
      "  - { doc: bcct-hai-duong-2025, table: hai, region: hai-duong }",
    );
    expect(schema.messages).toEqual([
      `content/indicators.yml:${schema.line}: tables.1.table: Invalid input: expected number, received string (indicators/concordance-schema)`,
    ]);
  });

  it("content/topics.yml", () => {
    const syntax = broken("content/topics.yml", '    keywords: ["công nghiệp"', '    keywords: ["công nghiệp",');
    expect(syntax.messages).toEqual([
      `content/topics.yml:${syntax.line}: Unexpected , in flow sequence, expected valid YAML (topics/schema)`,
    ]);
    const schema = broken("content/topics.yml", "    name: Công nghiệp", "    name: CN");
    expect(schema.messages).toEqual([
      `content/topics.yml:${schema.line}: topics.1.name: Too small: expected string to have >=3 characters (topics/schema)`,
    ]);
  });

  it("content/glossary.yml", () => {
    const syntax = broken(
      "content/glossary.yml",
      "  - { abbr: HĐND, full: Hội đồng nhân dân }",
      "  - { abbr: HĐND, full: Hội đồng nhân dân, abbr: HĐ }",
    );
    expect(syntax.messages).toEqual([
      `content/glossary.yml:${syntax.line}: Map keys must be unique, expected each key once in a mapping (ingest/glossary)`,
    ]);
    const schema = broken(
      "content/glossary.yml",
      "  - { abbr: NTM, full: nông thôn mới }",
      "  - { abbr: NTM, full: nông thôn mới, note: x }",
    );
    expect(schema.messages).toEqual([`content/glossary.yml:${schema.line}: terms.3: Unrecognized key: "note" (ingest/glossary)`]);
  });

  it("content/home.yml", () => {
    const syntax = broken("content/home.yml", "  - dong-gop-tfp", "  - dong-gop-tfp: [");
    expect(syntax.messages).toEqual([
      `content/home.yml:${syntax.line + 1}: Flow sequence in block collection must be ` +
        "sufficiently indented and end with a ], expected valid YAML (ingest/home)",
    ]);
    const schema = broken("content/home.yml", "  - dong-gop-tfp", "  - Dong gop TFP");
    expect(schema.messages).toEqual([`content/home.yml:${schema.line}: headlineGoals.2: not an indicator id (ingest/home)`]);
  });

  it("content/site.yml", () => {
    const syntax = broken("content/site.yml", "# feedback: gop-y@example.vn", "feedback: 'gop-y@example.vn");
    expect(syntax.messages).toEqual([
      `content/site.yml:${syntax.line}: Missing closing 'quote, expected valid YAML (ingest/site-settings)`,
    ]);
    const schema = broken("content/site.yml", "# origin: https://bao-cao.example.vn", "origin: [https://bao-cao.example.vn]");
    expect(schema.messages).toEqual([
      `content/site.yml:${schema.line}: origin: Invalid input: expected string, received array (ingest/site-settings)`,
    ]);
    // The data build checks the origin as the publishing stage does, so a bad one stops it first.
    const origin = broken("content/site.yml", "# origin: https://bao-cao.example.vn", "origin: https://bao-cao.example.vn/trang/");
    expect(origin.messages).toEqual([
      `content/site.yml:${origin.line}: origin: not an origin, expected https://host (ingest/site-settings)`,
    ]);
  });

  it("content/quotes.yml", () => {
    const syntax = broken("content/quotes.yml", "  - { id: xa-thanh-pho-moi,", "  - { id: xa-thanh-pho-moi: x,");
    expect(syntax.messages).toEqual([
      `content/quotes.yml:${syntax.line}: Block collections are not allowed within flow collections, expected valid YAML (link/quotes)`,
    ]);
    const schema = broken("content/quotes.yml", "doc: bcct-hai-phong-2025, line: 512,", "doc: bcct-hai-phong-2025, line: năm trăm,");
    expect(schema.messages).toEqual([
      `content/quotes.yml:${schema.line}: quotes.1.line: Invalid input: expected number, received string (link/quotes)`,
    ]);
  });

  it("content/checks/explained-paragraphs.yml", () => {
    const syntax = broken("content/checks/explained-paragraphs.yml", "    line: 117\n", "    line: 117\n      line: 118\n");
    expect(syntax.messages).toEqual([
      `content/checks/explained-paragraphs.yml:${syntax.line}: Nested mappings are not allowed in compact mappings, expected valid YAML (check/explanations)`,
      `content/checks/explained-paragraphs.yml:${syntax.line}: Implicit keys need to be on a single line, expected valid YAML (check/explanations)`,
    ]);
    const schema = broken("content/checks/explained-paragraphs.yml", /reason: "Line 150 ends[^\n]*/, "reason: Kể cả.");
    expect(schema.messages).toEqual([
      `content/checks/explained-paragraphs.yml:${schema.line}: explained.3.reason: Too small: expected string to have >=10 characters (check/explanations)`,
    ]);
  });

  it("a required file that is missing, and a bad byte in one", () => {
    const root = copyProject();
    rmSync(join(root, "content/topics.yml"));
    expect(buildFailure(root)).toEqual(["content/topics.yml:1: file is missing, expected a YAML file at this path (topics/schema)"]);
    const bytes = copyProject();
    const path = join(bytes, "content/glossary.yml");
    writeFileSync(path, Buffer.concat([Buffer.from("terms:\n"), Buffer.from([0x20, 0x20, 0x2d, 0x20, 0xff]), Buffer.from("\n")]));
    expect(buildFailure(bytes)).toEqual(["content/glossary.yml:2: invalid UTF-8 byte sequence, expected UTF-8 text (ingest/encoding)"]);
  });
});

const PAGE = "/tai-lieu/x/";
const html = (ids: string[]) =>
  `<html><head><title>x</title></head><body><main id="noi-dung">${ids.map((id) => `<p id="${id}">Văn bản</p>`).join("")}</main></body></html>`;

/** A project with a two-page built site, its manifest, content/site.yml and content/redirects.yml. */
function publishProject(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), "bc-yaml-publish-"));
  const dist = join(root, "dist");
  for (const [url, ids] of [
    ["/", []],
    [PAGE, ["a", "b"]],
  ] as const) {
    mkdirSync(join(dist, url), { recursive: true });
    writeFileSync(join(dist, url, "index.html"), html([...ids]));
  }
  // The settings of a build meant for publication: an origin and a feedback address.
  const site = readFileSync(join(ROOT, "content/site.yml"), "utf8").replace("# origin: ", "origin: ").replace("# feedback: ", "feedback: ");
  mkdirSync(join(root, "content"), { recursive: true });
  writeFileSync(join(root, "content/site.yml"), site);
  writeFileSync(join(root, "content/redirects.yml"), "# Moved pages.\nredirects:\n  - from: /cu/\n    to: /\n");
  writeFileSync(join(root, "content/published.txt"), formatManifest(collectPublished(dist)));
  return { root, dist };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

/** The diagnostics of publishing `root`, which must fail with a BuildError and leave dist/ as it was. */
async function publishFailure(root: string, dist: string): Promise<string[]> {
  const before = files(dist);
  try {
    await publish(root, dist);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    expect(files(dist)).toEqual(before);
    return e.diagnostics.map(formatDiagnostic);
  }
  throw new Error("expected a BuildError");
}

describe("the files the publishing stage reads report a broken copy by file and line, and nothing is written", () => {
  it("accepts the unbroken copy", async () => {
    const { root, dist } = publishProject();
    expect(await publish(root, dist)).toMatchObject({ pages: 2, redirects: 1 });
  });

  it("content/redirects.yml", async () => {
    const syntax = publishProject();
    edit(syntax.root, "content/redirects.yml", "    to: /\n", "    to: /\n   to: /moi/\n");
    expect(await publishFailure(syntax.root, syntax.dist)).toEqual([
      "content/redirects.yml:5: Sequence item without - indicator, expected valid YAML (redirects)",
    ]);
    const schema = publishProject();
    edit(schema.root, "content/redirects.yml", "    to: /\n", "    to: moi\n");
    expect(await publishFailure(schema.root, schema.dist)).toEqual([
      "content/redirects.yml:4: redirects.0.to: a site path starting with /, optionally with #anchor (redirects)",
    ]);
  });

  it("content/redirects.yml: a redirect's line is that of its entry", async () => {
    const { root, dist } = publishProject();
    edit(
      root,
      "content/redirects.yml",
      "  - from: /cu/\n    to: /\n",
      "  - from: /cu/\n    to: /\n  -\n    # moved\n    to: /khong-co/\n    from: /cu-nua/\n",
    );
    expect(await publishFailure(root, dist)).toEqual([
      "content/redirects.yml:8: the redirect from /cu-nua/ goes to /khong-co/, which the site does not have, expected a published page or anchor (redirects)",
    ]);
  });

  it("content/site.yml (the origin)", async () => {
    const syntax = publishProject();
    const line = edit(
      syntax.root,
      "content/site.yml",
      "origin: https://bao-cao.example.vn",
      "origin: https://bao-cao.example.vn\norigin: https://khac.example",
    );
    expect(await publishFailure(syntax.root, syntax.dist)).toEqual([
      `content/site.yml:${line + 1}: Map keys must be unique, expected each key once in a mapping (ingest/site-settings)`,
    ]);
    const schema = publishProject();
    const at = edit(schema.root, "content/site.yml", "origin: https://bao-cao.example.vn", "origin: bao-cao.example.vn/trang/");
    expect(await publishFailure(schema.root, schema.dist)).toEqual([
      `content/site.yml:${at}: origin: not an origin, expected https://host (ingest/site-settings)`,
    ]);
    expect(siteOrigin(publishProject().root)).toBe("https://bao-cao.example.vn");
  });

  it("content/published.txt (not YAML): a bad line, a bad byte, a missing file", async () => {
    const bad = publishProject();
    writeFileSync(
      join(bad.root, "content/published.txt"),
      `${readFileSync(join(bad.root, "content/published.txt"), "utf8")}không phải URL\n`,
    );
    expect(await publishFailure(bad.root, bad.dist)).toEqual([
      "content/published.txt:10: cannot read “không phải URL”, expected a URL starting with / or an indented #anchor under one (manifest-line)",
    ]);
    const bytes = publishProject();
    writeFileSync(
      join(bytes.root, "content/published.txt"),
      Buffer.concat([readFileSync(join(bytes.root, "content/published.txt")), Buffer.from([0x2f, 0xfe, 0x0a])]),
    );
    expect(await publishFailure(bytes.root, bytes.dist)).toEqual([
      "content/published.txt:10: invalid UTF-8 byte sequence, expected UTF-8 text (ingest/encoding)",
    ]);
    const missing = publishProject();
    rmSync(join(missing.root, "content/published.txt"));
    expect(await publishFailure(missing.root, missing.dist)).toEqual([
      "content/published.txt:1: 6 published URLs or anchors are not in the manifest yet (first: " +
        "/, /#noi-dung, /tai-lieu/x/), expected run `npm run manifest` and commit " +
        "content/published.txt (published-url)",
    ]);
  });
});
