/** Pieces of the SVG the charts and maps draw at build time. */

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';

/**
 * A decorative drawing stretched to its box (`preserveAspectRatio="none"`): hidden from assistive
 * technology and never focused, since the HTML around it says what it shows; `w` × `h` units.
 */
export const stretchedSvg = (cls: string, w: number, h: number, body: string): string =>
  `<svg class="${cls}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" aria-hidden="true" focusable="false" ${SVG_NS}>` +
  `${body}</svg>`;

/** A drawing that is an image of its own, named by its `<title>` (of id `id`); `w` × `h` units. */
export const namedSvg = (cls: string, w: number, h: number, id: string, title: string, body: string): string =>
  `<svg class="${cls}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${id}" ${SVG_NS}>` +
  `<title id="${id}">${title}</title>${body}</svg>`;
