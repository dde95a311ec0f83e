/**
 * Units of measure: when two spellings name the same unit, and how a value converts into its
 * indicator's unit. The documents write one unit many ways (`Tr.đồng`, `triệu đồng`; `bác sĩ/ 01
 * vạn dân`, `bác sĩ/vạn dân`); charts and comparisons need values on one scale, and must never
 * mix a yearly reduction with a level because both are written `%`.
 */

/** The spelling-free form of a unit: NFC, lower case, spaces collapsed, none around `/`, `1 vạn` / `01 vạn` as `vạn`. */
export const unitKey = (unit: string): string =>
  unit.normalize("NFC").toLowerCase().replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/").replace(/\/0?1 (?=vạn)/g, "/").trim();

/** What the concordance says of an indicator's units: its own unit, other spellings with their factor, and units of other measures. */
export interface UnitRules {
  unit: string;
  /** Another way of writing the indicator's unit → the factor that turns a value in it into the indicator's unit. */
  units: Record<string, number>;
  /** Units the indicator's values may be stated in that measure something else (not converted, not compared) → why. */
  unlike: Record<string, string>;
}

/**
 * The factor that turns a value stated in `unit` into the indicator's unit; `null` for a unit the
 * rules call another measure; `undefined` when the rules do not know the unit (an error of the
 * concordance, reported by the caller).
 */
export function scaleOf(rules: UnitRules, unit: string): number | null | undefined {
  const key = unitKey(unit);
  if (key === unitKey(rules.unit)) return 1;
  for (const [spelling, factor] of Object.entries(rules.units)) if (unitKey(spelling) === key) return factor;
  if (Object.keys(rules.unlike).some((u) => unitKey(u) === key)) return null;
  return undefined;
}
