import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv } from './csvExport.ts';
import { CSV_QUOTES, FORMULA_ESCAPE, escapeCsvValue, unescapeFormula } from './formulaEscape.ts';

const roundTrip = (text: string) => {
  const csv = Papa.unparse({ fields: ['v'], data: [[escapeCsvValue(text)]] }, { quotes: CSV_QUOTES });
  return unescapeFormula(
    (Papa.parse<{ v: string }>(csv, { header: true, delimiter: ',' }).data[0]?.v ?? '') as string,
  );
};

/** The separators spreadsheets open a CSV with, whatever it was written with. */
const SEPARATORS = [',', ';', '\t'] as const;
/**
 * A cell a spreadsheet would run: after any leading whitespace (which some spreadsheets drop) it starts with
 * = + - or @, and it is not a plain number. An escaped cell starts with an apostrophe.
 */
const isLiveFormula = (cell: string) => {
  const text = cell.replace(/^\s+/, '');
  return /^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text);
};

/** Every cell of an export, as a spreadsheet splitting on `separator` would see it. */
const cellsWith = (csv: string, separator: string) =>
  Papa.parse<string[]>(csv, { delimiter: separator, header: false }).data.flat();

const exportOf = (names: string[], notes: string[]) =>
  toCsv(
    ['name', 'lat', 'lon', 'notes'],
    names.map((name, i) => ({ name, lat: 10.5 + i, lon: -97.25 - i, notes: notes[i] ?? '' })),
  );

describe('formula escaping', () => {
  it('escapes what a spreadsheet would run', () => {
    for (const t of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(FORMULA_ESCAPE.test(t)).toBe(true);
  });
  it('reads back text that already starts with an apostrophe', () => {
    for (const t of ["'+", "'", "''=x", "'hello", '=cmd', 'plain', 'a;=1+2', 'b\t+1'])
      expect(roundTrip(t)).toBe(t);
  });
  it('keeps a cell that holds a separator and a formula one cell under every separator', () => {
    const names = ['Plant;=HYPERLINK("http://example.org";"x")', 'A,=1+2', 'B\t@SUM(A1)', 'C|-1+2'];
    const csv = exportOf(names, ['x;+1', 'y', 'z', 'w']);
    for (const separator of SEPARATORS) {
      const cells = cellsWith(csv, separator);
      expect(cells.filter(isLiveFormula)).toEqual([]);
    }
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      delimiter: ',',
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => unescapeFormula(r.name))).toEqual(names);
  });
  it('round-trips any single-line text', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[\r\n]/.test(s) && s !== ''),
        (s) => {
          expect(roundTrip(s)).toBe(s);
        },
      ),
    );
  });
  it('leaves no live formula whatever separator the spreadsheet splits on', () => {
    const formulaish = fc.stringMatching(/^[a-z ]{0,3}[,;\t|]?[=+\-@'\t]?[a-z0-9(")+;,]{0,6}$/);
    const text = fc.oneof(fc.string(), formulaish);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (rows) => {
        const csv = exportOf(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
        );
        for (const separator of SEPARATORS)
          expect(cellsWith(csv, separator).filter(isLiveFormula)).toEqual([]);
      }),
    );
  });
});
