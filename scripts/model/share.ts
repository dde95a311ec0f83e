/**
 * Share addresses (PRODUCT.md, “a short share address per paragraph, row and chart”): every element
 * that gets a copy-link control inside an area marked `data-share` (a section page's and an
 * indicator page's article) has a page of its own at `/l/<code>/`, whose preview quotes it and which
 * leads to it (scripts/publish/share-pages.ts). The browser's copy-link control (src/scripts/copy-link.ts)
 * and the build both take the rules from here, so a control never copies an address the build did not write.
 * No I/O: this module is also bundled for the browser.
 */

/** Where the share pages live: `/l/` (“liên kết”), then the code. */
export const SHARE_PREFIX = "/l/";

/** Elements with an id that get a copy-link control (and, in a `data-share` area, a share page). */
export const LINK_TARGET_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "figure", "section"] as const;
/** Inside these (element names), no control: navigation and asides. */
export const UNLINKED_TAGS = ["nav", "aside"] as const;
/** Inside these (classes), no control: footnotes, the citation box, text for screen readers only. */
export const UNLINKED_CLASSES = ["footnotes", "cite-this", "visually-hidden"] as const;

/** The selectors of the rules above, for the browser (`querySelectorAll`, `closest`). */
export const LINK_TARGETS = LINK_TARGET_TAGS.map((t) => `${t}[id]`).join(", ");
export const UNLINKED = [...UNLINKED_TAGS, ...UNLINKED_CLASSES.map((c) => `.${c}`)].join(", ");

/** The attribute that marks an area whose anchors have share pages. */
export const SHARE_AREA_ATTRIBUTE = "data-share";

/** Crockford's base 32 in lower case: no i, l, o or u, so a code read aloud or typed is not misread. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
/** Characters of a code: 40 bits, so that two of the site's ~2 000 anchors share one with a chance of about 1 in 500 000 (the build stops if they do). */
export const CODE_LENGTH = 8;

/**
 * cyrb53 (bryc, public domain): a 53-bit hash of a string from 32-bit integer steps, the same in
 * every browser and in Node. Part of the published contract: changing it changes every share address.
 */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The code of an anchor: a hash of the page's path and the id (`/tai-lieu/x/y/#p1`), so it is the
 * same in every build for as long as the anchor is (the manifest keeps both).
 */
export function shareCode(pagePath: string, id: string): string {
  let n = Math.floor(hash53(`${pagePath}#${id}`) / 2 ** 13); // the top 40 bits
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    code = ALPHABET[n % 32]! + code;
    n = Math.floor(n / 32);
  }
  return code;
}

/** The share address of an anchor, as a path: `/l/<code>/`. */
export const sharePath = (pagePath: string, id: string): string => `${SHARE_PREFIX}${shareCode(pagePath, id)}/`;

/** True for a share page's path (`/l/<code>/`), which site-wide checks treat apart from the site's pages. */
export const isSharePath = (path: string): boolean => path.startsWith(SHARE_PREFIX);
