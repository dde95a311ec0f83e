import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedDir, hashInputs } from "../../scripts/cache/dir-cache.ts";
import { imageCache, imageKey } from "../../scripts/previews/cache.ts";

const project = () => {
  const root = mkdtempSync(join(tmpdir(), "bc-cache-"));
  mkdirSync(join(root, "src/a"), { recursive: true });
  writeFileSync(join(root, "src/a/page.astro"), "<h1>Hải Dương</h1>");
  writeFileSync(join(root, "config.mjs"), "export default {}");
  return root;
};

describe("the build cache", () => {
  it("keys a step by the paths and bytes of its inputs, and by extra strings", () => {
    const root = project();
    const key = hashInputs(root, ["src", "config.mjs"], ["v22"]);
    expect(hashInputs(root, ["src", "config.mjs"], ["v22"])).toBe(key);
    expect(hashInputs(root, ["src", "config.mjs"], ["v24"])).not.toBe(key);
    writeFileSync(join(root, "src/a/page.astro"), "<h1>Hải Phòng</h1>");
    expect(hashInputs(root, ["src", "config.mjs"], ["v22"])).not.toBe(key);
    // A file left out by the filter does not count.
    writeFileSync(join(root, "src/a/notes.txt"), "x");
    const kept = (f: string) => !f.endsWith(".txt");
    const before = hashInputs(root, ["src", "config.mjs"], ["v22"], kept);
    writeFileSync(join(root, "src/a/notes.txt"), "y");
    expect(hashInputs(root, ["src", "config.mjs"], ["v22"], kept)).toBe(before);
    expect(hashInputs(root, ["src", "config.mjs"], ["v22"])).not.toBe(before);
  });

  it("makes an output once, then copies it back byte for byte while the key is the same", async () => {
    const root = project();
    const out = join(root, "dist");
    let made = 0;
    const make = () => {
      made++;
      mkdirSync(join(out, "x"), { recursive: true });
      writeFileSync(join(out, "x/index.html"), `<p>build ${made}</p>`);
    };
    expect(await cachedDir(root, "step", "k1", out, make)).toBe(false);
    writeFileSync(join(out, "x/index.html"), "changed by a later stage");
    expect(await cachedDir(root, "step", "k1", out, make)).toBe(true);
    expect(readFileSync(join(out, "x/index.html"), "utf8")).toBe("<p>build 1</p>");
    // Another key makes it again, and keeps only the newest entry.
    expect(await cachedDir(root, "step", "k2", out, make)).toBe(false);
    expect([made, existsSync(join(root, ".cache/step/k1")), existsSync(join(root, ".cache/step/k2"))]).toEqual([2, false, true]);
  });

  it("keeps nothing when BUILD_CACHE=off", async () => {
    const root = project();
    process.env.BUILD_CACHE = "off";
    try {
      const out = join(root, "dist");
      const make = () => {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, "a"), "a");
      };
      expect(await cachedDir(root, "step", "k", out, make)).toBe(false);
      expect(await cachedDir(root, "step", "k", out, make)).toBe(false);
      expect(existsSync(join(root, ".cache"))).toBe(false);
      expect(imageCache(root).get(imageKey("<svg/>"))).toBeUndefined();
    } finally {
      delete process.env.BUILD_CACHE;
    }
  });

  it("keeps a preview image under the hash of its card's SVG, the renderer and the fonts", () => {
    const root = project();
    const cache = imageCache(root);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(imageKey("<svg>a</svg>")).toMatch(/^[0-9a-f]{64}$/);
    expect(imageKey("<svg>a</svg>")).not.toBe(imageKey("<svg>b</svg>"));
    cache.set(imageKey("<svg>a</svg>"), png);
    expect([...imageCache(root).get(imageKey("<svg>a</svg>"))!]).toEqual([...png]);
    expect(imageCache(root).get(imageKey("<svg>b</svg>"))).toBeUndefined();
  });
});
