/**
 * Reads an input file as text the way every stage must: strict UTF-8 (a bad byte stops the build
 * naming its line) and NFC-normalised, so decomposed and composed Vietnamese are the same string.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BuildError } from "../model/diagnostics.ts";

/** Decodes UTF-8 strictly; an invalid byte sequence is reported with its line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    // Find the first byte the decoder refuses, by decoding line by line.
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new BuildError([
      { file, line, message: "invalid UTF-8 byte sequence", expected: "UTF-8 text", rule: "ingest/encoding", fatal: true },
    ]);
  }
}

/** The text of `file` (relative to `root`), NFC-normalised; `undefined` when there is no such file. */
export function readText(root: string, file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new BuildError([
      { file, line: 1, message: `cannot be read (${code ?? String(e)})`, expected: "a readable file", rule: "ingest/read", fatal: true },
    ]);
  }
  return decodeUtf8(bytes, file).normalize("NFC");
}
