/**
 * The committed manifest of published URLs and anchors (`content/published.txt`): a page's URL at
 * the start of a line, its anchors below it, indented, one per line. The build compares the site
 * it just made with it: a URL or anchor that would disappear stops the build unless a redirect
 * to its new place is declared in `content/redirects.yml`.
 */
import type { Published } from "./collect.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import type { Redirects } from "./redirects.ts";

export const MANIFEST_PATH = "content/published.txt";

const HEADER = [
  "# Every URL and anchor the site has published. Checked by every build: one that disappears",
  "# stops the build unless content/redirects.yml sends it to its new place.",
  "# Regenerate after adding pages with `npm run manifest` (it never drops an entry).",
];

export interface ManifestEntry {
  url: string;
  anchor?: string;
  line: number;
}

/** Reads the manifest text; bad lines are reported with their line number. */
export function parseManifest(text: string, file = MANIFEST_PATH): { entries: ManifestEntry[]; problems: Diagnostic[] } {
  const entries: ManifestEntry[] = [];
  const problems: Diagnostic[] = [];
  let url: string | undefined;
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    if (raw === "" || raw.startsWith("#")) return;
    if (/^\/\S*$/.test(raw)) {
      url = raw;
      entries.push({ url, line });
    } else if (/^ {2}#\S+$/.test(raw) && url) {
      entries.push({ url, anchor: raw.slice(3), line });
    } else {
      problems.push({
        file,
        line,
        message: `cannot read “${raw.slice(0, 60)}”`,
        expected: "a URL starting with / or an indented #anchor under one",
        rule: "manifest-line",
        fatal: true,
      });
    }
  });
  return { entries, problems };
}

/** Writes the manifest for the union of what it listed and what is published now (sorted). */
export function formatManifest(published: Published, previous: ManifestEntry[] = []): string {
  const all = new Map<string, Set<string>>();
  for (const e of previous) {
    const set = all.get(e.url) ?? new Set<string>();
    if (e.anchor) set.add(e.anchor);
    all.set(e.url, set);
  }
  for (const [url, ids] of published) {
    const set = all.get(url) ?? new Set<string>();
    for (const id of ids) set.add(id);
    all.set(url, set);
  }
  const lines = [...HEADER];
  for (const url of [...all.keys()].sort()) {
    lines.push(url);
    // Anchors in the order the page has them; anchors no longer on the page (redirected) after.
    const onPage = published.get(url) ?? [];
    const rest = [...all.get(url)!].filter((a) => !onPage.includes(a)).sort();
    for (const a of [...new Set(onPage), ...rest]) lines.push(`  #${a}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Every manifest entry that is neither published nor redirected, as a diagnostic naming the
 * manifest line; and the published URLs and anchors the manifest does not list yet.
 */
export function compareWithManifest(
  entries: ManifestEntry[],
  published: Published,
  redirects: Redirects,
  file = MANIFEST_PATH,
): { missing: Diagnostic[]; unlisted: string[] } {
  const missing: Diagnostic[] = [];
  const listed = new Set<string>();
  for (const e of entries) {
    const key = e.anchor ? `${e.url}#${e.anchor}` : e.url;
    listed.add(key);
    const page = published.get(e.url);
    const present = page !== undefined && (!e.anchor || page.includes(e.anchor));
    if (present || redirects.has(key) || (e.anchor && redirects.has(e.url))) continue;
    missing.push({
      file,
      line: e.line,
      message: `${key} is published but the site no longer has it`,
      expected: `the page or anchor, or a redirect from “${key}” in content/redirects.yml`,
      rule: "published-url",
      fatal: true,
    });
  }
  const unlisted: string[] = [];
  for (const [url, ids] of published) {
    if (!listed.has(url)) unlisted.push(url);
    for (const id of ids) if (!listed.has(`${url}#${id}`)) unlisted.push(`${url}#${id}`);
  }
  return { missing, unlisted };
}
