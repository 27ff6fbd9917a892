import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_OVERRIDE_USD_PER_KWH, MAX_PRICE_OVERRIDES } from '../../domain/index.ts';
import { parsePriceTable } from './priceTable.ts';
import { countryNamed, places, regionNamed } from './testing/realPlaces.ts';

const texas = regionNamed('Texas');
const germany = countryNamed('Germany');

describe('price table import', () => {
  it('reads region names, codes and countries with the documented header names', () => {
    for (const header of ['region,usd_per_kwh,label', 'Code;USD/kWh;Note', 'country\tprice\tsource']) {
      const d = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
      const text = [header, ['Texas', '0.03', 'PPA quote'].join(d), [germany.iso3, '0.12', ''].join(d)].join(
        '\n',
      );
      expect(parsePriceTable(text, places)).toEqual({
        overrides: [
          { code: texas.code, usdPerKwh: 0.03, label: 'PPA quote' },
          { code: germany.iso3, usdPerKwh: 0.12 },
        ],
        rows: [],
        problem: null,
      });
    }
  });

  it('reads a table without a header when its first row is data', () => {
    expect(parsePriceTable(`${texas.code},0.05\nGermany,0.1\n`, places).overrides).toEqual([
      { code: texas.code, usdPerKwh: 0.05 },
      { code: germany.iso3, usdPerKwh: 0.1 },
    ]);
  });

  it('lists each bad row with its number and value, and applies only the good ones', () => {
    const text = [
      'region,usd_per_kwh',
      'Texas,0.03',
      'Atlantis,0.05',
      'Germany,-0.02',
      'France,cheap',
      `Spain,${MAX_OVERRIDE_USD_PER_KWH + 1}`,
      `${texas.code.toLowerCase()},0.04`,
      '',
      'Italy,"0,08"',
    ].join('\n');
    const result = parsePriceTable(text, places);
    expect(result.overrides).toEqual([{ code: texas.code, usdPerKwh: 0.03 }]);
    expect(result.problem).toBeNull();
    expect(result.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 9]);
    const [unknown, negative, notNumber, tooLarge, duplicate, comma] = result.rows.map((r) => r.message);
    expect(unknown).toMatch(/^Row 3: “Atlantis” is not a region or country/);
    expect(negative).toMatch(/^Row 4: price “-0.02” is negative/);
    expect(notNumber).toMatch(/^Row 5: price “cheap” is not a number/);
    expect(tooLarge).toMatch(new RegExp(`^Row 6: price “${MAX_OVERRIDE_USD_PER_KWH + 1}” is above`));
    expect(duplicate).toMatch(
      new RegExp(`^Row 7: Texas, .*\\(${texas.code}\\) is given twice \\(first in row 2\\)`),
    );
    expect(comma).toMatch(/^Row 9: price “0,08” uses a decimal comma/);
  });

  it('names a row with both a bad region and a bad price once, with both problems', () => {
    const result = parsePriceTable('region,usd_per_kwh\nNowhere,-1\n', places);
    expect(result.rows).toEqual([
      { row: 2, message: expect.stringMatching(/^Row 2: “Nowhere” is not .*; price “-1” is negative$/) },
    ]);
  });

  it('refuses a file without recognisable columns, or without rows, and applies nothing', () => {
    expect(parsePriceTable('lat,lon\n1,2\n', places)).toEqual({
      overrides: [],
      rows: [],
      problem: expect.stringMatching(/^No region and usd_per_kwh column was recognised/),
    });
    expect(parsePriceTable('  \n', places).problem).toBe('The table holds no rows.');
    expect(parsePriceTable('region,usd_per_kwh\n', places).problem).toBe('The table holds no rows.');
  });

  it('stops at the limit of own prices, counting the ones already set', () => {
    // The grid has fewer codes than the limit, so the table already set is made up of other codes plus Germany.
    const existing = [germany.iso3, ...Array.from({ length: MAX_PRICE_OVERRIDES - 1 }, (_, i) => `ZZ-${i}`)];
    const result = parsePriceTable(`region,usd_per_kwh\nGermany,0.02\nTexas,0.03\n`, places, existing);
    expect(result.overrides).toEqual([{ code: germany.iso3, usdPerKwh: 0.02 }]);
    expect(result.rows).toEqual([
      { row: 3, message: `Row 3: at most ${MAX_PRICE_OVERRIDES} own prices; ${texas.code} is not applied` },
    ]);
  });

  it('never throws; every non-blank data row is applied or named in a message', () => {
    const cell = fc.oneof(
      fc.constantFrom('Texas', germany.iso3, texas.code, 'Atlantis', '', '"q"'),
      fc.string({ maxLength: 8 }),
      fc.double().map(String),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.boolean(), (rows, withHeader) => {
        const text = [...(withHeader ? ['region,usd_per_kwh,label'] : []), ...rows].join('\n');
        const result = parsePriceTable(text, places);
        expect(result.problem === null || result.overrides.length === 0).toBe(true);
        for (const m of result.rows) expect(m.message).toMatch(new RegExp(`^Row ${m.row}: |^Rows after`));
        expect(new Set(result.overrides.map((o) => o.code)).size).toBe(result.overrides.length);
        for (const o of result.overrides) {
          expect(o.usdPerKwh).toBeGreaterThanOrEqual(0);
          expect(o.usdPerKwh).toBeLessThanOrEqual(MAX_OVERRIDE_USD_PER_KWH);
        }
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parsePriceTable(text, places);
        expect(Array.isArray(result.rows)).toBe(true);
      }),
    );
  });
});
