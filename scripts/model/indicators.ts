/** The indicator data: the public contract of /du-lieu/chi-tieu.json (described to its users on /du-lieu/). */
import { z } from "zod";
import { regionId } from "./regions.ts";

/** The kinds the concordance has always named, each with its own meaning on /du-lieu/. */
export const valueKinds = [
  "target-2025",
  "target-avg-2021-2025",
  "target-2030-prev",
  "result-2025",
  "result-avg-2021-2025",
  "status",
  "goal-2030",
  "goal-avg-2026-2030",
  "orientation-2035",
  "result-2023",
  "plan-2024",
  "result-2020",
  "ratio-2025-2020",
  "total-2021-2025",
  "goal-total-2026-2030",
] as const;
type Family = "plan" | "result" | "goal";
/**
 * A kind of value: one of `valueKinds`, or a kind of the pattern a new document needs (`plan-2026`,
 * `goal-2028`, `result-avg-2021-2025`), so that a proposal is accepted by copying it into
 * content/indicators.yml with no change of code (the pattern is `VALUE_KIND_RE`, documented on /du-lieu/).
 */
export type ValueKind = (typeof valueKinds)[number] | `${Family}-${number}` | `${Family}-avg-${number}-${number}`;

/** The kinds of the pattern: a plan, result or goal of a year, or its yearly average over a period. */
const PATTERN_KINDS = String.raw`(?:plan|result|goal)-(?:avg-(?:19|20)\d{2}-)?(?:19|20)\d{2}`;
/** Every kind a value may have: the named ones and those of the pattern (the JSON Schema's `pattern`). */
export const VALUE_KIND_RE = new RegExp(`^(?:${valueKinds.join("|")}|${PATTERN_KINDS})$`);
/** Whether `kind` is a kind a value may have. */
export const isValueKind = (kind: string): kind is ValueKind => VALUE_KIND_RE.test(kind);
/** The schema of a value's kind: a string of `VALUE_KIND_RE` (a pattern, not a closed list, in the published JSON Schema). */
export const valueKind = z
  .string()
  .regex(
    VALUE_KIND_RE,
    "a kind of /du-lieu/: one of valueKinds, or plan-, result-, goal-<year>, or …-avg-<from>-<to>",
  ) as unknown as z.ZodType<ValueKind>;

export { type Region } from "./regions.ts";

export const valueSchema = z
  .object({
    /** The id of a region of content/regions.yml; the published JSON Schema lists them (`indicatorJsonSchema`). */
    region: regionId,
    kind: valueKind,
    label: z.string().min(1),
    unit: z.string(),
    raw: z.string().min(1),
    value: z.number().nullable(),
    min: z.number().optional(),
    max: z.number().optional(),
    bound: z.enum(["above", "at-least", "below", "at-most", "about"]).optional(),
    /** Value × scale is the value in its indicator's unit; absent for a verdict, a value without a number, or a value of another measure. */
    scale: z.number().positive().optional(),
    source: z.object({ doc: z.string(), line: z.number().int().positive(), url: z.string().regex(/^\/tai-lieu\//) }).strict(),
  })
  .strict();

export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(3),
    domain: z.string().min(3),
    /** The unit values are converted into (see `scale`); may be empty for a count without one. */
    unit: z.string(),
    url: z.string().regex(/^\/chi-tieu\//),
    values: z.array(valueSchema).min(1),
  })
  .strict();

/**
 * The kinds inferred for a value no concordance entry names yet: `plan-<year>`, `result-<year>`,
 * `goal-<year>`, `plan-avg-`, `result-avg-`, `goal-avg-<from>-<to>`, or `unspecified` (see /du-lieu/).
 */
export const CANDIDATE_KIND_RE = /^(?:(?:plan|result|goal)-\d{4}|(?:plan|result|goal)-avg-\d{4}-\d{4}|unspecified)$/;

/** A target or result found in a document that no indicator of the concordance names yet (`matched: false`). */
export const candidateSchema = valueSchema
  .omit({ kind: true, scale: true })
  .extend({ kind: z.string().regex(CANDIDATE_KIND_RE), matched: z.literal(false) })
  .strict();

export const indicatorDataSchema = z
  .object({
    schema: z.literal(1),
    sources: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          file: z.string().regex(/^content\/sources\//),
          url: z.string().regex(/^\/tai-lieu\//),
        })
        .strict(),
    ),
    indicators: z.array(indicatorSchema),
    /** Targets and results found in the documents and not yet matched to an indicator (shown on each document's page, never on indicator pages). */
    candidates: z.array(candidateSchema),
  })
  .strict();

export type Candidate = z.infer<typeof candidateSchema>;
export type IndicatorValue = z.infer<typeof valueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorData = z.infer<typeof indicatorDataSchema>;

/** The columns of /du-lieu/chi-tieu.csv, one row per value (the two added since the first release at the end, so that columns keep their places). */
export const CSV_COLUMNS = [
  "indicator_id",
  "indicator_name",
  "domain",
  "indicator_url",
  "region",
  "kind",
  "label",
  "unit",
  "raw",
  "value",
  "min",
  "max",
  "bound",
  "source_doc",
  "source_line",
  "source_url",
  "indicator_unit",
  "scale",
  "matched",
] as const;
