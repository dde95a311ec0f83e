import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgetFileHashes, mergeInputs, pageKey, pageName, valueHash } from "../../scripts/cache/page-inputs.ts";

// Two section pages of 000 and the index every page reads, as the data build writes them.
const generated = () => {
  const dir = mkdtempSync(join(tmpdir(), "bc-page-inputs-"));
  mkdirSync(join(dir, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025"), { recursive: true });
  writeFileSync(join(dir, "site.json"), '{"documents":[]}\n');
  writeFileSync(
    join(dir, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi.md"),
    "Mạng lưới trường lớp được rà soát, sắp xếp ngày càng hợp lý, phù hợp với điều kiện thực tế của địa phương.\n",
  );
  writeFileSync(join(dir, "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/mo-dau.md"), "Mở đầu\n");
  return dir;
};
const SECTION = "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-2-linh-vuc-van-hoa-xa-hoi.md";
const OTHER = "tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/mo-dau.md";

describe("the inputs of a page", () => {
  it("key a page by the files it read and those every page read, not by the other files", () => {
    const dir = generated();
    const key = () => {
      forgetFileHashes();
      return pageKey(dir, "code-1", ["site.json"], [SECTION], {});
    };
    const first = key();
    writeFileSync(join(dir, OTHER), "Mở đầu, sửa\n");
    expect(key()).toBe(first);
    writeFileSync(join(dir, SECTION), "Mạng lưới trường lớp được rà soát. Một câu được thêm vào.\n");
    const edited = key();
    expect(edited).not.toBe(first);
    writeFileSync(join(dir, "site.json"), '{"documents":[1]}\n');
    expect(key()).not.toBe(edited);
    expect(pageKey(dir, "code-2", ["site.json"], [SECTION], {})).not.toBe(key());
  });

  it("count a derived value by its hash, whatever files it came from", () => {
    const dir = generated();
    const sections = [{ url: "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/mo-dau/", title: "Mở đầu", docTitle: "Báo cáo chính trị" }];
    const key = (value: unknown) => pageKey(dir, "code-1", [], [], { "related-sections:tang-truong-grdp": valueHash(value) });
    expect(key(sections)).toBe(key([...sections]));
    expect(key([])).not.toBe(key(sections));
  });

  it("are kept for the pages restored from the cache, replaced for those rendered, and forgotten when the code changed", () => {
    const a = pageName("/tai-lieu/[doc]/[section]", { section: "mo-dau", doc: "bao-cao-chinh-tri-hai-duong-2020-2025" });
    const b = pageName("/tai-lieu/[doc]/[section]", {
      doc: "bao-cao-chinh-tri-hai-duong-2020-2025",
      section: "phan-1-i-2-linh-vuc-van-hoa-xa-hoi",
    });
    expect(a).toBe('/tai-lieu/[doc]/[section] [["doc","bao-cao-chinh-tri-hai-duong-2020-2025"],["section","mo-dau"]]');
    const previous = mergeInputs(undefined, "code-1", [
      { global: ["site.json"] },
      { page: a, pathname: "/a/", inputs: [OTHER], derived: {} },
      { page: b, pathname: "/b/", inputs: [SECTION], derived: {} },
    ]);
    const next = mergeInputs(previous, "code-1", [
      { global: ["site.json"] },
      { page: b, pathname: "/b/", inputs: [SECTION, "quotes.json"], derived: {} },
    ]);
    expect(next.pages[a]!.inputs).toEqual([OTHER]);
    expect(next.pages[b]!.inputs).toEqual([SECTION, "quotes.json"]);
    expect(Object.keys(mergeInputs(previous, "code-2", [{ global: [] }]).pages)).toEqual([]);
  });
});
