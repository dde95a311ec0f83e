/**
 * Section pages of a new document that no topic keyword finds are listed under `general` in
 * `content/topics.yml`, as the build asks for any such page (rule `topics/unassigned`); the command
 * that adds a document writes them there as data, each with its title, and says so.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../model/diagnostics.ts";

export const TOPICS_FILE = "content/topics.yml";

/** The pages under `urlPrefix` that the diagnostics report as listed under no topic; null when another problem is among them. */
export function unassignedPages(diagnostics: Diagnostic[], urlPrefix: string): { url: string; title: string }[] | null {
  const pages: { url: string; title: string }[] = [];
  for (const d of diagnostics) {
    const m = /^section page (\S+) \(“(.*)”\) has no passage listed under a topic$/s.exec(d.message);
    if (d.rule !== "topics/unassigned" || !m || !m[1]!.startsWith(urlPrefix)) return null;
    pages.push({ url: m[1]!, title: m[2]! });
  }
  return pages.length ? pages : null;
}

/** Appends `pages` to the `general` list, which ends the file; false (nothing written) when the file ends otherwise. */
export function appendGeneral(root: string, pages: { url: string; title: string }[]): boolean {
  const path = join(root, TOPICS_FILE);
  const text = readFileSync(path, "utf8");
  const lines = text.trimEnd().split("\n");
  const start = lines.findLastIndex((l) => /^general:\s*$/.test(l));
  if (start === -1 || !lines.slice(start + 1).every((l) => /^ {2}- \//.test(l) || l.trim() === "")) return false;
  const added = pages.map((p) => `  - ${p.url}  # ${p.title.replace(/\s+/g, " ").slice(0, 70)}`);
  writeFileSync(path, `${text.trimEnd()}\n${added.join("\n")}\n`);
  return true;
}
