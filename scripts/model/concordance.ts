/** `content/indicators.yml`: the indicator concordance (which source rows are the same indicator). */
import { z } from "zod";
import { VALUE_KIND_RE, valueKind } from "./indicators.ts";
import { regionId } from "./regions.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase ASCII words joined by hyphens");

export const domains = {
  "kinh-te": "Kinh tế",
  "xa-hoi": "Xã hội",
  "moi-truong": "Môi trường",
  "xay-dung-dang": "Xây dựng Đảng",
  "quoc-phong-an-ninh": "Quốc phòng - an ninh",
} as const;

/** A document's own statement of how many indicators of a table were met (`11/18`), at its line. */
export const verdictStatementSchema = z
  .object({
    region: regionId,
    doc: z.string(),
    table: z.number().int().positive(),
    line: z.number().int().positive(),
    quote: z.string().regex(/\d+\/\d+/, "a quote holding `met/total`"),
  })
  .strict();
export type VerdictStatement = z.infer<typeof verdictStatementSchema>;

/** A statement of how many indicators were met that the sources cannot check (its table is not among them), with why. */
export const uncheckedStatementSchema = z
  .object({
    region: regionId,
    doc: z.string(),
    line: z.number().int().positive(),
    quote: z.string().regex(/\d+\/\d+/, "a quote holding `met/total`"),
    why: z.string().min(10),
  })
  .strict();
export type UncheckedStatement = z.infer<typeof uncheckedStatementSchema>;

export const concordanceSchema = z
  .object({
    tables: z.array(z.object({ doc: z.string(), table: z.number().int().positive(), region: regionId }).strict()),
    lists: z.array(z.object({ doc: z.string(), line: z.number().int().positive(), region: regionId, title: z.string().min(3) }).strict()),
    verdicts: z.array(verdictStatementSchema),
    unchecked: z.array(uncheckedStatementSchema).default([]),
    indicators: z.array(
      z
        .object({
          id: slug,
          name: z.string().min(3),
          domain: z.enum(Object.keys(domains) as [keyof typeof domains, ...(keyof typeof domains)[]]),
          /** The unit the indicator is measured in; charts and comparisons convert values into it. */
          unit: z.string(),
          /** Other spellings of that unit in the documents → the factor into it (`triệu tỷ đồng: 1000000` against `tỷ đồng`). */
          units: z.record(z.string(), z.number().positive()).default({}),
          /** Units some values are stated in that measure something else (a yearly reduction against a level) → why, in Vietnamese, for the pages. */
          unlike: z.record(z.string(), z.string().min(10)).default({}),
          /**
           * Kinds of value that measure something else whatever their unit (the 2030 goals for schools
           * at “mức độ II” against results at “mức độ I”, both in %) → why, in Vietnamese, for the pages.
           */
          unlikeKinds: z.record(z.string().regex(VALUE_KIND_RE, "a kind of value"), z.string().min(10)).default({}),
          rows: z.array(z.object({ doc: z.string(), key: z.string().regex(/^\d+: /, "`<table number>: <label>`") }).strict()).default([]),
          items: z
            .array(
              z
                .object({
                  doc: z.string(),
                  line: z.number().int().positive(),
                  kind: valueKind,
                  label: z.string().min(2),
                  after: z.string(),
                  nth: z.number().int().positive().optional(),
                  until: z.string().optional(),
                  /** The nth share of a structure printed as one figure (“8,8%-61,8%-29,4%”). */
                  part: z.number().int().positive().optional(),
                  /** For a value in a paragraph rather than in a declared list. */
                  region: regionId.optional(),
                })
                .strict(),
            )
            .default([]),
        })
        .strict(),
    ),
  })
  .strict();

export type Concordance = z.infer<typeof concordanceSchema>;
export type ConcordanceIndicator = Concordance["indicators"][number];
