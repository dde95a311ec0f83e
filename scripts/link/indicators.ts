/**
 * Links the rows found in the sources to the concordance and builds the indicator data of the
 * public contract. Every row must be named in the concordance and every name must find its row;
 * each value keeps its raw text, its parsed number and the line and anchor of its own cell.
 */
import type { SourceFile } from "../ingest/read-sources.ts";
import { CONCORDANCE, type LoadedConcordance } from "../ingest/read-concordance.ts";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import type { DocumentModel, TableNode } from "../model/document.ts";
import type { Indicator, IndicatorData, IndicatorValue } from "../model/indicators.ts";
import { collapse } from "../model/text.ts";
import { parseValue } from "../extract/number.ts";
import { tableRows, type IndicatorRow } from "../extract/table-rows.ts";
import { Diagnostics } from "../model/diagnostics.ts";
import type { ListNode } from "../model/document.ts";
import { lastLine, ownLines, readProseValue } from "../extract/prose-values.ts";
import { scaleOf, statesNumber, unitKey, type UnitRules } from "../model/units.ts";

export interface LinkInput {
  source: SourceFile;
  model: DocumentModel;
  /** URL with anchor of each table row (from the emit stage). */
  anchors: Map<object, string>;
  docUrl: string;
}

/**
 * Every indicator row of every document, keyed `<doc id>|<row key>`: the rows of the tables the
 * concordance declares (`<doc id>|<table number>` in `declared`), or of every table when it is not given.
 * A table no entry declares is a new document's: its values are candidates (scripts/link/candidates.ts).
 */
export function allRows(inputs: LinkInput[], declared?: Set<string>): Map<string, { input: LinkInput; row: IndicatorRow }> {
  const rows = new Map<string, { input: LinkInput; row: IndicatorRow }>();
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    const diag = new Diagnostics(input.source.path);
    const tables = input.model.blocks.filter((b): b is TableNode => b.type === "table");
    tables.forEach((t, i) => {
      if (declared && !declared.has(`${input.source.meta.id}|${i + 1}`)) return;
      for (const row of tableRows(t, i + 1, diag, Number(input.source.meta.date.slice(0, 4))))
        rows.set(`${input.source.meta.id}|${row.key}`, { input, row });
    });
    problems.push(...diag.fatal);
  }
  if (problems.length) throw new BuildError(problems);
  return rows;
}

/**
 * The raw text is what the source says at that line (cells broken over lines are read on from it;
 * a sentence is read on past the footnotes printed inside it at a page break).
 */
function rawIsAtLine(source: SourceFile, raw: string, line: number, model?: DocumentModel, endLine?: number): boolean {
  const lines = model && endLine ? ownLines(model, source.lines, line, endLine).map((l) => l.text) : source.lines.slice(line - 1);
  const around = collapse(
    lines
      .slice(0, 4)
      .join(" ")
      .replace(/<\/?i>/g, ""),
  );
  return around.includes(raw) || around.replace(/\s/g, "").includes(raw.replace(/\s/g, ""));
}

