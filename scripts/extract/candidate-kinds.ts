/**
 * The kind of a value found without a concordance entry, inferred from the words around it (the
 * sentence, its list's lead-in and headings, or a table column's header) and the document's year:
 * `plan-<year>`, `result-<year>`, `goal-<year>`, `<same>-avg-<from>-<to>`, or `unspecified`.
 * The names follow the kinds of scripts/model/indicators.ts (`plan-2024`, `result-2025`, `goal-2030`,
 * `goal-avg-2026-2030`), so a value of a kind the concordance knows keeps that name.
 */

/** Any of these words, whole (a letter or digit on neither side). */
const anyWord = (alternatives: string[]): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join("|")})(?![\\p{L}\\d])`, "iu");
const RESULT_WORDS = anyWord(["ước(?: tính| đạt| thực hiện)?", "thực hiện", "đã", "đã đạt", "kết quả", "đạt được", "so với cùng kỳ", "TH"]);
const PLAN_WORDS = anyWord(["kế hoạch", "KH", "dự toán", "điều chỉnh", "giao là", "thông qua"]);
const GOAL_WORDS = anyWord(["mục tiêu", "chỉ tiêu", "phấn đấu", "dự kiến", "đến năm", "định hướng"]);
/** A value judged against a plan or goal (“đạt mục tiêu Nghị quyết đề ra”, “đạt 100% kế hoạch”, “vượt 21,3% kế hoạch”). */
const VERDICT =
  /(?<![\p{L}])(?:đạt|vượt|không đạt|bằng|hoàn thành)(?: và vượt)?\s+(?:[\d.,]+\s*%\s*)?(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch|KH|dự toán)(?![\p{L}])[^,;()]*/giu;
const PERIOD = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d|%|[,.]\d)/gu;

/**
 * The kind of a value stated in `stated` (the sentence or column header that holds it), read with
 * `context` (lead-in, headings, title) when it names no year. `docYear` is the year the
 * document was issued: a year after it is a plan (the next one) or a goal (further on). `unit` tells a level
 * from a rate.
 */
export function inferKind(stated: string, context: string, docYear: number, unit = ""): string {
  // “(đạt mục tiêu Nghị quyết đề ra)”, “đạt 100% kế hoạch” judge the value against a plan: they do not make it one.
  const near = stated.replace(VERDICT, " ");
  const test = (re: RegExp, s: string) => re.test(s);
  // “bình quân đầu người” is per head, not an average over years.
  const average = /bình quân(?! (?:đầu người|mỗi người|một người))/iu.test(near);
  const period = PERIOD.exec(near) ?? (average ? PERIOD.exec(context) : null);
  // A year the value is compared with (“so với cuối năm 2023”) is not the year it is for.
  const own = near.replace(/so với (?:cùng kỳ |cuối |đầu |dự toán |kế hoạch )?(?:năm )?(?:19|20)\d{2}/giu, " ");
  const yearsNear = [...own.replace(new RegExp(PERIOD.source, "gu"), " ").matchAll(YEAR)].map((m) => Number(m[0]));
  const yearsAround = [...context.replace(new RegExp(PERIOD.source, "gu"), (_m, _a, b: string) => ` ${b} `).matchAll(YEAR)].map((m) =>
    Number(m[0]),
  );
  // A section that reports (“Kết quả thực hiện…”) holds results unless the sentence sets a goal.
  const nearest = context.split(" › ").at(-1) ?? "";
  const result = (test(RESULT_WORDS, near) || test(RESULT_WORDS, nearest)) && !test(GOAL_WORDS, near);
  const plan = test(PLAN_WORDS, near) || (!test(GOAL_WORDS, near) && test(PLAN_WORDS, context));
  // A level (“21,25 tỷ USD”) beside a year of its own is that year's, whatever average the sentence also states; a rate may be the average.
  const level = unit !== "" && !/%|lần/u.test(unit);
  const ownYear = [...near.replace(new RegExp(PERIOD.source, "gu"), " ").matchAll(YEAR)].length > 0;
  if (average && period && !(level && ownYear)) {
    const [, from, to] = period;
    const family = result || Number(to) <= docYear ? "result" : Number(to) <= docYear + 1 || plan ? "plan" : "goal";
    return `${family}-avg-${from}-${to}`;
  }
  const year = yearsNear[0] ?? (period ? Number(period[2]) : undefined) ?? yearsAround.at(-1);
  if (year === undefined) return "unspecified";
  // The document's own year, stated with no word of a plan or goal near it or above it: what the year achieved (a report's “ước”).
  const unplanned = !test(GOAL_WORDS, near) && !test(GOAL_WORDS, nearest) && !test(PLAN_WORDS, near);
  if (year < docYear || (year === docYear && (result || unplanned))) return `result-${year}`;
  // A year named beside the value with no word of a goal (a table's “Năm 2027” column) is a plan for that year.
  const bareYear = yearsNear.length > 0 && !test(GOAL_WORDS, near);
  // A document called “Kế hoạch” may set goals far ahead: only the sentence's own words make a later year a plan.
  if (bareYear || test(PLAN_WORDS, near) || year <= docYear + 1) return `plan-${year}`;
  return `goal-${year}`;
}

/** Words of a table column's header naming what its values are; “dự kiến” in a header is the plan's forecast, not a goal. */
const COLUMN_FAMILIES: [RegExp, "plan" | "result" | "goal"][] = [
  [anyWord(["ước(?: tính| đạt| thực hiện)?", "thực hiện", "TH", "ƯTH", "UTH", "kết quả", "đánh giá"]), "result"],
  [anyWord(["mục tiêu", "đến năm", "định hướng", "tầm nhìn"]), "goal"],
  [anyWord(["kế hoạch", "KH", "dự toán", "DT", "dự kiến", "dự báo", "điều chỉnh"]), "plan"],
];

/**
 * The kind of a table column's values from its header path (top row first): the deepest part that
 * names a plan, result or goal decides the family (“Năm 2025 › Ước thực hiện”, “Dự kiến 03 năm kế
 * hoạch › Năm 2026”), the deepest year the year; with no such word a year before or of the document's
 * is a result and a later one a plan. `context` (the table's title) gives the year when the header names none.
 */
export function inferColumnKind(path: string[], context: string, docYear: number): string {
  const text = path.join(" ");
  const period = PERIOD.exec(text);
  const family = [...path].reverse().flatMap((part) => COLUMN_FAMILIES.filter(([re]) => re.test(part)).map(([, f]) => f))[0];
  if (period && /bình quân/iu.test(text)) {
    const [, from, to] = period;
    return `${family ?? (Number(to) <= docYear ? "result" : "plan")}-avg-${from}-${to}`;
  }
  const own = [...text.replace(new RegExp(PERIOD.source, "gu"), " ").matchAll(YEAR)].map((m) => Number(m[0]));
  const around = [...context.replace(new RegExp(PERIOD.source, "gu"), (_m, _a, b: string) => ` ${b} `).matchAll(YEAR)].map((m) =>
    Number(m[0]),
  );
  const year = own.at(-1) ?? (period ? Number(period[2]) : undefined) ?? around.at(-1);
  if (year === undefined) return "unspecified";
  return `${family ?? (year <= docYear ? "result" : "plan")}-${year}`;
}
