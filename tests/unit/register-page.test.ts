/** The register of cited documents (src/lib/register-page.ts) and the glossary page (src/lib/glossary-page.ts), on the real data. */
import "../site-data.ts";
import { countByDocument } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import { abbreviationPattern, glossaryDescription, glossaryTerms } from "../../src/lib/glossary-page.ts";
import { citationCount, issuedWhere, registerByKind, registerDescription, relationWords } from "../../src/lib/register-page.ts";
import { citedDocuments, countWord, documents, glossary, pageTexts } from "../../src/lib/site.ts";

const cited = (slug: string) => citedDocuments().find((e) => e.slug === slug)!;

/** The reading pages that use GRDP, by document slug. */
const GRDP_PAGES = {
  "bao-cao-chinh-tri-hai-duong-2020-2025": 5,
  "bao-cao-kinh-te-xa-hoi-hai-duong-2023-2024": 3,
  "chuong-trinh-hanh-dong-nghi-quyet-30-hai-duong": 1,
  "nghi-quyet-hdnd-hai-duong-ke-hoach-2024": 1,
  "bao-cao-chinh-tri-hai-phong-2025-2030": 6,
};

describe("the register of cited documents", () => {
  it("groups the documents by kind, in the order kinds first appear, each kind's section named by it", () => {
    expect(registerByKind(citedDocuments()).map((k) => `${k.id} ${k.entries.length}`)).toEqual([
      "loai-Báo-cáo 1",
      "loai-Chỉ-thị 2",
      "loai-Chương-trình 2",
      "loai-Kế-hoạch 1",
      "loai-Kết-luận 3",
      "loai-Nghị-định 3",
      "loai-Nghị-quyết 19",
      "loai-Quy-định 1",
      "loai-Quyết-định 5",
    ]);
  });

  it("counts the citations, and says so in its description", () => {
    const places = citedDocuments().flatMap((e) => e.places);
    expect(countByDocument(places, (p) => p.doc)).toMatchObject({
      "bcct-hai-duong-2025": 4,
      "bc-kt-xh-hai-duong-2023": 9,
      "ctr-nq30-hai-duong": 21,
      "nq-hdnd-hai-duong-2023": 1,
      "bcct-hai-phong-2025": 22,
    });
    expect(citationCount(citedDocuments())).toBe(places.length);
    // The five sources cite 37 documents 57 times; the counts come from the data, the documents' count in words.
    expect(registerDescription(citedDocuments()).split(") ")).toEqual([
      `${citedDocuments().length} văn bản (nghị quyết, quyết định, chỉ thị, kết luận…`,
      `được ${countWord(documents().length)} báo cáo trích dẫn ${places.length} lần, mỗi lần một liên kết về đúng chỗ.`,
    ]);
  });

  it("says when and by whom a document was issued, as far as the citing sentences say", () => {
    expect(issuedWhere(cited("216-bc-ubnd"))).toBe("ngày 4/12/2023, của Ủy ban nhân dân tỉnh");
    expect(issuedWhere(cited("05-ct-tw"))).toBe("của Trung ương Đảng");
    expect(issuedWhere({ ...cited("05-ct-tw"), issuer: undefined })).toBe("Tài liệu không ghi ngày và cơ quan ban hành ở chỗ trích dẫn.");
  });

  it("words how our documents relate to a cited one", () => {
    expect(cited("30-nq-tw").related.map((r) => `${r.title}: ${relationWords(r.relation)}`)).toEqual([
      "Chương trình hành động NQ 30-NQ/TW: thực hiện",
    ]);
    expect(relationWords("unknown")).toBe("unknown");
  });
});

describe("the glossary page", () => {
  it("lists the abbreviations in Vietnamese order, each with the reading pages that use it as a word of its own", () => {
    const terms = glossaryTerms(glossary(), pageTexts());
    expect(terms).toHaveLength(30);
    expect(terms.slice(0, 4).map((t) => `${t.abbr} #${t.id}: ${t.pages.length}`)).toEqual([
      "BHXH #bhxh: 2",
      "BHYT #bhyt: 6",
      "CBCC #cbcc: 1",
      "CCHC #cchc: 1",
    ]);
    const grdp = terms.find((t) => t.abbr === "GRDP")!.pages;
    expect(countByDocument(grdp, (p) => p.url.split("/")[2]!)).toMatchObject(GRDP_PAGES);
    expect(terms.filter((t) => t.pages.length === 0).map((t) => t.abbr)).toEqual(["KT-XH", "NTM"]);
    expect(glossaryDescription(terms.length)).toBe(
      "30 chữ viết tắt các báo cáo dùng (UBND, HĐND, KT-XH, GRDP, FDI, NTM…), nghĩa đầy đủ và nơi dùng.",
    );
  });

  it("finds an abbreviation only as a word of its own", () => {
    const ubnd = abbreviationPattern("UBND");
    expect(["UBND tỉnh", "(UBND)", "UBNDX", "XUBND", "UBND2"].map((s) => ubnd.test(s))).toEqual([true, true, false, false, false]);
    expect(abbreviationPattern("KT-XH").test("phát triển KT-XH.")).toBe(true);
  });
});
