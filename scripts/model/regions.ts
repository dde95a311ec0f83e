/** The regions the documents are about (content/regions.yml): names and chart colours, as data. */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase ASCII words joined by hyphens");
const colour = z.string().regex(/^#[0-9a-f]{6}$/, "a colour as #rrggbb, lowercase");

/** A region's id: a slug listed in content/regions.yml (checked against the file where it is read). */
export const regionId = slug;
export type Region = z.infer<typeof regionId>;

/** One region: its id, its names, its colours in charts, and the region it was merged into. */
export const regionSchema = z
  .object({
    id: slug,
    /** The long name, as a document's page names its region (“Tỉnh Hải Dương (cũ)”). */
    name: z.string().min(3),
    /** The label of charts, tables and filters (“Hải Dương (cũ)”). */
    shortName: z.string().min(2).max(40),
    color: colour,
    colorDark: colour,
    /** How a sentence names it (“tỉnh Hải Dương”), where that differs from `name` in lower case. */
    inProse: z.string().min(3).optional(),
    /** The region it became part of: that region's goals supersede this one's. */
    mergedInto: slug.optional(),
  })
  .strict();
export type RegionInfo = z.infer<typeof regionSchema>;

export const regionsFileSchema = z.object({ regions: z.array(regionSchema).min(1) }).strict();

/** The stylesheet of the regions' colours: a `--region-<id>` custom property each, light and dark, and the `.series-<id>` rules of the charts. */
export function regionStyles(regions: readonly RegionInfo[]): string {
  const vars = (key: "color" | "colorDark", indent: string) => regions.map((r) => `${indent}--region-${r.id}: ${r[key]};`).join("\n");
  const rules = regions
    .map((r) =>
      [
        `.chart .series-${r.id},\n.chart-legend .series-${r.id},\n.ichart .series-${r.id},\n.ichart .series-${r.id} .ichart-bar,\n.goal-chart .series-${r.id} .goal-bar {`,
        `  color: var(--region-${r.id});`,
        "}",
      ].join("\n"),
    )
    .join("\n");
  return (
    "/* Written by the data build from content/regions.yml (scripts/model/regions.ts); do not edit. */\n" +
    `:root {\n${vars("color", "  ")}\n}\n` +
    `@media (prefers-color-scheme: dark) {\n  :root {\n${vars("colorDark", "    ")}\n  }\n}\n` +
    `${rules}\n`
  );
}
