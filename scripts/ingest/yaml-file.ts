/**
 * The one reader of the project's YAML files (content/*.yml): reads the file (strict UTF-8, NFC),
 * parses it and validates it with a zod schema. Every problem stops the build as `file:line:`
 * diagnostics, never a stack trace: each syntax error at its own line, each schema issue at the
 * line of the node it concerns. Callers get the data and `lineOf(path)`, to report their own
 * checks (duplicates, unknown ids, stale entries) at the right line.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import { readText } from "./read-text.ts";

/** A path into the data, as zod reports it: keys and list indexes. */
export type YamlPath = readonly PropertyKey[];

export interface YamlFile<T> {
  data: T;
  /** The line of the node at `path`, or of its deepest ancestor that exists (1 for an empty file). */
  lineOf: (path: YamlPath) => number;
}

export interface YamlFileOptions<T> {
  /** The data when the file does not exist; without it, a missing file is an error. */
  optional?: T;
  /** The rule of schema errors, where it differs from the rule of syntax errors. */
  schemaRule?: string;
}

/** What a syntax error asks for, where the yaml library's message does not say it. */
const EXPECTED: Record<string, string> = {
  DUPLICATE_KEY: "each key once in a mapping",
  TAB_AS_INDENT: "spaces for indentation",
  MULTIPLE_DOCS: "one YAML document in the file",
};

/** Reads `file` (relative to `root`) and validates it with `schema`; throws a BuildError naming every problem. */
export function readYamlFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  rule: string,
  options: YamlFileOptions<z.output<S>> = {},
): YamlFile<z.output<S>> {
  const problem = (line: number, message: string, expected?: string, r = rule): Diagnostic => ({
    file,
    line,
    message,
    rule: r,
    fatal: true,
    ...(expected ? { expected } : {}),
  });
  const text = readText(root, file);
  if (text === undefined) {
    if (options.optional !== undefined) return { data: options.optional, lineOf: () => 1 };
    throw new BuildError([problem(1, "file is missing", "a YAML file at this path")]);
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  // An error found at the very end (an unclosed bracket) is reported on the last line, not after it.
  const lineAt = (offset: number) => counter.linePos(Math.min(offset, Math.max(0, text.trimEnd().length - 1))).line;
  // The library's first message line, without its " at line N, column M:": the line is in `file:line`.
  // A tab used as indentation throws the parser off for the rest of the file (one tab in
  // sources.yml gave 16 more messages, none about a tab): after one, only tabs and duplicate keys.
  const tab = doc.errors.findIndex((e) => e.code === "TAB_AS_INDENT");
  const reported = doc.errors.filter((e, i) => tab < 0 || i <= tab || e.code === "TAB_AS_INDENT" || e.code === "DUPLICATE_KEY");
  if (doc.errors.length)
    throw new BuildError(
      reported.map((e) =>
        problem(lineAt(e.pos[0]), e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:$/, ""), EXPECTED[e.code] ?? "valid YAML"),
      ),
    );
  const lineOf = (path: YamlPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  let data: unknown;
  try {
    // A file of comments only reads as an empty mapping, so the schema names what it lacks.
    data = doc.contents === null ? {} : doc.toJS();
  } catch (e) {
    // Only aliases fail here: one with no anchor before it, or too many.
    let line = 1;
    visit(doc, {
      Alias: (_, node) => {
        if (isAlias(node) && !node.resolve(doc) && node.range) {
          line = lineAt(node.range[0]);
          return visit.BREAK;
        }
      },
    });
    throw new BuildError([problem(line, (e as Error).message, "an anchor (&name) before each alias (*name)")]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new BuildError(
      result.error.issues.map((i) => {
        // An unknown key is reported at the key itself, not at the start of its mapping.
        const at = i.code === "unrecognized_keys" && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
        return problem(lineOf(at), `${i.path.map(String).join(".") || "(root)"}: ${i.message}`, undefined, options.schemaRule ?? rule);
      }),
    );
  }
  return { data: result.data, lineOf };
}
