/**
 * What the site covers, as data: its name, the places and regions its documents are about
 * (content/site.yml, content/regions.yml, through settings.json), and phrases made from them and
 * from the documents' count. No place name or count of the corpus is written in src/.
 */
import type { RegionInfo } from "../../scripts/model/regions.ts";
import { countWord, documents, settings } from "./site.ts";

/** The site's name (“Báo cáo … – …”). */
export const siteName = (): string => settings().name;

/** The regions, in the order of content/regions.yml. */
export const regions = (): RegionInfo[] => settings().regions;

/** A region by its id; throws on an id the data does not list. */
export function region(id: string): RegionInfo {
  const r = regions().find((x) => x.id === id);
  if (!r) throw new Error(`region: no region “${id}” in content/regions.yml`);
  return r;
}

/** A region's label in charts, tables and filters (its `shortName`). */
export const regionName = (id: string): string => region(id).shortName;

/** How a sentence names a region (“tỉnh Hải Dương”): its `inProse`, else its long name in lower case. */
export const inProse = (r: RegionInfo): string => r.inProse ?? lowerName(r);

/** A region's long name as it reads inside a sentence (“tỉnh Hải Dương (cũ)”). */
export const lowerName = (r: RegionInfo): string => r.name.charAt(0).toLowerCase() + r.name.slice(1);

/** Words joined as prose lists them: “a, b và c” (or “hoặc” for `last`). */
export function joinWords(words: readonly string[], last = "và"): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)!}`;
}

/** The places of the corpus in a sentence: “Hải Dương và Hải Phòng”. */
export const placesPhrase = (): string => joinWords(settings().places);

/** The places of the corpus in a title or a list: “Hải Dương, Hải Phòng”. */
export const placesList = (): string => settings().places.join(", ");

/** How many documents the site publishes, in words (“năm”). */
export const documentCountWord = (): string => countWord(documents().length);

/** The regions that were merged into another one (their goals superseded by the merged region's). */
export const formerRegions = (): RegionInfo[] => regions().filter((r) => r.mergedInto !== undefined);

/** The regions others were merged into. */
export const mergedRegions = (): RegionInfo[] => regions().filter((r) => regions().some((o) => o.mergedInto === r.id));

/** The kinds of the documents, as a sentence lists them (“báo cáo chính trị, … và nghị quyết”), in the order they first appear. */
export const corpusKinds = (): string =>
  joinWords([...new Set(documents().map((d) => d.kindLabel.charAt(0).toLowerCase() + d.kindLabel.slice(1)))]);

/** The region the documents of `regionId` belong to once merged: its `mergedInto`, or itself. */
export const afterMerger = (regionId: string): RegionInfo => region(region(regionId).mergedInto ?? regionId);

/** The former regions that have documents of their own (drafted before the merger), as a sentence names them (“tỉnh Hải Dương”). */
export const formerWithDocuments = (): string =>
  joinWords(
    formerRegions()
      .filter((r) => documents().some((d) => d.meta.region === r.id))
      .map(inProse),
  );

/** Whether a region is one of the places the site is about (content/site.yml `places`), or another province's. */
export const isOwnRegion = (id: string): boolean => settings().places.some((p) => region(id).name.includes(p));
