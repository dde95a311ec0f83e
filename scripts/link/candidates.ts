/**
 * Targets and results of the documents that no concordance entry names yet: found in sentences and
 * in indicators tables (scripts/extract/candidate-*.ts), given their document's region and the
 * address of their paragraph, item or row, and published as `candidates` of /du-lieu/chi-tieu.json.
 * A value the concordance already matched is not repeated.
 */
import type { SourceFile } from "../ingest/read-sources.ts";
import type { LoadedConcordance } from "../ingest/read-concordance.ts";
import type { DocumentModel, TableNode } from "../model/document.ts";
import type { Candidate, IndicatorData } from "../model/indicators.ts";
import { parseValue } from "../extract/number.ts";
import { proseCandidates, type FoundValue } from "../extract/candidate-prose.ts";
import { tableCandidates, tableUnit } from "../extract/candidate-tables.ts";

export interface CandidateInput {
  source: SourceFile;
  model: DocumentModel;
  anchors: Map<object, string>;
  docUrl: string;
}

/** A candidate with how a concordance entry would name it (what `proposeConcordance` writes); `publicCandidate` drops that. */
export type FoundCandidate = Candidate & { ref: FoundValue["ref"] };

/** The candidate as /du-lieu/chi-tieu.json publishes it. */
export const publicCandidate = ({ ref: _ref, ...c }: FoundCandidate): Candidate => c;

const numbers = (raw: string) => raw.match(/\d+(?:[.,]\d+)*/g) ?? [];

/** The matched values by `<doc>|<line>` and by `<doc>|<address>`: what a candidate is checked against. */
function matchedIndex(data: IndicatorData): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, raw: string) => index.set(key, [...(index.get(key) ?? []), raw]);
  for (const ind of data.indicators)
    for (const v of ind.values) {
      add(`${v.source.doc}|${v.source.line}`, v.raw);
      if (v.source.url.includes("#")) add(`${v.source.doc}|${v.source.url}`, v.raw);
    }
  return index;
}

/** Whether a matched value states the same figure: same document and line (or same paragraph), the same first number. */
function isMatched(index: Map<string, string[]>, doc: string, line: number, url: string, raw: string): boolean {
  const first = numbers(raw)[0];
  const same = [...(index.get(`${doc}|${line}`) ?? []), ...(url.includes("#") ? (index.get(`${doc}|${url}`) ?? []) : [])];
  return same.some((r) => r.includes(raw) || raw.includes(r) || (first !== undefined && numbers(r)[0] === first));
}

/** Every target or result of each document not matched by the concordance, in document order. */
export function linkCandidates(inputs: CandidateInput[], data: IndicatorData, concordance: LoadedConcordance): FoundCandidate[] {
  const out: FoundCandidate[] = [];
  const index = matchedIndex(data);
  for (const { source, model, anchors, docUrl } of inputs) {
    const doc = source.meta.id;
    const year = Number(source.meta.date.slice(0, 4));
    const declared = new Set(concordance.data.tables.filter((t) => t.doc === doc).map((t) => t.table));
    const tables = model.blocks.filter((b): b is TableNode => b.type === "table");
    const found = [
      ...proseCandidates(model, source.lines, year, source.meta.title),
      ...tableCandidates(tables, year, source.meta.title, declared, (t) => tableUnit(model.blocks, t)),
    ].sort((a, b) => a.line - b.line);
    const seen = new Set<string>();
    for (const f of found) {
      const url = anchors.get(f.node) ?? docUrl;
      const key = `${f.line}|${f.raw}|${f.label}`;
      if (seen.has(key) || isMatched(index, doc, f.line, url, f.raw)) continue;
      seen.add(key);
      out.push({
        region: source.meta.region,
        kind: f.kind,
        label: f.label,
        unit: f.unit,
        ...parseValue(f.raw),
        source: { doc, line: f.line, url },
        matched: false,
        ref: f.ref,
      });
    }
  }
  return out;
}

/** Per document id, how many targets the build found and how many of them the concordance matched. */
export function targetCounts(data: IndicatorData): Map<string, { found: number; matched: number }> {
  const counts = new Map<string, { found: number; matched: number }>(data.sources.map((s) => [s.id, { found: 0, matched: 0 }]));
  for (const ind of data.indicators)
    for (const v of ind.values) {
      const c = counts.get(v.source.doc);
      if (!c || v.kind === "status") continue;
      c.found++;
      c.matched++;
    }
  for (const c of data.candidates) {
    const n = counts.get(c.source.doc);
    if (n) n.found++;
  }
  return counts;
}
