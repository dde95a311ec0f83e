import { describe, expect, it } from "vitest";
import { addMovedNotes, keepIdInPlace, pageTitle } from "../../scripts/publish/anchor-moves.ts";

// Điều 1 of the HĐND resolution on the 2024 plan (dieu-1-hoi-dong-nhan-dan-tinh-tan) was split: its part I now has a page of its own.
const NEW_PAGE = "/tai-lieu/nghi-quyet-hdnd-hai-duong-ke-hoach-2024/dieu-1-i-ket-qua-thuc-hien-ke-hoach/";
const oldPage =
  '<html><head></head><body><main id="noi-dung" tabindex="-1"><article><h1 id="dieu-1-hoi-dong-nhan-dan-tinh-tan">Điều 1. ' +
  "Hội đồng nhân dân tỉnh tán thành báo cáo</h1></article></main></body></html>";

describe("a moved anchor, without JavaScript", () => {
  it("keeps its old id on the old page, on a note linking to its new place on another page", () => {
    const html = addMovedNotes(oldPage, [
      { id: "dieu-1-i-1-ket-qua-dat-duoc-p1", to: `${NEW_PAGE}#dieu-1-i-1-ket-qua-dat-duoc-p1`, title: "I. Kết quả thực hiện kế hoạch" },
    ]);
    expect(html).toContain(
      '<main id="noi-dung" tabindex="-1"><p id="dieu-1-i-1-ket-qua-dat-duoc-p1" class="anchor-moved">Nội dung này nay ở trang ' +
        `<a href="${NEW_PAGE}#dieu-1-i-1-ket-qua-dat-duoc-p1">I. Kết quả thực hiện kế hoạch</a>.</p><article>`,
    );
  });

  it("keeps an old id moved to the top of its own page at the page's title", () => {
    expect(keepIdInPlace(oldPage, "trong-trang", undefined)).toContain(
      '<span id="trong-trang"></span><h1 id="dieu-1-hoi-dong-nhan-dan-tinh-tan">',
    );
  });

  it("keeps an old id moved on its page just before its new place, and inside a list item at its start", () => {
    const html = '<main><ul><li id="dieu-1-i-1-m1">1.</li></ul><p id="p2">x</p></main>';
    expect(keepIdInPlace(html, "cu", "p2")).toBe(
      '<main><ul><li id="dieu-1-i-1-m1">1.</li></ul><span id="cu"></span><p id="p2">x</p></main>',
    );
    expect(keepIdInPlace(html, "cu", "dieu-1-i-1-m1")).toBe(
      '<main><ul><li id="dieu-1-i-1-m1"><span id="cu"></span>1.</li></ul><p id="p2">x</p></main>',
    );
  });

  it("names the new page by its title's words", () => {
    expect(pageTitle('<h1 id="x" class="t">I. Kết quả <em>thực hiện</em>\n kế hoạch</h1>')).toBe("I. Kết quả thực hiện kế hoạch");
  });
});
