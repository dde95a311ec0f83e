/**
 * A merger in the data (content/regions.yml `mergedInto`): a former region's goals, drafted before
 * the merger, are superseded by those of the region it was merged into, set for the whole of it.
 */
import type { Indicator } from "../../scripts/model/indicators.ts";
import type { RegionInfo } from "../../scripts/model/regions.ts";
import { regionRows, type RegionRow } from "./indicators.ts";
import { formerRegions, mergedRegions } from "./scope.ts";
import { verdictStatements } from "./site.ts";

/** The former regions' ids, in the order the documents' verdict statements name them (content/indicators.yml `verdicts`), then the others. */
export function formerRegionIds(): string[] {
  const former = formerRegions().map((r) => r.id);
  return [...new Set([...verdictStatements().map((s) => s.region), ...former])].filter((r) => former.includes(r));
}

/** The former regions among `rows` that state a 2030 goal while the region they were merged into states one too. */
export const supersededRegions = (rows: RegionRow[]): RegionInfo[] => {
  const hasGoal = (id: string) => rows.some((r) => r.region === id && r.cells.goal.value);
  return formerRegions().filter((f) => hasGoal(f.id) && hasGoal(f.mergedInto!));
};

/** A former region (drafted before the merger) and the region it was merged into both state a 2030 goal: the merged region's applies. */
export const hasSupersededGoal = (rows: RegionRow[]): boolean => supersededRegions(rows).length > 0;

/** The indicators whose former region's 2030 goal is superseded by the merged region's (see `hasSupersededGoal`). */
export const supersededGoals = (indicators: Indicator[]): Indicator[] => indicators.filter((ind) => hasSupersededGoal(regionRows(ind)));

/** The indicators for which a merged region sets a goal (a value of a `goal-` kind). */
export const withMergedCityGoal = (indicators: Indicator[]): Indicator[] => {
  const merged = new Set(mergedRegions().map((r) => r.id));
  return indicators.filter((i) => i.values.some((v) => merged.has(v.region) && /^goal-/.test(v.kind)));
};
