/**
 * The typed document model: what every parser produces and every emitter reads.
 * Every node carries the 1-based source line (or line range) it came from.
 */

/** A run of text with the footnote references that sit inside it. */
export interface Inline {
  /** Text with footnote references written as `[^label]` at their exact place. */
  text: string;
}

export interface SourceRange {
  line: number;
  endLine: number;
}

export interface HeadingNode extends SourceRange {
  type: "heading";
  /** Nesting depth in the document's own hierarchy, 1 = top. */
  depth: number;
  /** The document's own numbering as printed: `Phần thứ nhất`, `A.`, `1.1.`, `a)`, `Điều 1.` */
  numbering: string;
  /** Which numbering style this is (used to build the hierarchy). */
  style: NumberingStyle;
  title: string;
  /**
   * A run-in title's whole numbered text (its title, then a colon and the text that ran on, if
   * any); absent for a title that stands alone. See scripts/parse/numbered-shape.ts.
   */
  fullText?: string;
  /** The punctuation an emphasised run-in title ended with (`*a) Chi đầu tư phát triển: *Ước …`), kept when it becomes a list item. */
  titleEnd?: string;
}

export interface ParagraphNode extends SourceRange {
  type: "paragraph";
  text: string;
  /** Set when the paragraph is the body text split off a heading line. */
  fromHeading?: boolean;
}

export interface ListItem extends SourceRange {
  /** The item's marker as printed: `-`, `(1)`, `(01)`, `a)`, `1.` */
  marker: string;
  text: string;
}

export interface ListNode extends SourceRange {
  type: "list";
  ordered: boolean;
  items: ListItem[];
}

export interface TableCell {
  text: string;
  line: number;
  colspan?: number;
  rowspan?: number;
}

export interface TableRow {
  cells: TableCell[];
  line: number;
}

export interface TableNode extends SourceRange {
  type: "table";
  /** Header rows; cells may span columns or rows. */
  header: TableRow[];
  /** Body rows, each exactly `columns` cells wide. */
  rows: TableRow[];
  columns: number;
  /** The unit the document prints for the whole table (`Đơn vị: triệu đồng`, `ĐVT: %`), without its label. */
  unit?: string;
  /** Where that unit is printed: above the table (a paragraph that stays) or inside it (a row taken out). */
  unitLine?: number;
}

/** Front and back matter: number/date lines, title block, distribution list, signature. */
export interface MatterNode extends SourceRange {
  type: "matter";
  role: "number-date" | "title-block" | "recipients" | "signature" | "motto" | "closing";
  /** A caption the block starts with, as printed: a distribution list's “Nơi nhận:”. */
  caption?: string;
  lines: string[];
}

export interface SeparatorNode extends SourceRange {
  type: "separator";
}

export type BlockNode = HeadingNode | ParagraphNode | ListNode | TableNode | MatterNode | SeparatorNode;

export interface Footnote {
  /** The label used at the reference, `[^label]`: the source's own number. */
  label: string;
  text: string;
  line: number;
  endLine: number;
}

export type NumberingStyle =
  | "part" // Phần thứ nhất
  | "attached" // QUY ĐỊNH, QUY CHẾ … issued with a decision (ban hành kèm theo), its own Điều 1 onwards
  | "chapter" // Chương I
  | "section" // Mục 1 (between Chương and Điều)
  | "appendix" // Phụ lục 1
  | "article" // Điều 1.
  | "upper-letter" // A.
  | "roman" // I.
  | "decimal-1" // 1.
  | "decimal-2" // 1.1.
  | "decimal-3" // 1.1.1.
  | "lower-letter" // a)
  | "paren-number" // (1)
  | "unnumbered"; // a heading with no numbering

export interface DocumentModel {
  id: string;
  file: string;
  blocks: BlockNode[];
  footnotes: Footnote[];
  /** Non-fatal repairs made while parsing, for the report. */
  notes: string[];
  /** Fragments the source prints twice, read once (content/corrections.yml, `repeats`). */
  repeats?: RepeatedFragment[];
}

/** A fragment that line `line` repeats from the end of line `of`, after a page break. */
export interface RepeatedFragment {
  line: number;
  of: number;
  text: string;
}
