/**
 * The register of cited documents (/van-ban/): the documents the reports cite by number, grouped by
 * kind, with where each was issued and how our documents relate to it.
 */
import type { CitedDocument } from "../../scripts/model/generated.ts";
import { relationLabels } from "../../scripts/model/schema.ts";
import { documentCountWord } from "./scope.ts";

/** The cited documents of each kind (in the order kinds first appear), with the id of the kind's section. */
export function registerByKind(entries: CitedDocument[]): { kind: string; id: string; entries: CitedDocument[] }[] {
  return [...new Set(entries.map((e) => e.kind))].map((kind) => ({
    kind,
    id: `loai-${kind}`.replace(/\s+/g, "-"),
    entries: entries.filter((e) => e.kind === kind),
  }));
}

/** How many times the reports cite a document of the register, in all. */
export const citationCount = (entries: CitedDocument[]): number => entries.reduce((n, e) => n + e.places.length, 0);

/** When and by whom a cited document was issued, as the citing sentences say (“ngày …, của …”), or that they do not say. */
export const issuedWhere = (e: CitedDocument): string =>
  [e.date && `ngày ${e.date}`, e.issuer && `của ${e.issuer}`].filter(Boolean).join(", ") ||
  "Tài liệu không ghi ngày và cơ quan ban hành ở chỗ trích dẫn.";

/** How one of our documents relates to a cited one, in words (“thực hiện”), or the relation's id when it has none. */
export const relationWords = (relation: string): string => relationLabels[relation as keyof typeof relationLabels] ?? relation;

/** The page's description: how many documents, cited how many times. */
export const registerDescription = (entries: CitedDocument[]): string =>
  `${entries.length} văn bản (nghị quyết, quyết định, chỉ thị, kết luận…) ` +
  `được ${documentCountWord()} báo cáo trích dẫn ${citationCount(entries)} lần, mỗi lần một liên kết về đúng chỗ.`;
