/**
 * Two header rows printed as HTML prints them (lone-`|` dialect): merged cells are absent, so the
 * top row has fewer cells than the table has columns, and nothing on the page says which top cells
 * were group cells over the lower row (“Năm 2025” over “Kế hoạch” | “Ước thực hiện”) and which
 * spanned both rows. Every way of choosing them is tried and the one whose words fit best is kept:
 * a column label (`STT`, `Nội dung`, `Đơn vị tính`, `Ghi chú`) is never a group; a group with one
 * year holds kinds without a year (`Dự toán`, `Ước thực hiện`), a group without a year holds years
 * (`Dự kiến 03 năm kế hoạch` over `Năm 2026`…); what was carried out (`Ước thực hiện`, `ƯTH`)
 * belongs to the earliest year or to the year “hiện hành”. With no words to go by, the first top
 * cells span both rows and the others share the lower cells in order (a last `Ghi chú` spans both).
 */
import type { TableCell, TableRow } from "../../model/document.ts";

/** A column's own label: it spans both header rows, never a group. */
const LABEL = /^(s?tt|số tt|nội dung|chỉ tiêu|danh mục|đơn vị( tính)?|đvt|ghi chú|địa điểm|tên\b.*)$/iu;
/** A lower cell saying what was carried out, which only a year already under way has. */
const CARRIED_OUT = /thực hiện|\bước\b|\bƯTH\b|\bUTH\b/iu;
/** The year in progress (“Năm hiện hành 2025”). */
const CURRENT = /hiện hành/iu;

const years = (text: string): number[] => [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));

/** One choice: for each top cell, how many lower cells it is over (0: it spans both rows). */
type Choice = number[];

/** The choice the parser made before words were weighed: the first cells tall, the rest sharing the lower row. */
function plainChoice(top: TableCell[], lower: number, tall: number): Choice | null {
  const wide = top.length - tall;
  if (tall < 0 || wide <= 0 || lower < wide) return null;
  const lastTall = /^ghi chú/iu.test(top[top.length - 1]!.text) && tall > 0;
  const isTall = (k: number) => (lastTall ? k < tall - 1 || k === top.length - 1 : k < tall);
  const base = Math.floor(lower / wide);
  const choice: Choice = [];
  let seen = 0;
  top.forEach((_, k) => {
    if (isTall(k)) return choice.push(0);
    seen++;
    return choice.push(base + (seen === wide ? lower - base * wide : 0));
  });
  return choice;
}

/** Every choice of `wide` group cells among `top` sharing `lower` cells in order, each over one at least. */
function* choices(cells: number, wide: number, lower: number): Generator<Choice> {
  if (cells === 0) {
    if (wide === 0 && lower === 0) yield [];
    return;
  }
  if (cells > wide) for (const rest of choices(cells - 1, wide, lower)) yield [0, ...rest];
  if (wide > 0)
    for (let n = 1; n <= lower - (wide - 1); n++) for (const rest of choices(cells - 1, wide - 1, lower - n)) yield [n, ...rest];
}

/** How well the words of the header fit a choice (higher is better). */
function fit(top: TableCell[], bottom: TableCell[], choice: Choice): number {
  const earliest = Math.min(...top.flatMap((c) => years(c.text)));
  let score = 0;
  let next = 0;
  choice.forEach((n, k) => {
    const group = top[k]!.text;
    const own = years(group);
    if (n > 0 && LABEL.test(group)) score -= 5;
    for (const cell of bottom.slice(next, next + n)) {
      const under = years(cell.text);
      if (under.length > 0 && own.length === 0) score += 1;
      if (under.length > 0 && own.length > 0 && under.some((y) => y < Math.min(...own) || y > Math.max(...own))) score -= 2;
      if (under.length === 0 && own.length === 1) score += 1;
      if (under.length === 0 && own.length === 1 && CARRIED_OUT.test(cell.text) && (own[0] === earliest || CURRENT.test(group))) score += 1;
    }
    if (n > 0 && CURRENT.test(group)) score += 1;
    next += n;
  });
  return score;
}

/**
 * The two header rows with their spans, `columns` wide, or null when the counts cannot fit
 * (`columns - bottom.length` top cells must span both rows, and the others at least one lower cell each).
 */
export function spanShortRows(top: TableCell[], bottom: TableCell[], columns: number): TableRow[] | null {
  const tall = columns - bottom.length;
  const plain = plainChoice(top, bottom.length, tall);
  if (!plain) return null;
  let best = plain;
  let bestScore = fit(top, bottom, plain) + 0.5;
  // Ten top cells at most: beyond, the choices are too many to weigh and the plain one stands.
  if (top.length <= 10)
    for (const choice of choices(top.length, top.length - tall, bottom.length)) {
      const score = fit(top, bottom, choice);
      if (score > bestScore) [best, bestScore] = [choice, score];
    }
  const upper = top.map((cell, k) => (best[k] === 0 ? { ...cell, rowspan: 2 } : best[k]! > 1 ? { ...cell, colspan: best[k]! } : cell));
  return [
    { cells: upper, line: top[0]!.line },
    { cells: bottom, line: bottom[0]!.line },
  ];
}
