/** `content/glossary.yml`: the abbreviations of the documents and what they stand for. */
import { z } from "zod";

/** An abbreviation and what it stands for. */
export const glossaryTermSchema = z.object({ abbr: z.string().min(2), full: z.string().min(3) }).strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema).min(1) }).strict();
export type Glossary = z.infer<typeof glossarySchema>;
