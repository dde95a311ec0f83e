/** One line of a source, with its 1-based number. Parsers pass these along, never bare strings. */
export interface Line {
  text: string;
  line: number;
}

/** Numbers the lines of a source file. */
export const numberLines = (lines: string[]): Line[] => lines.map((text, i) => ({ text, line: i + 1 }));

export const isBlank = (l: Line | undefined): boolean => !l || l.text.trim() === "";
