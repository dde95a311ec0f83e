import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildError } from "../../scripts/model/diagnostics.ts";
import { collectPublished, mainIds } from "../../scripts/publish/collect.ts";
import { formatManifest, parseManifest } from "../../scripts/publish/manifest.ts";
import { publish } from "../../scripts/publish.ts";

const ECONOMY = "/tai-lieu/bao-cao-chinh-tri-hai-duong-2020-2025/phan-1-i-1-linh-vuc-kinh-te/";
const page = (ids: string[]) =>
  `<html><head><title>x</title></head><body><header id="dau-trang"></header><main ` +
  `id="noi-dung">${ids.map((id) => `<p id="${id}">Văn bản</p>`).join("")}</main></body></html>`;

/** A project with a two-page site, its manifest and the given redirects. */
function project(redirects = ""): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), "bc-publish-"));
  const dist = join(root, "dist");
  for (const [url, ids] of [
    ["/", []],
    [ECONOMY, ["phan-1-a-i-1-linh-vuc-kinh-te", "phan-1-a-i-1-linh-vuc-kinh-te-p1", "phan-1-a-i-1-linh-vuc-kinh-te-p2"]],
  ] as const) {
    mkdirSync(join(dist, url), { recursive: true });
    writeFileSync(join(dist, url, "index.html"), page([...ids]));
  }
  mkdirSync(join(root, "content"));
  writeFileSync(join(root, "content/site.yml"), "origin: https://bao-cao.example\nfeedback: gop-y@bao-cao.example\n");
  writeFileSync(join(root, "content/published.txt"), formatManifest(collectPublished(dist)));
  if (redirects) writeFileSync(join(root, "content/redirects.yml"), redirects);
  return { root, dist };
}

const errorOf = async (f: () => Promise<unknown>): Promise<string> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof BuildError) return e.message;
    throw e;
  }
  return "";
};

describe("the gate on what readers see, in the build", () => {
  it("stops publishing at a page whose text shows Markdown, naming the file and line (004 Phụ lục 1's row 847 as it was)", async () => {
    const { root, dist } = project();
    const leaking = page(["phan-1-a-i-1-linh-vuc-kinh-te"]).replace(
      '<p id="phan-1-a-i-1-linh-vuc-kinh-te">Văn bản</p>',
      '<p id="phan-1-a-i-1-linh-vuc-kinh-te">[Tốc độ tăng trưởng GRDP (giá so sánh 2010)<sup>73</sup>](/chi-tieu/tang-truong-grdp/)</p>',
    );
    writeFileSync(join(dist, ECONOMY, "index.html"), leaking.replace("<main", "\n<main"));
    const message = await errorOf(() => publish(root, dist));
    expect(message).toContain(
      `dist${ECONOMY}index.html:2: ${ECONOMY}: Markdown link syntax in the text: ` +
        "“](/chi-tieu/tang-truong-grdp/)”, expected only the document's words (publish/reader-text)",
    );
  });
});

describe("the manifest of published URLs", () => {
  it("lists each page's anchors inside <main> only, in page order", () => {
    expect(mainIds(page(["a", "b"]))).toEqual(["noi-dung", "a", "b"]);
    const { dist } = project();
    expect(
      readFileSync(join(dist, "..", "content/published.txt"), "utf8")
        .split("\n")
        .slice(3),
    ).toEqual([
      "/",
      "  #noi-dung",
      ECONOMY,
      "  #noi-dung",
      "  #phan-1-a-i-1-linh-vuc-kinh-te",
      "  #phan-1-a-i-1-linh-vuc-kinh-te-p1",
      "  #phan-1-a-i-1-linh-vuc-kinh-te-p2",
      "",
    ]);
  });

  it("stops the build, naming the manifest line, when a published anchor or page disappears", async () => {
    const { root, dist } = project();
    writeFileSync(join(dist, ECONOMY, "index.html"), page(["phan-1-a-i-1-linh-vuc-kinh-te", "phan-1-a-i-1-linh-vuc-kinh-te-p1"]));
    expect(await errorOf(() => publish(root, dist))).toBe(
      `content/published.txt:10: ${ECONOMY}#phan-1-a-i-1-linh-vuc-kinh-te-p2 is published but ` +
        "the site no longer has it, expected the page or anchor, " +
        `or a redirect from “${ECONOMY}#phan-1-a-i-1-linh-vuc-kinh-te-p2” in content/redirects.yml (published-url)`,
    );
    rmSync(join(dist, ECONOMY), { recursive: true });
    // The page and its four anchors.
    expect((await errorOf(() => publish(root, dist))).split("\n")).toHaveLength(5);
  });

  it("accepts a declared redirect and writes a page at the old address that works without a server", async () => {
    const { root, dist } = project(`redirects:\n  - from: ${ECONOMY}\n    to: /\n`);
    rmSync(join(dist, ECONOMY), { recursive: true });
    expect(await publish(root, dist)).toMatchObject({ pages: 1, redirects: 1 });
    const html = readFileSync(join(dist, ECONOMY, "index.html"), "utf8");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/">');
    expect(html).toContain('<a href="/">/</a>');
    expect(html).toContain('data-moves="{&quot;*&quot;:&quot;/&quot;}"');
  });

  it("keeps a moved anchor working on the same page with its old id just before the new place", async () => {
    const { root, dist } = project(`redirects:\n  - from: ${ECONOMY}#phan-1-a-i-1-linh-vuc-kinh-te-p2\n    to: ${ECONOMY}#doan-moi\n`);
    writeFileSync(
      join(dist, ECONOMY, "index.html"),
      page(["phan-1-a-i-1-linh-vuc-kinh-te", "phan-1-a-i-1-linh-vuc-kinh-te-p1", "doan-moi"]),
    );
    expect(await errorOf(() => publish(root, dist))).toContain(
      "1 published URLs or anchors are not in the manifest yet (first: " + ECONOMY + "#doan-moi)",
    );
    await publish(root, dist, { updateManifest: true });
    expect(readFileSync(join(dist, ECONOMY, "index.html"), "utf8")).toContain(
      '<span id="phan-1-a-i-1-linh-vuc-kinh-te-p2"></span><p id="doan-moi">',
    );
    // The manifest keeps the old anchor, under its page, after the anchors the page has now.
    expect(readFileSync(join(root, "content/published.txt"), "utf8")).toContain("  #doan-moi\n  #phan-1-a-i-1-linh-vuc-kinh-te-p2\n");
  });

  it("refuses a redirect to a place the site does not have, naming its line", async () => {
    const { root, dist } = project(`redirects:\n  - from: /cu/\n    to: /khong-co/\n`);
    expect(await errorOf(() => publish(root, dist))).toBe(
      "content/redirects.yml:2: the redirect from /cu/ goes to /khong-co/, which the site does not have, expected a published page or anchor (redirects)",
    );
  });

  it("reads a bad manifest line as an error with its line", () => {
    expect(parseManifest("# c\n/a/\n  #x\nkhông phải URL\n").problems.map((p) => p.line)).toEqual([4]);
  });
});
