/**
 * Units of measure: when two spellings name the same unit, and how a value converts into its
 * indicator's unit. The documents write one unit many ways (`Tr.đồng`, `triệu đồng`; `bác sĩ/ 01
 * vạn dân`, `bác sĩ/vạn dân`); charts and comparisons need values on one scale, and must never
 * mix a yearly reduction with a level because both are written `%`.
 */
import type { IndicatorValue } from "./indicators.ts";

/** The spelling-free form of a unit: NFC, lower case, spaces collapsed, none around `/`, `1 vạn` / `01 vạn` as `vạn`. */
export const unitKey = (unit: string): string =>
  unit
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\/0?1 (?=vạn)/g, "/")
    .trim();

/** What the concordance says of an indicator's units: its own unit, other spellings with their factor, and units of other measures. */
export interface UnitRules {
  unit: string;
  /** Another way of writing the indicator's unit → the factor that turns a value in it into the indicator's unit. */
  units: Record<string, number>;
  /** Units the indicator's values may be stated in that measure something else (not converted, not compared) → why. */
  unlike: Record<string, string>;
  /** Kinds of value that measure something else, whatever their unit → why. */
  unlikeKinds?: Partial<Record<IndicatorValue["kind"], string>>;
}

/** The entry of `byUnit` whose unit is spelled like `unit` (see `unitKey`), or undefined. */
export function forUnit<T>(byUnit: Record<string, T>, unit: string): T | undefined {
  const key = unitKey(unit);
  return Object.entries(byUnit).find(([u]) => unitKey(u) === key)?.[1];
}

/**
 * The factor that turns a value stated in `unit` into the indicator's unit; `null` for a unit the
 * rules call another measure; `undefined` when the rules do not know the unit (an error of the
 * concordance, reported by the caller).
 */
export function scaleOf(rules: UnitRules, unit: string): number | null | undefined {
  if (unitKey(unit) === unitKey(rules.unit)) return 1;
  return forUnit(rules.units, unit) ?? (forUnit(rules.unlike, unit) !== undefined ? null : undefined);
}

/** A value that states a number (a single number, a range or a bound), not a verdict or words. */
export const statesNumber = (v: IndicatorValue): boolean => v.kind !== "status" && (v.value ?? v.min ?? v.max) !== undefined;

/** A value that states a number of another measure than its indicator's: it has no scale and is never compared. */
export const isOtherMeasure = (v: IndicatorValue): boolean => statesNumber(v) && v.scale === undefined;

/** The low and high ends of a value in its indicator's unit (its numbers × its scale); undefined without a number or a scale. */
export function ends(v: IndicatorValue): [number, number] | undefined {
  const lo = v.value ?? v.min ?? v.max,
    hi = v.value ?? v.max ?? v.min;
  return v.scale === undefined || lo === undefined || hi === undefined ? undefined : [lo * v.scale, hi * v.scale];
}
