/**
 * The preview card of a page (1200×630, what a link pasted into Zalo, Facebook or email shows):
 * the page's kind, its title and its description, drawn as SVG from the page's own meta tags.
 * Text is wrapped by an estimate of Noto Sans widths, and never runs off the card.
 */
import { designTokens } from "../../src/lib/tokens.ts";
import { escapeMarkup as esc } from "../model/text.ts";

export interface CardText {
  /** The site's name, at the top of the card. */
  site: string;
  label: string;
  title: string;
  description: string;
}

/** Approximate advance of a character in Noto Sans, in em. */
function advance(ch: string, bold: boolean): number {
  const base = ch.normalize("NFD")[0]!;
  let w = /[ilIj.,:;'|!()[\]]/.test(base)
    ? 0.28
    : /[mwMW]/.test(base)
      ? 0.86
      : /[A-ZĐ0-9]/.test(base)
        ? 0.64
        : base === " "
          ? 0.26
          : /[–—]/.test(base)
            ? 0.6
            : 0.54;
  if (bold) w *= 1.06;
  return w;
}

/** Breaks `text` into lines at most `width` px wide at `size` px; the last line ends in “…” if cut. */
export function wrap(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => [...s].reduce((n, c) => n + advance(c, bold), 0) * size <= width;
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) {
      let last = lines[maxLines - 1]!;
      while (!fits(`${last}…`) && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
      lines[maxLines - 1] = `${last.replace(/[\s.,;:–-]+$/, "")}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines);
}

/** The colours of the light theme (src/styles/global.css), so previews look like the site. */
const COLOURS = (({ text, muted, bg, accent, link }) => ({ text, muted, bg, accent, link }))(designTokens().light) as Record<
  "text" | "muted" | "bg" | "accent" | "link",
  string
>;

export function cardSvg(card: CardText): string {
  const c = COLOURS;
  const W = 1200,
    H = 630,
    X = 80,
    width = W - 2 * X;
  const title = wrap(card.title, 60, width, 3, true);
  const titleTop = 200;
  const descTop = titleTop + title.length * 74 + 30;
  const desc = wrap(card.description, 32, width, Math.max(1, Math.floor((H - 90 - descTop) / 46)));
  const lines = (ls: string[], y: number, step: number, cls: string) =>
    ls.map((l, i) => `<text x="${X}" y="${y + i * step}" class="${cls}">${esc(l)}</text>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<style>text{font-family:'Noto Sans'}.site{font-size:30px;fill:${c.muted}}` +
    `.label{font-size:32px;font-weight:700;fill:${c.accent}}.title{font-size:60px;font-weight:700;fill:${c.text}}` +
    `.desc{font-size:32px;fill:${c.text}}</style>` +
    `<rect width="${W}" height="${H}" fill="${c.bg}"/><rect width="24" height="${H}" fill="${c.accent}"/>` +
    `<rect x="0" y="${H - 12}" width="${W}" height="12" fill="${c.link}"/>` +
    `<text x="${X}" y="84" class="site">${esc(card.site)}</text>` +
    `<text x="${X}" y="142" class="label">${esc(wrap(card.label, 32, width, 1, true)[0] ?? "")}</text>` +
    lines(title, titleTop + 52, 74, "title") +
    lines(desc, descTop + 32, 46, "desc") +
    `</svg>`
  );
}