export function linkIndicators(inputs: LinkInput[], concordance: LoadedConcordance): IndicatorData {
  const rows = allRows(inputs, new Set(concordance.data.tables.map((t) => `${t.doc}|${t.table}`)));
  const problems: Diagnostic[] = [];
  const regionOf = new Map(concordance.data.tables.map((t) => [`${t.doc}|${t.table}`, t.region]));
  const used = new Set<string>();
  const usedItems = new Set<string>();
  const listCache = new Map<LinkInput, { list: ListNode; region: (typeof concordance.data.lists)[number]["region"] }[]>();
  const listsOf = (input: LinkInput) => {
    const cached = listCache.get(input);
    if (cached) return cached;
    const found = concordance.data.lists
      .filter((l) => l.doc === input.source.meta.id)
      .flatMap((l) => {
        const list = input.model.blocks.find((b): b is ListNode => b.type === "list" && b.items[0]!.line === l.line);
        if (!list)
          problems.push({
            file: input.source.path,
            line: l.line,
            message: `no list starts at this line, as ${CONCORDANCE} says`,
            rule: "indicators/list-not-found",
            fatal: true,
          });
        return list ? [{ list, region: l.region }] : [];
      });
    listCache.set(input, found);
    return found;
  };
  const indicators: Indicator[] = concordance.data.indicators.map((ind, i) => {
    const values: IndicatorValue[] = [];
    ind.rows.forEach((ref, j) => {
      const found = rows.get(`${ref.doc}|${ref.key}`);
      if (!found) {
        problems.push({
          file: CONCORDANCE,
          line: concordance.rowLine(i, j),
          message: `row “${ref.key}” of ${ref.doc} is not found in its source`,
          expected: "the key of a row printed by the build",
          rule: "indicators/row-not-found",
          fatal: true,
        });
        return;
      }
      used.add(`${ref.doc}|${ref.key}`);
      const { input, row } = found;
      const region = regionOf.get(`${ref.doc}|${row.table}`);
      if (!region) {
        problems.push({
          file: CONCORDANCE,
          line: concordance.rowLine(i, j),
          message: `table ${row.table} of ${ref.doc} has no region in \`tables\``,
          rule: "indicators/table-region",
          fatal: true,
        });
        return;
      }
      const url = input.anchors.get(row.row) ?? input.docUrl;
      for (const v of row.values) {
        if (!rawIsAtLine(input.source, v.raw, v.line)) {
          problems.push({
            file: input.source.path,
            line: v.line,
            message: `value “${v.raw}” is not at its source line`,
            rule: "indicators/raw-not-at-line",
            fatal: true,
          });
        }
        const parsed = v.kind === "status" ? { raw: v.raw, value: null } : parseValue(v.raw);
        values.push({ region, kind: v.kind, label: row.label, unit: row.unit, ...parsed, source: { doc: ref.doc, line: v.line, url } });
      }
    });
    ind.items.forEach((ref, j) => {
      const input = inputs.find((x) => x.source.meta.id === ref.doc);
      const list = input
        ? listsOf(input).find((l) => l.list.items.some((it) => it.line === ref.line) || l.list.line === ref.line)
        : undefined;
      const where = concordance.itemLine(i, j);
      const paragraph =
        input && !list && ref.region
          ? (input.model.blocks.find((b) => b.type === "paragraph" && b.line === ref.line) ??
            // A numbered paragraph (`1.6.2. …`), or an item of a list no entry declares (an accepted proposal), carries its own region.
            input.model.blocks.find((b) => b.type === "list" && b.items.some((it) => it.line === ref.line)) ??
            input.model.footnotes.find((f) => f.line === ref.line))
          : undefined;
      const region = list?.region ?? (paragraph ? ref.region : undefined);
      if (!input || !region) {
        problems.push({
          file: CONCORDANCE,
          line: where,
          message: `no declared list of ${ref.doc} holds an item at line ${ref.line}, and no paragraph with a region starts there`,
          expected: "an item of a list named in `lists`, or a paragraph, numbered paragraph or footnote with `region`",
          rule: "indicators/item-not-found",
          fatal: true,
        });
        return;
      }
      const hit = readProseValue(input.model, input.source.lines, ref);
      if (typeof hit === "string") {
        problems.push({ file: CONCORDANCE, line: where, message: `${ref.doc}: ${hit}`, rule: "indicators/item-value", fatal: true });
        return;
      }
      usedItems.add(`${ref.doc}|${ref.line}`);
      if (!rawIsAtLine(input.source, hit.raw, hit.line, input.model, lastLine(input.model, hit.node))) {
        problems.push({
          file: input.source.path,
          line: hit.line,
          message: `value “${hit.raw}” is not at its source line`,
          rule: "indicators/raw-not-at-line",
          fatal: true,
        });
      }
      values.push({
        region,
        kind: ref.kind,
        label: ref.label,
        unit: hit.unit,
        ...parseValue(hit.raw),
        source: { doc: ref.doc, line: hit.line, url: input.anchors.get(hit.node) ?? input.docUrl },
      });
    });
    problems.push(...scaleValues(values, ind, (key) => concordance.fieldLine(i, key)));
    return { id: ind.id, name: ind.name, domain: ind.domain, unit: ind.unit, url: `/chi-tieu/${ind.id}/`, values };
  });
  // Every item of a declared list must state at least one indicator.
  for (const input of inputs) {
    for (const { list } of listsOf(input)) {
      for (const item of list.items) {
        if (!usedItems.has(`${input.source.meta.id}|${item.line}`)) {
          problems.push({
            file: input.source.path,
            line: item.line,
            message: `list item “${item.marker} ${item.text.slice(0, 60)}…” states no indicator of ${CONCORDANCE}`,
            expected: "every item of a declared list used by an indicator",
            rule: "indicators/item-not-in-concordance",
            fatal: true,
          });
        }
      }
    }
  }
  for (const [key, { input, row }] of rows) {
    if (!used.has(key)) {
      problems.push({
        file: input.source.path,
        line: row.line,
        message: `indicator row “${row.key}” is not in ${CONCORDANCE}`,
        expected: "every row of an indicator table named by one indicator",
        rule: "indicators/row-not-in-concordance",
        fatal: true,
      });
    }
  }
  const empty = indicators.filter((x) => x.values.length === 0);
  if (problems.length === 0 && empty.length) {
    problems.push(
      ...empty.map((x) => ({
        file: CONCORDANCE,
        line: 1,
        message: `indicator ${x.id} has no value`,
        rule: "indicators/empty",
        fatal: true,
      })),
    );
  }
  problems.push(...checkVerdicts(inputs, rows, concordance));
  if (problems.length) throw new BuildError(problems);
  const sources = inputs.map(({ source, docUrl }) => ({ id: source.meta.id, title: source.meta.title, file: source.path, url: docUrl }));
  // The targets no indicator names yet are added by scripts/link/candidates.ts.
  return { schema: 1, sources, indicators, candidates: [] };
}

