/** Price rules of the pipeline on small hand-made inputs (the raw-file checks are in tests/data/prices.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestBands, meanRate, type EurostatValue } from '../../../scripts/tariffs-eurostat.ts';
import { EMBER_PARTIAL_MONTH, latestFullYear } from '../../../scripts/wholesale.ts';

const v = (iso2: string, period: string, band: EurostatValue['band'], usd: number): EurostatValue => ({
  iso2,
  period,
  band,
  eurPerKwh: usd,
  usdPerKwh: usd,
  fx: 1,
});

describe('largestBands', () => {
  it('keeps, per country and period, the largest band with a value', () => {
    const out = largestBands([
      v('FR', '2024-S2', 'IE', 0.1),
      v('FR', '2024-S2', 'IG', 0.07),
      v('FR', '2024-S2', 'IF', 0.08),
      v('FR', '2024-S1', 'ID', 0.14),
      v('LI', '2024-S2', 'IC', 0.2),
    ]);
    expect(out.map((x) => `${x.iso2} ${x.period} ${x.band}`)).toEqual([
      'FR 2024-S1 ID',
      'FR 2024-S2 IG',
      'LI 2024-S2 IC',
    ]);
  });

  it('is independent of input order', () => {
    const all = ['IA', 'IB', 'IC', 'ID', 'IE', 'IF', 'IG'] as const;
    fc.assert(
      fc.property(fc.shuffledSubarray([...all], { minLength: 1 }), (bands) => {
        const out = largestBands(bands.map((b, k) => v('DE', '2024-S2', b, k + 1)));
        expect(out).toHaveLength(1);
        expect(out[0]!.band).toBe([...bands].sort().at(-1));
      }),
    );
  });
});

describe('meanRate', () => {
  it('averages the fixings in range, rounded to 5 decimals', () => {
    const fixings = [
      { date: '2024-06-30', usdPerEur: 9 },
      { date: '2024-07-01', usdPerEur: 1.1 },
      { date: '2024-12-31', usdPerEur: 1.000001 },
    ];
    expect(meanRate(fixings, '2024-07-01', '2024-12-31')).toEqual({ rate: 1.05, n: 2 });
    expect(() => meanRate(fixings, '2025-01-01', '2025-12-31')).toThrow(/no ECB USD fixings/);
  });
});

describe('latestFullYear', () => {
  const year = (y: string, n: number, value: number | null = 1) =>
    Array.from({ length: n }, (_, m) => ({ month: `${y}-${String(m + 1).padStart(2, '0')}`, value }));

  it('takes the latest year with 12 monthly values', () => {
    expect(latestFullYear([...year('2023', 12, 2), ...year('2024', 12, 3), ...year('2025', 9)])).toEqual({
      year: '2024',
      values: Array(12).fill(3),
    });
  });

  it('never counts the partial month of the file', () => {
    const partialYear = EMBER_PARTIAL_MONTH.slice(0, 4);
    expect(latestFullYear(year(partialYear, 12))).toBeNull();
  });

  it('a year with an empty month is not full', () => {
    const months = [...year('2024', 11), { month: '2024-12', value: null }];
    expect(latestFullYear(months)).toBeNull();
  });
});
