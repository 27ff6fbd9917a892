import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import v1 from './fixtures/prices.v1.json?raw';
import { MAX_OVERRIDE_USD_PER_KWH } from '../../domain/index.ts';
import { PRICES_STORAGE_VERSION, readPrices, writePrices } from './priceStorage.ts';

const FIXTURES: Record<number, string> = { 1: v1 };

describe('stored own prices', () => {
  it('reads the version 1 fixture as is, labels as text', () => {
    const read = readPrices(FIXTURES[1]);
    expect(read).toEqual({
      kind: 'ok',
      migratedFrom: null,
      prices: (JSON.parse(FIXTURES[1]) as { prices: unknown[] }).prices,
    });
  });

  it('the current version is the last fixture', () => {
    expect(Math.max(...Object.keys(FIXTURES).map(Number))).toBe(PRICES_STORAGE_VERSION);
    expect((JSON.parse(FIXTURES[PRICES_STORAGE_VERSION]) as { version: number }).version).toBe(
      PRICES_STORAGE_VERSION,
    );
  });

  it('round-trips any valid table', () => {
    const code = fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.stringMatching(/^[A-Z]{2}-[A-Z0-9]{1,3}$/));
    const price = fc.record(
      {
        code,
        usdPerKwh: fc.double({ min: 0, max: MAX_OVERRIDE_USD_PER_KWH, noNaN: true }),
        label: fc.string({ minLength: 1, maxLength: 50 }),
      },
      { requiredKeys: ['code', 'usdPerKwh'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(price, { selector: (p) => p.code, maxLength: 10 }), (prices) => {
        expect(readPrices(writePrices(prices))).toEqual({ kind: 'ok', prices, migratedFrom: null });
      }),
    );
  });

  it('reads nothing stored as empty', () => {
    expect(readPrices(null)).toEqual({ kind: 'empty' });
    expect(readPrices('')).toEqual({ kind: 'empty' });
  });

  it('keeps unreadable text with the reason, never an empty table', () => {
    const cases: [string, RegExp][] = [
      ['{"version":1,"prices":[', /not valid JSON/],
      ['{"version":7,"prices":[]}', /newer Gridscout \(version 7\)/],
      ['{"prices":[]}', /no known version/],
      ['{"version":1,"prices":[{"code":"US-TX","usdPerKwh":"0.03"}]}', /damaged at prices\.0\.usdPerKwh/],
      ['{"version":1,"prices":[{"code":"US-TX","usdPerKwh":-1}]}', /non-negative/],
      [
        '{"version":1,"prices":[{"code":"US-TX","usdPerKwh":0.1},{"code":"US-TX","usdPerKwh":0.2}]}',
        /US-TX is given twice/,
      ],
    ];
    for (const [raw, reason] of cases)
      expect(readPrices(raw)).toEqual({ kind: 'corrupt', raw, reason: expect.stringMatching(reason) });
  });
});
