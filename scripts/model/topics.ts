/** `content/topics.yml`: the subjects that weave the documents together. */
import { z } from "zod";

export const topicsSchema = z
  .object({
    topics: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
            name: z.string().min(3),
            keywords: z.array(z.string().min(2)).min(1),
          })
          .strict(),
      )
      .min(1),
    general: z.array(z.string()).default([]),
  })
  .strict();
export type Topics = z.infer<typeof topicsSchema>;
