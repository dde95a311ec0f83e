/** `content/topics.yml`: the subjects that weave the documents together. */
import { z } from "zod";

/** A subject: its id (the page /chu-de/<id>/), its name and the words of headings that speak of it. */
export const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(3),
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const topicsSchema = z
  .object({
    topics: z.array(topicSchema).min(1),
    general: z.array(z.string()).default([]),
  })
  .strict();
export type Topics = z.infer<typeof topicsSchema>;
