/** `content/glossary.yml`: the abbreviations of the documents and what they stand for. */
import { z } from "zod";

export const glossarySchema = z
  .object({ terms: z.array(z.object({ abbr: z.string().min(2), full: z.string().min(3) }).strict()).min(1) })
  .strict();
export type Glossary = z.infer<typeof glossarySchema>;
