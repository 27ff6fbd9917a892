/** The de-duplication rule on synthetic records: distances and tolerance come from the rules table. */
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../scripts/grid-truth/dedupe.ts';
import type { PlantRecord } from '../../../scripts/grid-truth/records.ts';
import { DEDUP_RULE } from '../../../scripts/grid-truth/rules.ts';

const KM_PER_DEG = (6371 * Math.PI) / 180;
const rec = (over: Partial<PlantRecord>): PlantRecord => ({
  name: 'p',
  lon: 10,
  lat: 0,
  capacityMw: 100,
  fuel: 'coal',
  statusClass: 'operating',
  statusRaw: 'operating',
  startYear: null,
  startYearLast: null,
  unitCount: 1,
  accuracy: 'exact',
  sourceId: 'NEW',
  vintage: 'v',
  recordId: 'n1',
  owner: '',
  country: 'XXX',
  ...over,
});
/** An older record `km` north of the newer one at (10, 0). */
const older = (km: number, over: Partial<PlantRecord> = {}) =>
  rec({ lat: km / KM_PER_DEG, sourceId: 'OLD', recordId: `o${km}`, statusRaw: '', ...over });
const dropped = (o: PlantRecord, n: PlantRecord[]) => dedupe([o], n).dropped.length === 1;

describe('DEDUP_RULE', () => {
  const T = DEDUP_RULE.capacityTolerance;
  for (const acc of ['exact', 'approximate', 'unknown'] as const) {
    const D = DEDUP_RULE.distanceKm[acc];
    it(`drops within D = ${D} km of a newer ${acc} record, keeps beyond`, () => {
      const n = [rec({ accuracy: acc })];
      expect(dropped(older(D * 0.99), n)).toBe(true);
      expect(dropped(older(D * 1.01), n)).toBe(false);
    });
  }

  it(`keeps an older record more than (1 + T) = ${1 + T} times the newer capacity; smaller ones are growth`, () => {
    const n = [rec({ capacityMw: 100 })];
    expect(dropped(older(0.5, { capacityMw: 100 * (1 + T) * 0.99 }), n)).toBe(true);
    expect(dropped(older(0.5, { capacityMw: 100 * (1 + T) * 1.01 }), n)).toBe(false);
    expect(dropped(older(0.5, { capacityMw: 1 }), n)).toBe(true);
  });

  it('sums the newer records within D (a plant split into two locations)', () => {
    const n = [rec({ capacityMw: 60 }), rec({ capacityMw: 60, lon: 10.001, recordId: 'n2' })];
    expect(dropped(older(0.5, { capacityMw: 120 * (1 + T) * 0.99 }), n)).toBe(true);
  });

  it('matches combustion fuels with each other, never across classes', () => {
    expect(dropped(older(0.5, { fuel: 'gas' }), [rec({ fuel: 'coal' })])).toBe(true);
    expect(dropped(older(0.5, { fuel: 'solar' }), [rec({ fuel: 'coal' })])).toBe(false);
    expect(dropped(older(0.5, { fuel: 'hydro' }), [rec({ fuel: 'wind' })])).toBe(false);
  });

  it('ignores newer records that were never built, and never drops an older unbuilt record', () => {
    expect(dropped(older(0.5), [rec({ statusClass: 'planned', statusRaw: 'announced' })])).toBe(false);
    expect(dropped(older(0.5), [rec({ statusClass: 'inactive', statusRaw: 'cancelled' })])).toBe(false);
    expect(dropped(older(0.5), [rec({ statusClass: 'inactive', statusRaw: 'mothballed' })])).toBe(true);
    expect(dropped(older(0.5, { statusClass: 'construction', statusRaw: 'construction' }), [rec({})])).toBe(
      false,
    );
  });
});
