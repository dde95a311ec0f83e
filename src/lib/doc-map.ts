/**
 * The map of one document: the other four documents on the left (joined by their relation, if the
 * metadata states one), the documents it cites on the right (the most cited first), the document
 * itself in the middle. Every label is HTML, laid out by the browser in whatever font the reader
 * has (it wraps, it never clips); the connecting curves are an SVG stretched over the gap between
 * the columns. Each column's items share its height equally (CSS grid rows of 1fr), so the centre
 * of item i of n is at (i + ½)/n of the height, whatever the labels' widths, and that is where its
 * curve ends. On a narrow screen the columns stack and the curves are left out.
 */
import { linkHorizontal } from "d3";
import { escapeMarkup as esc } from "../../scripts/model/text.ts";

/** A document on the map: `edge` is its relation to this one, `note` a word after it (how often it is cited). */
export interface MapNode {
  label: string;
  url: string;
  edge?: string | undefined;
  note?: string;
}

/** The curves' drawing space: 100 units across the gap, 1000 down the map (stretched to fit). */
const GAP_W = 100,
  GAP_H = 1000;

/** The vertical centre of item i of n, in the curves' units. */
export const rowCentre = (i: number, n: number): number => ((i + 0.5) / n) * GAP_H;

/** A label, escaped, with document numbers (30-NQ/TW, 41-CTr/TU) kept on one line. */
const text = (s: string): string =>
  s
    .split(/(\S*\d\S*[-/]\S+)/)
    .map((part, i) => (i % 2 ? `<span class="map-code">${esc(part)}</span>` : esc(part)))
    .join("");

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/** The curves from one column's items to the middle: `side` is where the items are. */
function curves(nodes: MapNode[], side: "left" | "right"): string {
  const paths = nodes.map((n, i) => {
    const y = rowCentre(i, nodes.length);
    const ends: [[number, number], [number, number]] =
      side === "left"
        ? [
            [0, y],
            [GAP_W, GAP_H / 2],
          ]
        : [
            [0, GAP_H / 2],
            [GAP_W, y],
          ];
    return `<path d="${link({ source: ends[0], target: ends[1] })}" class="${n.edge ? "map-line" : "map-line map-line-weak"}" vector-effect="non-scaling-stroke"/>`;
  });
  return `<svg class="map-links map-links-${side}" viewBox="0 0 ${GAP_W} ${GAP_H}" preserveAspectRatio="none" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">${paths.join("")}</svg>`;
}

function items(nodes: MapNode[], cls: string, labelledBy: string): string {
  return `<ul class="map-col ${cls}" aria-labelledby="${labelledBy}">${nodes.map((n) => `<li class="${n.edge ? "map-related" : "map-plain"}"><span><a href="${esc(n.url)}">${text(n.label)}</a>${n.note ? ` <span class="map-note">${esc(n.note)}</span>` : ""}</span>${n.edge ? ` <span class="map-edge">${esc(n.edge)}</span>` : ""}</li>`).join("")}</ul>`;
}

/**
 * The map as HTML: a group named by a hidden title (`id`), each column a list named by the line
 * over it (`titles`); a document that cites nothing says so.
 */
export function documentMap(
  current: string,
  others: MapNode[],
  cited: MapNode[],
  id: string,
  titles = { others: "Các tài liệu khác", cited: "Văn bản được trích dẫn" },
): string {
  const right =
    cited.length > 0
      ? `${curves(cited, "right")}${items(cited, "map-cited", `${id}--trich-dan`)}`
      : `<p class="map-col map-cited map-none">Không trích dẫn văn bản nào.</p>`;
  return (
    `<div class="doc-map" role="group" aria-labelledby="${id}"><p class="visually-hidden" id="${id}">${esc(`Quan hệ của ${current} với các tài liệu khác và các văn bản nó trích dẫn`)}</p>` +
    `<p class="map-head map-head-others" id="${id}--tai-lieu-khac">${esc(titles.others)}</p><p class="map-head map-head-cited" id="${id}--trich-dan">${esc(titles.cited)}</p>` +
    `${items(others, "map-others", `${id}--tai-lieu-khac`)}${curves(others, "left")}<p class="map-self">${text(current)}</p>${right}</div>`
  );
}
