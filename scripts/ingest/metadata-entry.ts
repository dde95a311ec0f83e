/**
 * The metadata entry of a new document (an item of `content/sources/sources.yml`), written from what
 * its header says (`read-header.ts`), its layout (`detect-layout.ts`) and the regions
 * (`new-region.ts`). Whatever the header does not say is filled with a stated default and listed
 * in `notes`, so the report can tell the maintainer what to check.
 */
import { Document, isMap, isScalar, isSeq, Scalar } from "yaml";
import { z } from "zod";
import { kindLabels, sourceMetaSchema, type SourceMeta } from "../model/schema.ts";
import { slugify } from "../model/slug.ts";
import type { Format } from "./detect-layout.ts";
import type { Found, Header } from "./read-header.ts";
import { sentenceCase } from "./read-header.ts";
import { newRegion, regionsOf, type Region } from "./new-region.ts";

export interface EntryInput {
  header: Header;
  format: Format;
  /** The name the copy gets in `content/sources/`, chosen with `fileName`. */
  file: string;
  /** The name of the file the maintainer gave, for `origin`. */
  from: string;
  regions: Region[];
  /** `--region`: an id of `regions`. */
  region?: string;
  existing: SourceMeta[];
  /** The year used when the document prints no date (the current year). */
  year: number;
}

export interface Entry {
  meta: SourceMeta;
  /** A region to append to `content/regions.yml` (the issuer's place was not listed). */
  region?: Region;
  /** What was not found, or chosen among several, in the words of the report. */
  notes: string[];
}

const ABBREVIATIONS: Record<SourceMeta["kind"], string> = {
  "bao-cao-chinh-tri": "bcct",
  "bao-cao-kinh-te-xa-hoi": "bc-kt-xh",
  "chuong-trinh-hanh-dong": "ctr",
  "nghi-quyet": "nq",
  "ke-hoach": "kh",
  "quyet-dinh": "qd",
  "bao-cao": "bc",
};

/** Words cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(" "), max / 2)).replace(/[\s,;:–-]+$/, "")}…`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** The years a title is about, leaving out those of documents it cites (`16/2023/NQ-HĐND`, `ngày 06 tháng 12 năm 2023`). */
export function titleYears(title: string): number[] {
  const bare = title
    .replace(/\d+\/\d{4}\/[\p{L}\d-]+/gu, " ")
    .replace(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/giu, " ")
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, " ");
  return [...bare.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
}

/** The next file name in `content/sources/`: `<3-digit number>_<id>.<ext>`. */
export function fileName(files: string[], id: string, ext: "txt" | "md"): string {
  const numbers = files.map((f) => /^(\d{3})_/.exec(f)?.[1]).filter((n): n is string => n !== undefined);
  const next = numbers.length ? Math.max(...numbers.map(Number)) + 1 : 0;
  return `${String(next).padStart(3, "0")}_${id}.${ext}`;
}

/** The region a document is about: `--region`, else the issuer's place (a new region when not listed). */
function chooseRegion(input: EntryInput, notes: string[]): { region: Region; added?: Region } {
  const { header, regions } = input;
  if (input.region) {
    const given = regions.find((r) => r.id === input.region);
    if (!given) throw new Error(`--region ${input.region} is not in content/regions.yml (${regions.map((r) => r.id).join(", ")})`);
    return { region: given };
  }
  const place = header.issuer?.value.place ?? header.date?.value.place?.replace(/^(Thành phố|Tỉnh) /u, "");
  if (!place) throw new Error("the header names no place (issuer or place of signing): give the region with --region <id>");
  const found = regionsOf(regions, place);
  if (found.length === 1) return { region: found[0]! };
  if (found.length > 1) {
    const chosen = found[found.length - 1]!;
    notes.push(`region: “${place}” is ${found.map((r) => r.id).join(" and ")}; chose ${chosen.id} (the last listed), else give --region`);
    return { region: chosen };
  }
  const unit = /^(?:Ủy ban nhân dân|Hội đồng nhân dân|Ban Chấp hành Đảng bộ|Đảng bộ) (tỉnh|thành phố)/u.exec(
    header.issuer?.value.name ?? "",
  )?.[1];
  const added = newRegion(regions, place, unit);
  notes.push(`region: “${place}” is a new region, ${added.id}, appended to content/regions.yml`);
  return { region: added, added };
}

