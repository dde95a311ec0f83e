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
import { keepTogether } from "./keep-together.ts";
import { stretchedSvg } from "./svg.ts";
import type { CitedDocument, DocumentIndex } from "../../scripts/model/generated.ts";

/**
 * A document on the map: `edge` is what this document is to it, worded to be read before its
 * name (“thực hiện”, “được tán thành bởi”); `note` a word after it (how often it is cited).
 */
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

/** A label, escaped, with document numbers, place names and counts kept on one line. */
const text = keepTogether;

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
    const cls = n.edge ? "map-line" : "map-line map-line-weak";
    return `<path d="${link({ source: ends[0], target: ends[1] })}" class="${cls}" vector-effect="non-scaling-stroke"/>`;
  });
  return stretchedSvg(`map-links map-links-${side}`, GAP_W, GAP_H, paths.join(""));
}

/**
 * A column of documents. A relation is written over the name, and again, hidden, under it, so
 * that the name stays at the middle of its item, where its curve ends.
 */
function items(nodes: MapNode[], cls: string, labelledBy: string): string {
  const item = (n: MapNode) => {
    const note = n.note ? ` <span class="map-note">${text(n.note)}</span>` : "";
    const name = `<span class="map-name"><a href="${esc(n.url)}">${text(n.label)}</a>${note}</span>`;
    if (!n.edge) return `<li class="map-plain">${name}</li>`;
    const edge = `<span class="map-edge">${esc(n.edge)}</span>`;
    const twin = `<span class="map-edge map-edge-twin" aria-hidden="true">${esc(n.edge)}</span>`;
    return `<li class="map-related">${edge}${name}${twin}</li>`;
  };
  return `<ul class="map-col ${cls}" aria-labelledby="${labelledBy}">${nodes.map(item).join("")}</ul>`;
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
  const name = esc(`Quan hệ của ${current} với các tài liệu khác và các văn bản nó trích dẫn`);
  return (
    `<div class="doc-map" role="group" aria-labelledby="${id}"><p class="visually-hidden" id="${id}">${name}</p>` +
    `<p class="map-head map-head-others" id="${id}--tai-lieu-khac">${esc(titles.others)}</p>` +
    `<p class="map-head map-head-cited" id="${id}--trich-dan">${esc(titles.cited)}</p>` +
    `${items(others, "map-others", `${id}--tai-lieu-khac`)}${curves(others, "left")}` +
    `<p class="map-self">${text(current)}</p>${right}</div>`
  );
}

/**
 * Relations to one document as one phrase read before its name: joined by “và”, a last word
 * they share said once (“đánh giá lại kết quả và thay thế mục tiêu của”).
 */
export function joinRelations(labels: string[]): string | undefined {
  if (labels.length === 0) return undefined;
  const last = (l: string) => l.split(" ").at(-1);
  const shared = labels.every((l) => last(l) === last(labels[0]!));
  return labels.map((l, i) => (shared && i < labels.length - 1 ? l.replace(/ \S+$/, "") : l)).join(" và ");
}

/** How many cited documents the map shows (the full list is under it). */
export const MAP_CITED = 12;

/**
 * What the map of document `d` shows: the other documents of the set, each with what `d` is to
 * it (its relations, joined by “và”), and the documents `d` cites, most cited first (then by
 * number), “thực hiện” where the metadata says `d` implements one. `cited` is every cited
 * document with its count, for the full list.
 */
export function mapOf(d: DocumentIndex, docs: DocumentIndex[], register: CitedDocument[]) {
  const others: MapNode[] = docs
    .filter((o) => o.meta.id !== d.meta.id)
    .map((o) => ({
      label: o.meta.shortTitle,
      url: o.url,
      edge: joinRelations(d.relations.filter((r) => r.url === o.url).map((r) => r.label)),
    }));
  const cited = register
    .map((e) => ({ e, count: e.places.filter((p) => p.doc === d.meta.id).length }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.e.key.localeCompare(b.e.key));
  const shown: MapNode[] = cited.slice(0, MAP_CITED).map(({ e, count }) => ({
    label: `${e.kind} ${e.key}`,
    note: `${count} lần`,
    url: `/van-ban/#${e.slug}`,
    ...(e.related.some((r) => r.title === d.meta.shortTitle) ? { edge: "thực hiện" } : {}),
  }));
  const titles = {
    others: `${others.length} tài liệu còn lại`,
    cited: cited.length > MAP_CITED ? `${MAP_CITED} trong ${cited.length} văn bản được trích dẫn` : "Văn bản được trích dẫn",
  };
  return { others, shown, cited, titles };
}
