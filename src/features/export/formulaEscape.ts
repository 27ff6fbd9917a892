/**
 * Spreadsheet formula escaping for CSV, made reversible. A spreadsheet runs a cell as a formula when it starts
 * with = + - @ (also after leading spaces, which some spreadsheets drop), tab or CR. Such a cell gets a leading
 * apostrophe, and so does a cell that already starts with an apostrophe, so reading strips exactly one
 * apostrophe and gets the text back.
 *
 * A spreadsheet may open the file with another separator than the comma it was written with (`;` is the
 * default in much of Europe, tab in others). It then cuts a line at that separator wherever it stands, quotes
 * or not, so a text like `Plant;=1+2` would give a cell `=1+2`. Hence the same rule applies after every
 * separator inside a cell (`Plant;'=1+2`), and a cell holding a separator is quoted (CSV_QUOTES), so a
 * spreadsheet that honours quotes keeps it as one cell.
 */

/** Where a cell (or the part of it after a separator) would be run as a formula. */
export const FORMULA_ESCAPE = /^(?:[\t\r]|\s*['=+\-@])/;
const FORMULA_AT = /(?:[\t\r]|\s*['=+\-@])/y;

/** Separators a spreadsheet may cut a line at: comma, semicolon, tab, and pipe (which some tools offer). */
export const SPREADSHEET_SEPARATORS = /[,;\t|]/;
const SEPARATORS = ',;\t|';

const formulaAt = (text: string, index: number) => {
  FORMULA_AT.lastIndex = index;
  return FORMULA_AT.test(text);
};
const atBoundary = (text: string, index: number) => index === 0 || SEPARATORS.includes(text[index - 1]);

/** The text with an apostrophe before each part (at the start or after a separator) a spreadsheet would run. */
export function escapeFormula(text: string): string {
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    if (atBoundary(text, i) && i < text.length && formulaAt(text, i)) out += "'";
    if (i < text.length) out += text[i];
  }
  return out;
}

/** Undoes escapeFormula: drops each apostrophe, at the start or after a separator, that precedes an escaped part. */
export function unescapeFormula(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" && atBoundary(text, i) && formulaAt(text, i + 1)) continue;
    out += text[i];
  }
  return out;
}

/** A CSV value escaped for spreadsheets: text through escapeFormula; numbers, booleans and null as they are. */
export function escapeCsvValue<T>(value: T): T | string {
  return typeof value === 'string' ? escapeFormula(value) : value;
}

/** papaparse's `quotes` option: quote a text cell holding any separator or starting with an apostrophe. */
export function CSV_QUOTES(value: unknown): boolean {
  return typeof value === 'string' && (SPREADSHEET_SEPARATORS.test(value) || value.startsWith("'"));
}
