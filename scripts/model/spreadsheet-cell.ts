/**
 * Text a spreadsheet must not run. A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is read by Excel and LibreOffice as a formula (CSV injection); OWASP's advice is to put a
 * single quote before it, which both show as text. A negative number (`-2,5`, `-3.1`) is left as it
 * is: it is a number, not a formula, and the spreadsheet must read it as one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)*$/;

/** `text` as a spreadsheet cell that cannot start a formula (a leading `'` when it could). */
export const inertCell = (text: string): string => (FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text);
