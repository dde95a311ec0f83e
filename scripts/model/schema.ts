import { z } from "zod";
import { regionId } from "./regions.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase ASCII words joined by hyphens");

/** One relation between a document and another one (ours, by id) or an outside text. */
export const relationSchema = z
  .object({
    type: z.enum(["approves", "approved-by", "implements", "reviews", "reviewed-by", "supersedes-goals-of", "goals-superseded-by"]),
    target: z.string().optional(),
    external: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => Boolean(r.target) !== Boolean(r.external), "exactly one of target or external");

/** The metadata of one source document. */
export const sourceMetaSchema = z
  .object({
    id: slug,
    slug,
    file: z.string().regex(/^[\w.-]+\.(txt|md)$/),
    title: z.string().min(10),
    shortTitle: z.string().min(3).max(60),
    kind: z.enum([
      "bao-cao-chinh-tri",
      "bao-cao-kinh-te-xa-hoi",
      "chuong-trinh-hanh-dong",
      "nghi-quyet",
      "ke-hoach",
      "quyet-dinh",
      "bao-cao",
    ]),
    issuer: z.string().min(3),
    date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, "YYYY or YYYY-MM-DD"),
    number: z.string().nullable(),
    /** Why the number is missing, or where it comes from when the document itself does not print it: the words, and the line of another document that does. */
    numberNote: z
      .object({
        text: z.string().min(10),
        cite: z
          .object({ doc: slug, line: z.number().int().positive(), quote: z.string().min(3) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    period: z.object({ from: z.number().int(), to: z.number().int(), label: z.string() }).strict(),
    /** The id of a region of content/regions.yml (checked where sources.yml is read). */
    region: regionId,
    description: z.string().min(20),
    /** One line for lists (the home page). */
    summary: z.string().min(20).max(110),
    /** What the document says about itself: who issued it, when, whether signed; each cited line must hold its quote. */
    origin: z
      .object({
        text: z.string().min(20),
        cites: z.array(z.object({ line: z.number().int().positive(), quote: z.string().min(3) }).strict()),
      })
      .strict(),
    relations: z.array(relationSchema),
    /** How the other documents name this one (linked to it from their text). */
    aliases: z.array(z.string().min(8)).optional(),
    format: z
      .object({
        paragraphs: z.enum(["line", "wrapped", "blank-separated", "blank-line"]),
        footnotes: z.enum(["none", "end-replacement-char", "page-bottom", "superscript", "bracketed"]),
        tables: z.enum(["none", "cell-per-line", "tab-separated", "pipe"]),
      })
      .strict(),
  })
  .strict();

export const sourcesFileSchema = z.object({ documents: z.array(sourceMetaSchema).min(1) }).strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Relation = z.infer<typeof relationSchema>;

/** Human names of the document kinds, for the site. */
export const kindLabels: Record<SourceMeta["kind"], string> = {
  "bao-cao-chinh-tri": "Báo cáo chính trị",
  "bao-cao-kinh-te-xa-hoi": "Báo cáo kinh tế - xã hội",
  "chuong-trinh-hanh-dong": "Chương trình hành động",
  "nghi-quyet": "Nghị quyết",
  "ke-hoach": "Kế hoạch",
  "quyet-dinh": "Quyết định",
  "bao-cao": "Báo cáo",
};

export const relationLabels: Record<Relation["type"], string> = {
  approves: "tán thành",
  "approved-by": "được tán thành bởi",
  implements: "thực hiện",
  reviews: "đánh giá lại kết quả của",
  "reviewed-by": "được đánh giá lại trong",
  "supersedes-goals-of": "thay thế mục tiêu của",
  "goals-superseded-by": "có mục tiêu được thay thế bởi",
};

/** `content/corrections.yml`: source defects repaired by the parser, each with its reason. */
export const correctionsSchema = z
  .object({
    headings: z.array(
      z
        .object({
          file: z.string(),
          line: z.number().int().positive(),
          text: z.string().min(1),
          style: z.enum(["upper-letter", "roman", "decimal-1", "decimal-2", "decimal-3", "lower-letter"]),
          reason: z.string().min(10),
        })
        .strict(),
    ),
    /**
     * Lines that repeat the end of an earlier line after a page break (the conversion printed the
     * fragment twice): `text` ends line `of` and starts line `line`; it is read once.
     */
    repeats: z.array(
      z
        .object({
          file: z.string(),
          line: z.number().int().positive(),
          of: z.number().int().positive(),
          text: z.string().min(10),
          reason: z.string().min(10),
        })
        .strict()
        .refine((r) => r.of < r.line, { message: "`of` must be an earlier line than `line`", path: ["of"] }),
    ),
    /**
     * Structural faults of a source accepted as they are: the parser's error with this `rule` at
     * this line (a footnote mark without its note, a `|` row no table rule read…) becomes a note.
     */
    faults: z
      .array(
        z
          .object({
            file: z.string(),
            line: z.number().int().positive(),
            rule: z.string().regex(/^[a-z-]+\/[a-z-]+$/, "a rule id such as footnotes/bracketed-orphan-mark"),
            reason: z.string().min(10),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export type Corrections = z.infer<typeof correctionsSchema>;
export type HeadingCorrection = Corrections["headings"][number];
export type RepeatCorrection = Corrections["repeats"][number];
export type AcceptedFault = NonNullable<Corrections["faults"]>[number];
