/**
 * The targets of a document not yet matched to an indicator (`candidates` of /du-lieu/chi-tieu.json),
 * as its page lists them, with their inferred kind in words.
 */
import type { Candidate } from "../../scripts/model/indicators.ts";
import { indicatorData } from "./site.ts";

/** The candidates of one document, in the order of its lines. */
export const candidatesOf = (docId: string): Candidate[] => indicatorData().candidates.filter((c) => c.source.doc === docId);

/** An inferred kind in the page's words (`goal-avg-2026-2030` → “mục tiêu bình quân 2026–2030”). */
export function candidateKindLabel(kind: string): string {
  const avg = /^(plan|result|goal)-avg-(\d{4})-(\d{4})$/.exec(kind);
  const family = { plan: "kế hoạch", result: "kết quả", goal: "mục tiêu" } as const;
  if (avg) return `${family[avg[1] as keyof typeof family]} bình quân ${avg[2]}–${avg[3]}`;
  const year = /^(plan|result|goal)-(\d{4})$/.exec(kind);
  if (year) return year[1] === "goal" ? `mục tiêu đến năm ${year[2]}` : `${family[year[1] as keyof typeof family]} năm ${year[2]}`;
  return "chưa rõ năm";
}
