/**
 * Proposed concordance entries for a document's targets not yet matched to an indicator, as YAML in
 * the shape of `content/indicators.yml`: a maintainer accepts one by copying it there. A candidate
 * whose words name an existing indicator (most of its folded words in common) is proposed as a value
 * of that indicator; the others as new indicators, one per label.
 */
import type { Concordance } from "../model/concordance.ts";
import { isValueKind, type Region } from "../model/indicators.ts";
import { slugify } from "../model/slug.ts";
import { tokenize } from "../model/words.ts";
import type { FoundCandidate } from "./candidates.ts";

/** Words compared without tone marks, case or “đ”, so that “Tỷ lệ” and “tỉ lệ” are one. */
const folded = (s: string): Set<string> =>
  new Set(
    tokenize(slugify(s).replace(/-/g, " "))
      .map((t) => t.key)
      .filter((k) => /\p{L}/u.test(k)),
  );

/** The existing indicator most of whose name's words (70%, two at least) the label holds, if any. */
export function suggestIndicator(label: string, concordance: Concordance): string | undefined {
  const words = folded(label);
  let best: { id: string; score: number } | undefined;
  for (const ind of concordance.indicators) {
    const name = folded(ind.name);
    const common = [...words].filter((w) => name.has(w)).length;
    const score = common / Math.max(1, name.size);
    if (score >= 0.7 && common >= 2 && (!best || score > best.score)) best = { id: ind.id, score };
  }
  return best?.id;
}

/** The domain a label most likely belongs to (a maintainer checks it). */
function domainOf(label: string): string {
  if (/đảng|đảng viên|chi bộ/iu.test(label)) return "xay-dung-dang";
  if (/quốc phòng|an ninh|quân sự|tội phạm/iu.test(label)) return "quoc-phong-an-ninh";
  if (/môi trường|rác|chất thải|nước sạch|rừng|khí thải|phát thải/iu.test(label)) return "moi-truong";
  if (
    /giáo dục|trường|học|y tế|bệnh|bác sĩ|giường|bảo hiểm|lao động|việc làm|nghèo|dân số|văn hóa|tuổi|hộ gia đình|người dân/iu.test(label)
  )
    return "xa-hoi";
  return "kinh-te";
}

const q = (s: string) => JSON.stringify(s);
/** Words of the label that the item's text holds as written: at most 60 characters, cut at a word. */
const shortLabel = (label: string) => {
  const l = label.replace(/…$/, "");
  return l.length <= 60 ? l : l.slice(0, 60).replace(/\s+\S*$/, "");
};

/**
 * YAML concordance entries for `candidates` (one document's, or several): `tables` to
 * declare, then `indicators`, new ones whole and values of existing ones under a comment naming
 * the indicator. A value whose kind could not be inferred (`unspecified`) is flagged in a comment.
 */
export function proposeConcordance(candidates: FoundCandidate[], concordance: Concordance): string {
  const tables = new Map<string, { doc: string; table: number; region: Region }>();
  const groups = new Map<string, { existing: boolean; name: string; unit: string; entries: string[]; newKinds: Set<string> }>();
  const taken = new Set(concordance.indicators.map((i) => i.id));
  for (const c of candidates) {
    const suggested = suggestIndicator(c.label, concordance);
    const slug = slugify(c.label.replace(/…$/, ""));
    let id = suggested ?? ((slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, "") : slug) || "chi-tieu");
    if (!suggested && taken.has(id) && !groups.has(id)) id = `${id}-${c.source.doc}`;
    // The concordance's reader takes a value in a word of its own (“01 sàn”) without that word: no unit.
    const unit = "item" in c.ref && c.ref.item.worded ? "" : c.unit;
    const group = groups.get(id) ?? {
      existing: Boolean(suggested),
      name: c.label.replace(/…$/, ""),
      unit,
      entries: [],
      newKinds: new Set<string>(),
    };
    groups.set(id, group);
    if (!isValueKind(c.kind)) group.newKinds.add(c.kind);
    if ("row" in c.ref) {
      tables.set(`${c.source.doc}|${c.ref.row.table}`, { doc: c.source.doc, table: c.ref.row.table, region: c.region });
      const entry = `      - { doc: ${c.source.doc}, key: ${q(c.ref.row.key)} }`;
      if (!group.entries.includes(entry)) group.entries.push(entry);
      continue;
    }
    // Every item carries its region: a list declared in `lists` must have all its items named, which one accepted proposal cannot.
    const { line, after, nth } = c.ref.item;
    const fields = [
      `doc: ${c.source.doc}`,
      `line: ${line}`,
      `kind: ${c.kind}`,
      `label: ${q(shortLabel(c.label))}`,
      `after: ${q(after)}`,
      ...(nth > 1 ? [`nth: ${nth}`] : []),
      `region: ${c.region}`,
    ];
    group.entries.push(`      - { ${fields.join(", ")} }  # ${c.raw}, line ${c.source.line}`);
  }
  const out: string[] = ["# Proposed by the build: check each entry, then copy it into content/indicators.yml."];
  if (tables.size) {
    out.push("tables:");
    for (const t of tables.values()) out.push(`  - { doc: ${t.doc}, table: ${t.table}, region: ${t.region} }`);
  }
  out.push("indicators:");
  for (const [id, g] of groups) {
    const rows = g.entries.filter((e) => e.includes(" key: "));
    const items = g.entries.filter((e) => !e.includes(" key: "));
    if (g.newKinds.size)
      out.push(
        `  # kind ${[...g.newKinds].join(", ")}: no year was found near the value; write its kind (plan-<year>, goal-<year>, … as /du-lieu/ lists them) before accepting it`,
      );
    if (g.existing) {
      out.push(`  # values of the existing indicator ${id}: add under its \`rows\` or \`items\``);
      out.push(...[...rows, ...items].map((e) => `  # ${e.trimStart()}`));
      continue;
    }
    out.push(`  - id: ${id}`, `    name: ${q(g.name)}`, `    domain: ${domainOf(g.name)}`, `    unit: ${q(g.unit)}`);
    if (rows.length) out.push("    rows:", ...rows);
    if (items.length) out.push("    items:", ...items);
  }
  return `${out.join("\n")}\n`;
}
