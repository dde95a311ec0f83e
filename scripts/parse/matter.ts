/** Front and back matter: the title block before the first heading, `Nơi nhận` and the signature. */
import type { MatterNode } from "../model/document.ts";
import { collapse, endsSentence, isAllCaps } from "../model/text.ts";
import { matchNumbering } from "./heading.ts";
import { isBlank, type Line } from "./lines.ts";

const NUMBER_DATE = /^(Số:|.*, ngày \d{1,2} tháng \d{1,2} năm \d{4})/;
/** The title that names the kind of document; the line after it is the subject line (trích yếu). */
const DOCUMENT_TYPE = /^(CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|KẾ HOẠCH|QUYẾT ĐỊNH|ĐỀ ÁN)$/u;
const BODY_START = /^(Căn cứ|Thực hiện|Xét)(?=\s)/u;
export const isSeparator = (l: Line): boolean => /^\s*-{3,}\s*$/.test(l.text);

/** Reads the title block at the top; returns the matter nodes and the index where the body starts. */
export function readFrontMatter(lines: Line[]): { nodes: MatterNode[]; next: number } {
  const nodes: MatterNode[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = l.text.trim();
    // The line after a document-type title in capitals (CHƯƠNG TRÌNH HÀNH ĐỘNG) is its subject line.
    const previous = nodes[nodes.length - 1]?.lines.at(-1);
    const subjectLine = previous !== undefined && DOCUMENT_TYPE.test(previous) && !endsSentence(t) && t.length <= 400;
    if (!subjectLine && (matchNumbering(t) || BODY_START.test(t) || t.length > 250 || isSeparator(l))) break;
    const role = NUMBER_DATE.test(t) ? "number-date" : "title-block";
    const last = nodes[nodes.length - 1];
    if (last && last.role === role) {
      last.lines.push(collapse(t));
      last.endLine = l.line;
    } else {
      nodes.push({ type: "matter", role, lines: [collapse(t)], line: l.line, endLine: l.line });
    }
  }
  return { nodes, next: i };
}

export const startsRecipients = (l: Line): boolean => /^\s*Nơi nhận\s*:?\s*$/.test(l.text);

/** Reads `Nơi nhận:` with its `- ` lines, then the signature block (short lines) that follows. */
export function readBackMatter(lines: Line[], start: number): { nodes: MatterNode[]; next: number } {
  const head = lines[start]!;
  const items: string[] = [];
  let i = start + 1;
  let endLine = head.line;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = l.text.trim();
    if (/^-\s*/.test(t) && !t.startsWith("---")) items.push(collapse(t.replace(/^-\s*/, "")));
    else if (items.length && !isAllCaps(t) && l.text.length < 80 && !matchNumbering(t))
      items[items.length - 1] = collapse(`${items[items.length - 1]} ${t}`);
    else break;
    endLine = l.line;
  }
  const nodes: MatterNode[] = [
    { type: "matter", role: "recipients", caption: collapse(head.text), lines: items, line: head.line, endLine },
  ];
  const signature: string[] = [];
  let sigStart = 0;
  let sigEnd = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = l.text.trim();
    if (matchNumbering(t) || t.length > 60 || signature.length >= 6) break;
    if (!sigStart) sigStart = l.line;
    signature.push(collapse(t.replace(/\*\*/g, "")));
    sigEnd = l.line;
  }
  if (signature.length) nodes.push({ type: "matter", role: "signature", lines: signature, line: sigStart, endLine: sigEnd });
  return { nodes, next: i };
}
