/**
 * Heading or numbered paragraph: what a numbered block (`3.1. …`, `2. …`, `a) …`) is, read from the
 * shape of its own text, the whole text the source gives it up to where its paragraph ends. A title
 * is short and holds no sentence; a paragraph reads as sentences and usually ends with a full stop.
 *
 * The shape, in order (the first that applies decides):
 *
 * 1. **Capitals are a title** (`I. KẾT QUẢ PHÁT TRIỂN CÁC NGÀNH, LĨNH VỰC`, `TP. HẢI PHÒNG`): a
 *    full stop inside capitals is an abbreviation, not the end of a sentence.
 * 2. **A sentence that ends and goes on is a paragraph.** A full stop (or `!`, `?`) followed by a
 *    capital inside the text: `3.1. Công tác thanh tra đạt được nhiều kết quả tích cực. Đã thực
 *    hiện 157 cuộc thanh tra …` is a numbered paragraph; its first sentence is not a title.
 * 3. **Longer than {@link MAX_TITLE} characters** with its numbering, it is a paragraph whatever its
 *    punctuation: no title of the sources is that long.
 * 4. **A label before a colon is a run-in title** (`1.6.3. Phát triển các khu, cụm công nghiệp: Tiếp
 *    nhận …`, `1. Thủ trưởng các sở, ban, ngành, …:`): a title, then the text (or, at the end of
 *    the line, the list) it introduces. Among numbered paragraphs it is one of them, its text whole
 *    (scripts/parse/numbered-runs.ts).
 * 5. **A text ending in `;`, `!`, `?` or `…` is a paragraph** (a clause of a list, an exclamation).
 * 6. **One sentence with its full stop is a `sentence`**: a paragraph as a rule (`3.14. Tập trung
 *    hoàn thành việc sắp xếp đơn vị hành chính … công lập.`), but some documents print a title with
 *    a full stop (004: `1.1.6. Tiếp tục đổi mới mạnh mẽ phương thức lãnh đạo của Thành ủy và các cấp
 *    ủy đảng.` over its own paragraphs); its siblings and what follows it decide
 *    (scripts/parse/numbered-runs.ts).
 * 7. Otherwise it is a **title**: words with no sentence in them and no closing punctuation
 *    (`1.5. Hoạt động đầu tư`, `1.4. Quản lý quy hoạch, xây dựng; quản lý đất đai, …`).
 */
import { collapse, isAllCaps, plain, UPPER_CLASS } from "../model/text.ts";

/** The longest title the sources print, with its numbering, is under this; a longer text is a paragraph. */
export const MAX_TITLE = 250;

export type NumberedShape =
  | { kind: "title"; title: string }
  | { kind: "run-in"; title: string; body: string }
  | { kind: "sentence"; title: string }
  | { kind: "paragraph" };

/** The source's own emphasis markers and closing quotes or brackets, which do not end a sentence themselves. */
const trailing = (s: string): string => s.replace(/[*"”’)\]\s]+$/u, "");

/** Where a sentence or a run-in label ends and capitalised text goes on: the stop or colon's index. */
function firstBreak(t: string): { at: number; mark: string } | null {
  const m = new RegExp(`([.!?:])\\s+(?=[*"“(]?[${UPPER_CLASS}])`, "u").exec(t);
  return m && m.index > 0 ? { at: m.index, mark: m[1]! } : null;
}

/** Reads the shape of a numbered block's text (`numbering` is printed before it, e.g. `3.1.`). */
export function numberedShape(numbering: string, text: string): NumberedShape {
  const t = collapse(text);
  const words = trailing(collapse(plain(t)));
  if (isAllCaps(t)) return { kind: "title", title: t.replace(/[.:]$/, "").trim() };
  const brk = firstBreak(t);
  if (brk && brk.mark !== ":") return { kind: "paragraph" };
  const label = brk ? collapse(plain(t.slice(0, brk.at))) : words;
  if (`${numbering} ${label}`.length > MAX_TITLE) return { kind: "paragraph" };
  if (brk) return { kind: "run-in", title: t.slice(0, brk.at).trim(), body: t.slice(brk.at + 1).trim() };
  if (/[;!?…]$/u.test(words)) return { kind: "paragraph" };
  if (/\.$/.test(words)) return { kind: "sentence", title: t.replace(/\.(?=[*"”’)\]\s]*$)/u, "").trim() };
  if (/:$/.test(words)) return { kind: "run-in", title: trailing(t).replace(/:$/, "").trim(), body: "" };
  return { kind: "title", title: t };
}
