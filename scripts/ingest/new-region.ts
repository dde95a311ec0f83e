/**
 * The regions of `content/regions.yml` as `npm run add-document` needs them: to find the region a
 * document's issuer names, and to append a place it does not know yet (as data, keeping the file's
 * comments and layout). The build reads and checks the file itself; this reader only looks names up.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document } from "yaml";
import type { RegionInfo } from "../model/regions.ts";
import { slugify } from "../model/slug.ts";
import { readRegions, REGIONS_FILE } from "./read-regions.ts";

export { REGIONS_FILE };
export type Region = RegionInfo;

/** The regions listed in `content/regions.yml` (read and checked by the build's own reader). */
export function readRegionList(root: string): Region[] {
  return readRegions(root).data;
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
