/** A problem found in an input file, printed as `file:line: message (rule)`. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
  expected?: string;
  rule: string;
  fatal: boolean;
}

/** Formats a diagnostic the way compilers do, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  const expected = d.expected ? `, expected ${d.expected}` : "";
  return `${d.file}:${d.line}: ${d.message}${expected} (${d.rule})`;
}

/** Thrown when one or more fatal diagnostics stop the build. */
export class BuildError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "BuildError";
    this.diagnostics = diagnostics;
  }
}

/** Collects diagnostics during a stage; `fail()` throws once with all fatal ones. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];
  /** `accepted`: faults a data file accepts as they are (`rule` at `line`); their errors become notes. */
  constructor(
    readonly file: string,
    readonly accepted: readonly { line: number; rule: string; reason: string }[] = [],
  ) {}

  error(line: number, message: string, rule: string, expected?: string): void {
    const accepted = this.accepted.find((a) => a.line === line && a.rule === rule);
    if (accepted) {
      this.note(line, `${message} (accepted: ${accepted.reason})`, rule);
      return;
    }
    this.items.push({ file: this.file, line, message, rule, fatal: true, ...(expected ? { expected } : {}) });
  }

  /** A repair the parser made on purpose (kept for the report, never fatal). */
  note(line: number, message: string, rule: string): void {
    this.items.push({ file: this.file, line, message, rule, fatal: false });
  }

  get fatal(): Diagnostic[] {
    return this.items.filter((d) => d.fatal);
  }

  throwIfFatal(): void {
    if (this.fatal.length > 0) throw new BuildError(this.fatal);
  }
}
