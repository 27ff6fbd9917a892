import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { FORMULA_ESCAPE, unescapeFormula } from './formulaEscape.ts';

const roundTrip = (text: string) => {
  const csv = Papa.unparse({ fields: ['v'], data: [[text]] }, { escapeFormulae: FORMULA_ESCAPE });
  return unescapeFormula(
    (Papa.parse<{ v: string }>(csv, { header: true, delimiter: ',' }).data[0]?.v ?? '') as string,
  );
};

describe('formula escaping', () => {
  it('escapes what a spreadsheet would run', () => {
    for (const t of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(FORMULA_ESCAPE.test(t)).toBe(true);
  });
  it('reads back text that already starts with an apostrophe', () => {
    for (const t of ["'+", "'", "''=x", "'hello", '=cmd', 'plain']) expect(roundTrip(t)).toBe(t);
  });
  it('round-trips any single-line text', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[\r\n]/.test(s) && s.trim() === s && s !== ''),
        (s) => {
          expect(roundTrip(s)).toBe(s);
        },
      ),
    );
  });
});
