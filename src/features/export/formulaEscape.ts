/**
 * Spreadsheet formula escaping for CSV, made reversible: a cell that starts with = + - @ tab or CR
 * (which a spreadsheet would run as a formula) gets a leading apostrophe, and so does a cell that
 * already starts with an apostrophe, so reading strips exactly one apostrophe and gets the text back.
 */

/** Cells papaparse prefixes with an apostrophe (its `escapeFormulae` option). */
export const FORMULA_ESCAPE = /^['=+\-@\t\r]/;

/** Undoes FORMULA_ESCAPE: drops one leading apostrophe that precedes a character it escapes. */
export function unescapeFormula(text: string): string {
  return /^'['=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
