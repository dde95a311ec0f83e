import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildErrors } from "../helpers.ts";
import { buildData } from "../../scripts/build.ts";
import { readRegions } from "../../scripts/ingest/read-regions.ts";
import { designTokens } from "../../src/lib/tokens.ts";

const ROOT = join(import.meta.dirname, "../..");

/** A project whose content/regions.yml is `text`. */
function withRegions(text: string): string {
  const root = mkdtempSync(join(tmpdir(), "bc-regions-"));
  mkdirSync(join(root, "content"));
  writeFileSync(join(root, "content/regions.yml"), text);
  return root;
}

const BAC_NINH = `  - id: bac-ninh
    name: Tỉnh Bắc Ninh
    shortName: Bắc Ninh
    color: "#0f6b4f"
    colorDark: "#7fd8b4"
`;

describe("the regions are data: content/regions.yml", () => {
  it("reads the project's three regions, the former units merged into the merged city", () => {
    expect(readRegions(ROOT).data.map((r) => [r.id, r.shortName, r.mergedInto])).toEqual([
      ["hai-duong", "Hải Dương (cũ)", "hai-phong-moi"],
      ["hai-phong", "Hải Phòng (cũ)", "hai-phong-moi"],
      ["hai-phong-moi", "Hải Phòng (mới)", undefined],
    ]);
  });

  it("reports an id listed twice and a mergedInto that names no region, each at its line", () => {
    const root = withRegions(readFileSync(join(import.meta.dirname, "../fixtures/bad/regions.yml"), "utf8"));
    expect(buildErrors(() => readRegions(root))).toEqual([
      'content/regions.yml:9: duplicate id "hai-duong" (ingest/regions)',
      'content/regions.yml:8: mergedInto "hai-phong-sau" is not another region\'s id, expected the id of another region of this file (ingest/regions)',
    ]);
  });

  it("reports a missing field and a colour that is not #rrggbb at the region's lines", () => {
    const root = withRegions(`regions:\n  - id: bac-ninh\n    name: Tỉnh Bắc Ninh\n    color: "#0F6B4F"\n    colorDark: "#7fd8b4"\n`);
    expect(buildErrors(() => readRegions(root))).toEqual([
      "content/regions.yml:2: regions.0.shortName: Invalid input: expected string, received undefined (ingest/regions-schema)",
      "content/regions.yml:4: regions.0.color: a colour as #rrggbb, lowercase (ingest/regions-schema)",
    ]);
  });

  it("takes a region added as data, with no code change, to the documents, the data contract and the styles", () => {
    const root = mkdtempSync(join(tmpdir(), "bc-regions-project-"));
    cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
    writeFileSync(join(root, "content/regions.yml"), `${readFileSync(join(ROOT, "content/regions.yml"), "utf8")}${BAC_NINH}`);
    // The action programme (002) moved to the new region; its values keep the regions indicators.yml gives them.
    const meta = readFileSync(join(root, "content/sources/sources.yml"), "utf8");
    const at = meta.indexOf("id: ctr-nq30-hai-duong");
    writeFileSync(
      join(root, "content/sources/sources.yml"),
      meta.slice(0, at) + meta.slice(at).replace("region: hai-duong", "region: bac-ninh"),
    );
    const out = buildData(root, join(root, "generated")).outDir;
    expect(readdirSync(out)).toContain("regions.css");
    const site = JSON.parse(readFileSync(join(out, "site.json"), "utf8")) as { documents: { meta: { id: string }; regionLabel: string }[] };
    expect(site.documents.find((d) => d.meta.id === "ctr-nq30-hai-duong")!.regionLabel).toBe("Tỉnh Bắc Ninh");
    const schema = JSON.parse(readFileSync(join(out, "du-lieu/chi-tieu.schema.json"), "utf8")) as {
      properties: { indicators: { items: { properties: { values: { items: { properties: { region: { enum: string[] } } } } } } } };
    };
    expect(schema.properties.indicators.items.properties.values.items.properties.region.enum).toEqual([
      "hai-duong",
      "hai-phong",
      "hai-phong-moi",
      "bac-ninh",
    ]);
    const css = readFileSync(join(out, "regions.css"), "utf8");
    expect(css).toContain("  --region-bac-ninh: #0f6b4f;\n");
    expect(css).toContain("    --region-bac-ninh: #7fd8b4;\n");
    expect(css).toContain(".goal-chart .series-bac-ninh .goal-bar {\n  color: var(--region-bac-ninh);\n}");
    const tokens = designTokens(readFileSync(join(ROOT, "src/styles/global.css"), "utf8"), css);
    expect([tokens.light["region-bac-ninh"], tokens.dark["region-bac-ninh"]]).toEqual(["#0f6b4f", "#7fd8b4"]);
  }, 60_000);
});