/** The metadata entry of a new document. Throws an Error when it cannot be written (an unknown `--region`). */
export function metadataEntry(input: EntryInput): Entry {
  const { header } = input;
  const notes: string[] = [];
  const { region, added } = chooseRegion(input, notes);
  const kind = header.kind?.value ?? "bao-cao";
  if (!header.kind)
    notes.push("kind: no NGHỊ QUYẾT, KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH or CHƯƠNG TRÌNH HÀNH ĐỘNG line in the header; wrote bao-cao");
  const label = kindLabels[kind];
  const places = [region.shortName.replace(/\s*\(.*\)$/, ""), header.issuer?.value.place, header.date?.value.place].filter(
    (p): p is string => Boolean(p),
  );
  const printedTitle = header.title ? sentenceCase(header.title.value, places) : undefined;
  if (!header.title) notes.push("title: no title after the kind line; wrote the file name, write the title");
  const title = printedTitle ? `${label} ${lowerFirst(printedTitle)}` : `${label} ${input.from}`;
  const date = header.date?.value.iso;
  const years = titleYears(header.title?.value ?? "");
  const year = date ? Number(date.slice(0, 4)) : years.length ? Math.max(...years) : input.year;
  if (!date) notes.push(`date: no “ngày … tháng … năm …” in the header or “thông qua ngày …” at the end; wrote ${year}`);
  const from = years.length ? Math.min(...years) : year;
  const to = years.length ? Math.max(...years) : year;
  const number = header.number?.value ?? null;
  if (number === null)
    notes.push(header.number ? `number: the header prints “${header.number.quote}” with no number` : "number: no “Số:” line in the header");
  const issuer = header.issuer?.value.name ?? (kind === "nghi-quyet" ? "Hội đồng nhân dân" : "Ủy ban nhân dân");
  if (!header.issuer) notes.push(`issuer: no issuing body (ỦY BAN NHÂN DÂN …, HỘI ĐỒNG NHÂN DÂN …) in the header; wrote “${issuer}”`);
  const digits = number ? (/^\d+/.exec(number)?.[0] ?? "") : "";
  const place = slugify(region.shortName.replace(/\s*\(.*\)$/, ""));
  const id = unique(`${place}-${ABBREVIATIONS[kind]}${digits}-${year}`, new Set(input.existing.map((m) => m.id)));
  const slug = unique(
    slugify(`${label} ${digits} ${region.shortName.replace(/\s*\(.*\)$/, "")} ${year}`),
    new Set(input.existing.map((m) => m.slug)),
  );
  const shown = date && date.length === 10 ? `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : String(year);
  const said = [
    header.issuer ? `cơ quan ban hành “${header.issuer.value.printed}”` : "không ghi cơ quan ban hành",
    number ? `số ${number}` : header.number ? `“${header.number.quote}”, không có số` : "không ghi số",
    !date
      ? "không ghi ngày"
      : header.date!.value.passed
        ? `thông qua ngày ${shown} (ghi ở cuối)`
        : `ngày ${shown}${header.date!.value.place ? ` tại ${header.date!.value.place}` : ""}`,
  ];
  const found: (Found<unknown> | undefined)[] = [header.issuer, header.number, header.date, header.kind, header.title];
  const cites = found
    .filter((f): f is Found<unknown> => f !== undefined && f.quote.length >= 3)
    .filter((f, i, all) => all.findIndex((g) => g.line === f.line) === i)
    .sort((a, b) => a.line - b.line)
    .map((f) => ({ line: f.line, quote: f.quote }));
  const meta: SourceMeta = {
    id,
    slug,
    file: input.file,
    title,
    // A national body is named by itself (`Nghị quyết Quốc hội 2025`), any other by its place.
    shortTitle: cut(
      `${label}${number ? ` ${number}` : ""} ${header.issuer?.value.place === "Việt Nam" ? header.issuer.value.name : region.shortName.replace(/\s*\(.*\)$/, "")}${number ? "" : ` ${year}`}`,
      60,
    ),
    kind,
    issuer,
    date: date ?? String(year),
    number,
    ...(number === null
      ? { numberNote: { text: header.number ? `Văn bản ghi “${header.number.quote}”, không có số` : "Văn bản không ghi số ở phần đầu" } }
      : {}),
    period: { from, to, label: from === to ? `Năm ${from}` : `${from} - ${to}` },
    region: region.id,
    summary: cut(title, 110),
    origin: {
      text: `Văn bản ghi ${said.join(", ")}.`,
      cites,
    },
    description: `${title}. ${issuer}${number ? `, số ${number}` : ""}, ${date && date.length === 10 ? `ngày ${shown}` : `năm ${year}`}.`,
    relations: [],
    format: input.format,
  };
  // The region is checked by the build against content/regions.yml; the rest must hold here already.
  const checked = sourceMetaSchema.extend({ region: z.string() }).safeParse(meta);
  if (!checked.success)
    throw new Error(`the entry written is not valid: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { meta, ...(added ? { region: added } : {}), notes };
}

/** The entry as YAML text for the end of `sources.yml`, laid out like the entries already there. */
export function entryYaml(meta: SourceMeta): string {
  const doc = new Document([meta]);
  const item = doc.contents;
  if (isSeq(item) && isMap(item.items[0])) {
    const map = item.items[0];
    for (const key of ["title", "description"]) {
      const node = map.get(key, true);
      if (isScalar(node)) node.type = Scalar.BLOCK_FOLDED;
    }
    const date = map.get("date", true);
    if (isScalar(date)) date.type = Scalar.QUOTE_DOUBLE;
    for (const key of ["period", "format", "numberNote"]) {
      const node = map.get(key, true);
      if (isMap(node)) node.flow = true;
    }
    const cites = map.getIn(["origin", "cites"], true);
    if (isSeq(cites)) for (const c of cites.items) if (isMap(c)) c.flow = true;
  }
  const text = doc.toString({ lineWidth: 110, minContentWidth: 40 });
  return `\n${text.replace(/^(?=.)/gm, "  ")}`;
}
