/**
 * The regions of `content/regions.yml` as `npm run add-document` needs them: to find the region a
 * document's issuer names, and to append a place it does not know yet (as data, keeping the file's
 * comments and layout). The build reads and checks the file itself; this reader only looks names up.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document } from "yaml";
import { z } from "zod";
import { slugify } from "../model/slug.ts";
import { readYamlFile } from "./yaml-file.ts";

export const REGIONS_FILE = "content/regions.yml";

const colour = z.string().regex(/^#[0-9a-f]{6}$/i);

/** One region: its id, long and short names, its colours in the light and dark themes, and the region it was merged into. */
export const regionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(3),
    shortName: z.string().min(2),
    color: colour,
    colorDark: colour,
    inProse: z.string().min(3).optional(),
    mergedInto: z.string().optional(),
  })
  .strict();
export type Region = z.infer<typeof regionSchema>;

const regionsFileSchema = z.object({ regions: z.array(regionSchema).min(1) }).strict();

/** The regions listed in `content/regions.yml`. */
export function readRegionList(root: string): Region[] {
  return readYamlFile(root, REGIONS_FILE, regionsFileSchema, "ingest/regions").data.regions;
}

/** Colours for new regions, in turn: each readable on the light and on the dark background. */
const PALETTE: [string, string][] = [
  ["#1b7a3a", "#7fd69b"],
  ["#a3246b", "#f59ac8"],
  ["#00707a", "#6fd8e0"],
  ["#5c5c00", "#d6d66b"],
  ["#8f2d1f", "#ff9d8c"],
  ["#3b4cc0", "#a8b4ff"],
];

const bare = (name: string) =>
  name
    .replace(/\s*\(.*\)\s*$/, "")
    .trim()
    .toLowerCase();

/**
 * The regions whose names are the place `place` (`Đồng Nai`, `Hải Phòng`), leaving out a unit merged
 * into another of them (the old Hải Phòng into the new); several when the data cannot tell them apart.
 */
export function regionsOf(regions: Region[], place: string): Region[] {
  const p = place.toLowerCase();
  const named = regions.filter((r) => bare(r.shortName) === p || bare(r.name).endsWith(` ${p}`) || bare(r.name) === p);
  const current = named.filter((r) => !named.some((o) => o.id === r.mergedInto));
  return current.length ? current : named;
}

/** A new region for a place: id from its name, long name with its unit (`Tỉnh Đồng Nai`), as a sentence names it (`tỉnh Đồng Nai`), the next colours. */
export function newRegion(regions: Region[], place: string, unit: string | undefined): Region {
  const [color, colorDark] = PALETTE[(regions.length - 3 + PALETTE.length * 10) % PALETTE.length]!;
  const long = unit ? `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${place}` : place;
  return { id: slugify(place), name: long, shortName: place, ...(unit ? { inProse: `${unit} ${place}` } : {}), color, colorDark };
}

/** Appends `region` to `content/regions.yml`, leaving what is there byte for byte. */
export function appendRegion(root: string, region: Region): void {
  const path = join(root, REGIONS_FILE);
  const text = readFileSync(path, "utf8");
  const item = new Document([region]).toString({ lineWidth: 0 });
  writeFileSync(path, `${text.replace(/\n*$/, "\n")}${item.replace(/^/gm, "  ").replace(/ +$/gm, "")}`);
}
