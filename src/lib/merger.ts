/**
 * The 2025 merger in the data: Hải Dương's 2025–2030 goals were drafted before it and are
 * superseded by the merged city's, which are set for the whole merged city (region hai-phong-moi).
 */
import type { Indicator } from "../../scripts/model/indicators.ts";
import { regionRows, type RegionRow } from "./indicators.ts";

/** Both Hải Dương (drafted before the merger) and the merged city state a 2030 goal: the merged city's applies. */
export const hasSupersededGoal = (rows: RegionRow[]): boolean =>
  rows.some((r) => r.region === "hai-duong" && r.cells.goal.value) && rows.some((r) => r.region === "hai-phong-moi" && r.cells.goal.value);

/** The indicators whose Hải Dương 2030 goal is superseded by the merged city's (see `hasSupersededGoal`). */
export const supersededGoals = (indicators: Indicator[]): Indicator[] => indicators.filter((ind) => hasSupersededGoal(regionRows(ind)));

/** The indicators for which the merged city sets a goal (a value of a `goal-` kind for hai-phong-moi). */
export const withMergedCityGoal = (indicators: Indicator[]): Indicator[] =>
  indicators.filter((i) => i.values.some((v) => v.region === "hai-phong-moi" && /^goal-/.test(v.kind)));
