/** The SVG pieces of src/lib/svg.ts, as the charts and maps write them. */
import { describe, expect, it } from "vitest";
import { namedSvg, stretchedSvg } from "../../src/lib/svg.ts";

describe("the SVG of the drawings", () => {
  it("stretches a decorative drawing to its box, hidden from assistive technology", () => {
    expect(stretchedSvg("goal-bar", 1000, 14, '<rect x="0"/>')).toBe(
      '<svg class="goal-bar" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true" focusable="false" ' +
        'xmlns="http://www.w3.org/2000/svg"><rect x="0"/></svg>',
    );
  });

  it("names a drawing that is an image of its own by its title", () => {
    expect(namedSvg("verdict-bar", 480, 30, "bieu-do", "Hải Phòng (cũ): 11/18", "")).toBe(
      '<svg class="verdict-bar" viewBox="0 0 480 30" role="img" aria-labelledby="bieu-do" xmlns="http://www.w3.org/2000/svg">' +
        '<title id="bieu-do">Hải Phòng (cũ): 11/18</title></svg>',
    );
  });
});
