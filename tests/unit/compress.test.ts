/** Build-time gzip copies (scripts/deploy/compress.ts): which files get one, and the cache of copies. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compressSite, gzipStore } from "../../scripts/deploy/compress.ts";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A project with a small dist/: a section page, a share page, a tiny file and an image. */
function project(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), "bc-compress-"));
  temps.push(root);
  const dist = join(root, "dist");
  const page = `<!doctype html><html lang="vi"><body>${"<p>Tăng trưởng kinh tế bình quân đạt 8,39%/năm.</p>".repeat(40)}</body></html>`;
  const files: Record<string, string> = {
    "tai-lieu/a/index.html": page,
    "l/0a1b2c3d/index.html": page,
    "robots.txt": "User-agent: *\n",
    "tai-lieu/a/xem-truoc.png": "PNG".repeat(200),
  };
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    writeFileSync(join(dist, f), text);
  }
  return { root, dist };
}

const gzFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".gz"))
    .sort();

describe("gzip copies", () => {
  it("are made for text files of 256 bytes or more, but not for share pages, tiny files or images", () => {
    const { dist } = project();
    expect(compressSite(dist).files).toBe(1);
    expect(gzFiles(dist)).toEqual(["tai-lieu/a/index.html.gz"]);
  });

  it("come from .cache/gzip/ on a rebuild, byte for byte what compressing again writes, and BUILD_CACHE=off keeps none", () => {
    const { root, dist } = project();
    const first = compressSite(dist, gzipStore(root, true));
    const made = readFileSync(join(dist, "tai-lieu/a/index.html.gz"));
    const again = compressSite(dist, gzipStore(root, true));
    expect([first.fromCache, again.fromCache]).toEqual([0, 1]);
    expect(readFileSync(join(dist, "tai-lieu/a/index.html.gz")).equals(made)).toBe(true);
    const off = compressSite(dist, gzipStore(root, false));
    expect(off.fromCache).toBe(0);
    expect(readFileSync(join(dist, "tai-lieu/a/index.html.gz")).equals(made)).toBe(true);
  });

  it("are all removed and none written when turned off (DEPLOY_GZIP=off, for a static host)", () => {
    const { dist } = project();
    compressSite(dist);
    expect(compressSite(dist, undefined, false).files).toBe(0);
    expect(gzFiles(dist)).toEqual([]);
  });

  it("of files the site no longer has are removed from the cache", () => {
    const { root, dist } = project();
    compressSite(dist, gzipStore(root, true));
    writeFileSync(join(dist, "tai-lieu/a/index.html"), `<!doctype html><p>${"Một câu được thêm vào. ".repeat(30)}</p>`);
    compressSite(dist, gzipStore(root, true));
    expect(readdirSync(join(root, ".cache/gzip"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".gz"))).toHaveLength(1);
  });
});
