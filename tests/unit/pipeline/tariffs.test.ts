import { describe, expect, it } from 'vitest';
import {
  chooseCountry,
  chooseSubnational,
  compareCandidates,
  pickBest,
  type Candidate,
} from '../../../scripts/tariffs.ts';
import { periodEnd } from '../../../scripts/tariffs-schemas.ts';

const c = (over: Partial<Candidate>): Candidate => ({
  region: 'XX',
  level: 'country',
  sector: 'industrial',
  usdPerKwh: 0.1,
  period: '2024',
  sourceId: 'SRC',
  worldBank: false,
  preliminary: false,
  bandRank: 0,
  ...over,
});

describe('periodEnd', () => {
  it('orders the period conventions of tariffs.csv', () => {
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2024-S1')).toBe('2024-06-30');
    expect(periodEnd('2024-S2')).toBe('2024-12-31');
    expect(periodEnd('2024-Q3')).toBe('2024-09-30');
    expect(periodEnd('FY2022')).toBe('2023-03-31');
    expect(periodEnd('2024-10')).toBe('2024-10-01');
    expect(periodEnd('2022-04-01')).toBe('2022-04-01');
    expect(() => periodEnd('sometime')).toThrow(/unknown tariff period/);
  });
});

describe('tariff choice rule', () => {
  it('Eurostat band IE beats ID for the same country and semester', () => {
    const id = c({ sourceId: 'EUROSTAT_NRG_PC_205_ID', bandRank: 1, usdPerKwh: 0.2249, period: '2024-S2' });
    const ie = c({ sourceId: 'EUROSTAT_NRG_PC_205_IE', bandRank: 0, usdPerKwh: 0.1855, period: '2024-S2' });
    const r = pickBest([id, ie])!;
    expect(r.best).toBe(ie);
    expect(r.reasons).toContain('band nearest a large load');
  });

  it('final beats preliminary even when the preliminary period is more recent', () => {
    const fin = c({ period: '2024', sourceId: 'EIA861M_2024_FINAL' });
    const pre = c({ period: '2025', sourceId: 'EIA861M_2025_PRELIM', preliminary: true });
    expect(pickBest([pre, fin])!.best).toBe(fin);
    expect(compareCandidates(fin, pre)[1]).toBe('preliminary');
  });

  it('industrial beats commercial, and the most recent period wins otherwise', () => {
    const ind = c({ sector: 'industrial', period: '2022-04-01' });
    const com = c({ sector: 'commercial', period: '2024' });
    expect(pickBest([com, ind])!.best).toBe(ind);
    const old = c({ period: '2024-S1' });
    const recent = c({ period: '2024-S2' });
    expect(pickBest([old, recent])!.best).toBe(recent);
  });

  it('World Bank 2019 is used only when nothing else exists', () => {
    const wb = c({ sector: 'commercial', worldBank: true, period: '2019', sourceId: 'WB_DB2020_GE_PRICE' });
    const other = c({ sector: 'commercial', period: '2016-05', sourceId: 'OLD_PAGE' });
    expect(pickBest([wb, other])!.best).toBe(other);
    const onlyWb = chooseCountry([wb]);
    expect(onlyWb.tariff?.basis).toBe('worldbank_2019');
    expect(onlyWb.tariff?.rule).toMatch(/World Bank/);
    expect(onlyWb.commercial?.basis).toBe('worldbank_2019');
  });

  it('country polygon: industrial row as tariff, WB as commercial where no other commercial exists', () => {
    const ind = c({ sourceId: 'JP_ITCENEX_IND_FY2022', period: 'FY2022', usdPerKwh: 0.2037 });
    const wb = c({
      sector: 'commercial',
      worldBank: true,
      period: '2019',
      sourceId: 'WB_DB2020_GE_PRICE',
      usdPerKwh: 0.212,
    });
    const r = chooseCountry([wb, ind]);
    expect(r.tariff).toMatchObject({ usdPerKwh: 0.2037, basis: 'country', sector: 'industrial' });
    expect(r.commercial).toMatchObject({ usdPerKwh: 0.212, basis: 'worldbank_2019' });
  });

  it('subnational row beats the country row; a region without a row gets country_fallback', () => {
    const country = chooseCountry([c({ usdPerKwh: 0.0813 })]);
    const own = chooseSubnational([c({ level: 'subnational', region: 'US-TX', usdPerKwh: 0.0612 })], country);
    expect(own.tariff).toMatchObject({ usdPerKwh: 0.0612, basis: 'subnational' });
    const none = chooseSubnational([], country);
    expect(none.tariff).toMatchObject({ usdPerKwh: 0.0813, basis: 'country_fallback' });
    expect(none.tariff?.rule).toMatch(/No regional row/);
  });

  it('a subnational polygon of a WB-only country keeps basis worldbank_2019; no rows at all = no data', () => {
    const country = chooseCountry([c({ sector: 'commercial', worldBank: true, period: '2019' })]);
    expect(chooseSubnational([], country).tariff?.basis).toBe('worldbank_2019');
    expect(chooseCountry([])).toEqual({ tariff: null, commercial: null });
    expect(chooseSubnational([], { tariff: null, commercial: null })).toEqual({
      tariff: null,
      commercial: null,
    });
  });

  it('is independent of input order: every permutation picks the same best row', () => {
    const rows = [
      c({ sourceId: 'A', bandRank: 1 }),
      c({ sourceId: 'B', preliminary: true }),
      c({ sourceId: 'C', sector: 'commercial' }),
      c({ sourceId: 'D', period: '2023' }),
      c({ sourceId: 'E' }),
    ];
    const orders = permutations(rows);
    expect(orders).toHaveLength(120);
    const picked = new Set(orders.map((order) => pickBest(order)!.best.sourceId));
    // E is the only row that loses on no key: A has a worse band, B is preliminary, C commercial, D older
    expect([...picked]).toEqual(['E']);
  });
});

/** All orderings of `xs` (exhaustive: no randomness, so the test cannot pass or fail by luck). */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