/**
 * Gives each value with a number its `scale` into the indicator's unit. A unit the concordance
 * does not know for the indicator stops the build (it could be another measure), and so does a
 * declared spelling no value uses.
 */
export function scaleValues(
  values: IndicatorValue[],
  rules: UnitRules & { id: string },
  lineOf: (key: "unit" | "units" | "unlike" | "unlikeKinds") => number,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const kindsApart = new Set(Object.keys(rules.unlikeKinds ?? {}));
  for (const v of values) {
    if (!statesNumber(v)) continue;
    // A kind of another measure is never converted or compared, whatever its unit.
    if (kindsApart.has(v.kind)) continue;
    const scale = scaleOf(rules, v.unit);
    seen.add(unitKey(v.unit));
    if (scale === undefined) {
      problems.push({
        file: CONCORDANCE,
        line: lineOf("unit"),
        message:
          `${rules.id}: the value “${v.raw}” (${v.source.doc}, line ${v.source.line}) is in “${v.unit}”, ` +
          `not in the indicator's unit “${rules.unit}”`,
        expected: `“${v.unit}” under \`units\` with its factor into “${rules.unit}”, or under \`unlike\` if it measures something else`,
        rule: "indicators/unknown-unit",
        fatal: true,
      });
    } else if (scale !== null) v.scale = scale;
  }
  for (const kind of kindsApart)
    if (!values.some((v) => v.kind === kind && statesNumber(v)))
      problems.push({
        file: CONCORDANCE,
        line: lineOf("unlikeKinds"),
        message: `${rules.id}: no value of kind “${kind}” states a number`,
        expected: "only kinds some value of the indicator states a number for, under `unlikeKinds`",
        rule: "indicators/unused-unit",
        fatal: true,
      });
  for (const [key, spellings] of [
    ["units", Object.keys(rules.units)],
    ["unlike", Object.keys(rules.unlike)],
  ] as const) {
    for (const s of spellings) {
      if (!seen.has(unitKey(s)))
        problems.push({
          file: CONCORDANCE,
          line: lineOf(key),
          message: `${rules.id}: no value is stated in “${s}”`,
          expected: `only units some value of the indicator is in, under \`${key}\``,
          rule: "indicators/unused-unit",
          fatal: true,
        });
    }
  }
  return problems;
}

/** Verdict counts of one table: met (Đạt, Vượt) and all rows with a verdict. */
export function countVerdicts(rows: IndicatorRow[]): { met: number; missed: number; total: number } {
  const verdicts = rows.flatMap((r) => r.values.filter((v) => v.kind === "status").map((v) => v.raw));
  const met = verdicts.filter((v) => /^(Đạt|Vượt)$/i.test(v)).length;
  const missed = verdicts.filter((v) => /^Không đạt$/i.test(v)).length;
  return { met, missed, total: verdicts.length };
}

/** The documents' own statements (“11/18 chỉ tiêu … đạt và vượt”) against the verdicts in their tables. */
function checkVerdicts(
  inputs: LinkInput[],
  rows: Map<string, { input: LinkInput; row: IndicatorRow }>,
  concordance: LoadedConcordance,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const u of concordance.data.unchecked) {
    const input = inputs.find((i) => i.source.meta.id === u.doc);
    if (!input || !collapse(input.source.lines[u.line - 1] ?? "").includes(u.quote))
      problems.push({
        file: input?.source.path ?? u.doc,
        line: u.line,
        message: `the statement “${u.quote}” is not at this line`,
        rule: "indicators/verdict-quote",
        fatal: true,
      });
  }
  for (const v of concordance.data.verdicts) {
    const input = inputs.find((i) => i.source.meta.id === v.doc);
    const file = input?.source.path ?? v.doc;
    if (!input || !collapse(input.source.lines[v.line - 1] ?? "").includes(v.quote)) {
      problems.push({
        file,
        line: v.line,
        message: `the statement “${v.quote}” is not at this line`,
        rule: "indicators/verdict-quote",
        fatal: true,
      });
      continue;
    }
    const [, met, total] = /(\d+)\/(\d+)/.exec(v.quote)!.map(Number);
    const counted = countVerdicts([...rows.values()].filter((r) => r.input === input && r.row.table === v.table).map((r) => r.row));
    if (counted.met !== met || counted.total !== total) {
      problems.push({
        file,
        line: v.line,
        message: `the document says ${met}/${total} indicators met, its table ${v.table} has ${counted.met}/${counted.total}`,
        rule: "indicators/verdict-count",
        fatal: true,
      });
    }
  }
  return problems;
}
