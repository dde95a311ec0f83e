/** `content/topics.yml`: the subjects that weave the documents together, and the phrases that only look like them. */
import { z } from "zod";

const topicId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A subject: its id (the page /chu-de/<id>/), its name and the words and phrases that speak of it. */
export const topicSchema = z
  .object({
    id: topicId,
    name: z.string().min(3),
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

/**
 * A phrase that holds a keyword of the topics `not` but speaks of something else ("môi trường đầu
 * tư" is the business climate, not the environment): inside it, those keywords do not count.
 */
export const topicExceptionSchema = z
  .object({
    phrase: z.string().min(2),
    not: z.array(topicId).min(1),
    why: z.string().min(3),
  })
  .strict();
export type TopicException = z.infer<typeof topicExceptionSchema>;

export const topicsSchema = z
  .object({
    topics: z.array(topicSchema).min(1),
    exceptions: z.array(topicExceptionSchema).default([]),
    general: z.array(z.string()).default([]),
  })
  .strict();
export type Topics = z.infer<typeof topicsSchema>;
