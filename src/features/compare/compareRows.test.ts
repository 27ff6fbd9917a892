import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialConfig } from '../scoring/scoringStore.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { statusLine } from '../../shared/format.ts';
import { buildCompareRows, markBest } from './compareRows.ts';

describe('best-value marking', () => {
  it('marks the highest where higher is better and the lowest where lower is better', () => {
    expect(markBest([3, 9, 5], 'higher')).toEqual([false, true, false]);
    expect(markBest([3, 9, 5], 'lower')).toEqual([true, false, false]);
  });

  it('marks every tied best, skips missing values, and marks nothing when there is nothing to choose', () => {
    expect(markBest([7, null, 7, 2], 'higher')).toEqual([true, false, true, false]);
    expect(markBest([null, 4, null], 'higher')).toEqual([false, false, false]);
    expect(markBest([4, 4], 'lower')).toEqual([false, false]);
  });

  it('always marks exactly the extreme values when they differ', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 6 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (values, better) => {
          const marks = markBest(values, better);
          const present = values.filter((v): v is number => v !== null);
          const best = better === 'higher' ? Math.max(...present) : Math.min(...present);
          const differ = present.length >= 2 && new Set(present).size > 1;
          expect(marks).toEqual(values.map((v) => differ && v === best));
        },
      ),
    );
  });
});

describe('comparison rows', () => {
  const config = initialConfig();
  const scores = scoreEntries(testGrid(), config, TEST_ENTRIES, null);
  const sites = TEST_ENTRIES.map((e) => ({
    id: e.id,
    name: e.name,
    lon: e.lon,
    lat: e.lat,
    place: scores.get(e.id) ?? null,
  }));
  const rows = buildCompareRows(sites);
  const byKey = (key: string) => rows.find((r) => r.key === key)!;

  it('has score, time to power and each criterion value and score', () => {
    expect(rows.map((r) => r.key).slice(0, 5)).toEqual([
      'score',
      'rank_percentile',
      'time_to_power',
      'power_price_value',
      'power_price_score',
    ]);
    expect(byKey('power_price_value').cells.map((c) => c.value)).toEqual([0.05, 0.08, 0.12]);
  });

  it('marks the cheapest power, the lowest carbon and the best score', () => {
    expect(byKey('power_price_value').cells.map((c) => c.best)).toEqual([true, false, false]);
    expect(byKey('carbon_value').cells.map((c) => c.best)).toEqual([false, true, false]);
    const s = sites.map((x) => x.place!.result.score!);
    expect(byKey('score').cells.map((c) => c.best)).toEqual(s.map((v) => v === Math.max(...s)));
  });

  it('shows a dash without a percentile and explains statuses', () => {
    expect(byKey('rank_percentile').cells.map((c) => c.text)).toEqual(['—', '—', '—']);
    expect(statusLine(null)).toMatch(/Outside/);
    expect(statusLine(sites[0].place)).toMatch(/^Score \d+$/);
  });
});

describe('locator map frame', () => {
  it('contains every site with a margin, at the view box shape', async () => {
    const { frameFor } = await import('./LocatorMap.tsx');
    const sites = [
      { lon: -97, lat: 30 },
      { lon: 18, lat: 59 },
    ];
    const f = frameFor(sites);
    for (const s of sites) {
      expect(s.lon).toBeGreaterThan(f.west);
      expect(s.lon).toBeLessThan(f.west + 480 * f.degPerPx);
      expect(s.lat).toBeLessThan(f.north);
      expect(s.lat).toBeGreaterThan(f.north - 260 * f.degPerPx);
    }
  });
});
