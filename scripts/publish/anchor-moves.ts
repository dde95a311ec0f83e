/**
 * A moved anchor written into the built HTML, so that it works without JavaScript. On the same
 * page the old id goes on an empty element at the new place (or at the title when the move names
 * only the page). To another page, the old page keeps the old id on a short note linking to the new
 * place, shown only when it is the page's target (`.anchor-moved`, CSS `:target`); the script of
 * /scripts/anchor-moves.js still takes a visitor with JavaScript there at once.
 */
import { escapeMarkup as esc } from "../model/text.ts";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `html` with an empty element of id `oldId` just before the element of id `newId`, or before the `<h1>` without one. */
export function keepIdInPlace(html: string, oldId: string, newId: string | undefined): string {
  const m = newId ? new RegExp(`<([a-z0-9]+)[^>]*\\sid="${escapeRe(newId)}"[^>]*>`).exec(html) : /<(h1)[\s>]/.exec(html);
  if (!m) throw new Error(`no element ${newId ? `#${newId}` : "<h1>"} to keep #${oldId} at`);
  // Inside a list item, at its start: a list holds only items, so a <span> may not stand between them.
  const at = m[1] === "li" ? m.index + m[0].length : m.index;
  return `${html.slice(0, at)}<span id="${esc(oldId)}"></span>${html.slice(at)}`;
}

/** The visible text of the page's `<h1>`, to name it in a note. */
export function pageTitle(html: string): string {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return m
    ? m[1]!
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim()
    : "";
}

/** One anchor moved to another page: where it went, and that page's title. */
export interface CrossPageMove {
  id: string;
  to: string;
  title: string;
}

/** `html` with a note for each anchor moved away, at the start of `<main>`, each shown only when targeted. */
export function addMovedNotes(html: string, moves: CrossPageMove[]): string {
  const m = /<main[^>]*>/.exec(html);
  if (!m) throw new Error("no <main> to put the notes of moved anchors in");
  const notes = moves
    .map((v) => `<p id="${esc(v.id)}" class="anchor-moved">Nội dung này nay ở trang <a href="${esc(v.to)}">${esc(v.title)}</a>.</p>`)
    .join("");
  const at = m.index + m[0].length;
  return `${html.slice(0, at)}${notes}${html.slice(at)}`;
}
