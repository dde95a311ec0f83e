import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildErrors } from "../helpers.ts";
import { readMetadata, readSources, toLines } from "../../scripts/ingest/read-sources.ts";
import { decodeUtf8 } from "../../scripts/ingest/read-text.ts";

const ROOT = join(import.meta.dirname, "../..");

/** A throwaway project with the given metadata and source files. */
function project(meta: string, files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "bc-ingest-"));
  mkdirSync(join(root, "content/sources"), { recursive: true });
  writeFileSync(join(root, "content/sources/sources.yml"), meta);
  writeFileSync(join(root, "content/regions.yml"), readFileSync(join(ROOT, "content/regions.yml")));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, "content/sources", name), content);
  return root;
}

const messages = buildErrors;

/** The metadata of 000 alone, as in the project; its relations point at 004, which it lacks. */
const WITH_RELATIONS = readFileSync(join(ROOT, "content/sources/sources.yml"), "utf8").split("\n  - id: bc-kt-xh")[0]!;
const ONE_DOC = WITH_RELATIONS.replace(/relations:\n(?: {6}- .*\n)+/, "relations: []\n");

describe("reading the sources", () => {
  it("normalises text to NFC so that decomposed and composed Vietnamese are the same string", () => {
    const decomposed = "Ho\u0302\u0323i \u0111o\u0302\u0300ng"; // Hội đồng, with combining marks
    expect(toLines(`${decomposed}\r\nx\n`)).toEqual(["Hội đồng", "x"]);
  });

  it("reads each of the project's five documents with its metadata", () => {
    const sources = readSources(ROOT);
    expect(sources.map((s) => [s.meta.id, s.lines.length])).toEqual(
      expect.arrayContaining([
        // Line counts as editors number them: the last line counts even without a final newline.
        ["bcct-hai-duong-2025", 1761],
        ["bc-kt-xh-hai-duong-2023", 1258],
        ["ctr-nq30-hai-duong", 207],
        ["nq-hdnd-hai-duong-2023", 356],
        ["bcct-hai-phong-2025", 1270],
      ]),
    );
  });

  it("stops at an invalid UTF-8 byte and names its line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("dòng một\ndòng hai\n"), 0xff, 0x41, 0x0a]);
    expect(messages(() => decodeUtf8(bytes, "content/sources/x.txt"))).toEqual([
      "content/sources/x.txt:3: invalid UTF-8 byte sequence, expected UTF-8 text (ingest/encoding)",
    ]);
  });

  it("stops when a source named in the metadata is missing or empty", () => {
    const root = project(ONE_DOC, { "000_1d6e454269cad3d3.txt": "\n  \n" });
    expect(messages(() => readSources(root))).toEqual([
      "content/sources/000_1d6e454269cad3d3.txt:1: source file is empty, expected the text of a document (ingest/empty)",
    ]);
  });

  it("reports a missing source at the line of sources.yml that names it, not at a path that does not exist", () => {
    const missing = project(ONE_DOC, {});
    expect(messages(() => readSources(missing))).toEqual([
      "content/sources/sources.yml:7: the source file content/sources/000_1d6e454269cad3d3.txt of bcct-hai-duong-2025 is missing, " +
        "expected the name of a file in content/sources/ (ingest/missing)",
    ]);
  });

  it("stops at a 20 MB source with one message at its sources.yml line", () => {
    const report = readFileSync(join(ROOT, "content/sources/000_1d6e454269cad3d3.txt"));
    const huge = project(ONE_DOC, { "000_1d6e454269cad3d3.txt": Buffer.concat(Array.from({ length: 120 }, () => report)) });
    expect(messages(() => readSources(huge))).toEqual([
      "content/sources/sources.yml:7: the source file content/sources/000_1d6e454269cad3d3.txt of bcct-hai-duong-2025 is 20.1 MB, " +
        "expected a document of at most 5 MB (the longest report so far is under 1 MB): is it the right file? (ingest/too-large)",
    ]);
  });

  it("reports one tab in sources.yml once, at its line", () => {
    const tab = project(ONE_DOC.replace("\n    title: >-", "\n\t  title: >-"), {});
    expect(messages(() => readSources(tab))).toEqual([
      "content/sources/sources.yml:8: Tabs are not allowed as indentation, expected spaces for indentation (ingest/metadata)",
    ]);
  });
});

describe("the metadata schema", () => {
  it("names the line and field of a value that breaks the schema", () => {
    const root = project(ONE_DOC.replace("kind: bao-cao-chinh-tri", "kind: bao-cao-tong-ket"), {});
    const [first] = messages(() => readMetadata(root));
    expect(first).toMatch(
      /^content\/sources\/sources\.yml:12: documents\.0\.kind: Invalid option: expected one of .* \(ingest\/metadata-schema\)$/,
    );
  });

  it("rejects a relation to a document that does not exist", () => {
    const root = project(WITH_RELATIONS, {});
    expect(messages(() => readMetadata(root))).toEqual([
      'content/sources/sources.yml:30: relation target "bcct-hai-phong-2025" is not a document id (ingest/metadata-relation)',
      'content/sources/sources.yml:31: relation target "bcct-hai-phong-2025" is not a document id (ingest/metadata-relation)',
    ]);
  });

  it("reports a YAML syntax error with its line", () => {
    const root = project("documents:\n  - id: [unclosed\n", {});
    expect(messages(() => readMetadata(root))).toEqual([
      "content/sources/sources.yml:2: Flow sequence in block collection must be sufficiently indented and end with a ], expected valid YAML (ingest/metadata)",
    ]);
  });

  it("keeps the project's metadata valid", () => {
    expect(readMetadata(ROOT).map((m) => m.id)).toEqual(
      expect.arrayContaining([
        "bcct-hai-duong-2025",
        "bc-kt-xh-hai-duong-2023",
        "ctr-nq30-hai-duong",
        "nq-hdnd-hai-duong-2023",
        "bcct-hai-phong-2025",
      ]),
    );
    expect(existsSync(join(ROOT, "content/sources", readMetadata(ROOT)[0]!.file))).toBe(true);
  });
});
