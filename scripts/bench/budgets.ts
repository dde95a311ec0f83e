/** Reading the benchmark report for the budget check. */

/** The values at a dotted path; `*` expands to every key of an object or item of an array. */
export function valuesAt(data: unknown, path: string): number[] {
  let current: unknown[] = [data];
  for (const key of path.split(".")) {
    current = current.flatMap((v) =>
      v && typeof v === "object" ? (key === "*" ? (Object.values(v) as unknown[]) : [(v as Record<string, unknown>)[key]]) : [],
    );
  }
  return current.filter((v): v is number => typeof v === "number");
}
