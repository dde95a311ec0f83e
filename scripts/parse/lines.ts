/** One line of a source, with its 1-based number. Parsers pass these along, never bare strings. */
export interface Line {
  text: string;
  line: number;
}

/** Numbers the lines of a source file. */
export const numberLines = (lines: string[]): Line[] => lines.map((text, i) => ({ text, line: i + 1 }));

export const isBlank = (l: Line | undefined): boolean => !l || l.text.trim() === "";

/**
 * Reads a repeated fragment once: each line that `content/corrections.yml` says repeats the end of
 * an earlier line (after a page break) loses that fragment and keeps what follows it, if anything
 * (read-sources.ts has checked that the line starts with the fragment and the earlier line ends with it).
 */
export function dropRepeats(lines: Line[], repeats: readonly { line: number; text: string }[]): Line[] {
  if (!repeats.length) return lines;
  const at = new Map(repeats.map((r) => [r.line, r.text.normalize("NFC")]));
  return lines.map((l) => {
    const fragment = at.get(l.line);
    return fragment === undefined ? l : { line: l.line, text: l.text.trimStart().slice(fragment.length).trimStart() };
  });
}
