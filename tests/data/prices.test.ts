/**
 * Pipeline outputs for prices (data/ as committed, which `npm run data -- --check` keeps equal to a fresh build)
 * against the RAW files: the Eurostat band nearest a large load, Ember wholesale means, the per-cell tariff source.
 * Expected numbers are computed here from the raw CSVs, never copied from the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RegionProps, Source } from '../../src/data/schemas.ts';
import { categoryAt, decodeLayerValue, findCellIndex } from '../../src/domain/index.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';

const RAW = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../shared/data');
const csv = (rel: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(RAW, rel), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
const data = <T>(rel: string): T => JSON.parse(readFileSync(join('data', rel), 'utf8')) as T;
const countries = data<{ features: { properties: RegionProps }[] }>('regions/countries.geojson').features.map(
  (f) => f.properties,
);
const grid = loadGridFromDisk('data/grid')!;

const ecb = csv('tariffs/raw/ecb_eurofxref_USD_CAD_2022_2024.csv');
const meanUsdPerEur = (from: string, to: string) => {
  const xs = ecb.filter((r) => r.date! >= from && r.date! <= to).map((r) => Number(r.USD_per_EUR));
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const bands = csv('tariffs/raw/eurostat_nrg_pc_205_allbands_XVAT_EUR_2024S1_2024S2.csv');
const bandOf = (label: string) => label.match(/band (I[A-G])$/)?.[1] ?? null;

describe('Eurostat: the largest consumption band', () => {
  it('France gets its 2024-S2 band IG price, converted at the semester mean ECB rate', () => {
    const row = bands.find((r) => r.iso2 === 'FR' && r.period === '2024-S2' && bandOf(r.band_label!) === 'IG')!;
    const rate = meanUsdPerEur('2024-07-01', '2024-12-31');
    const fr = countries.find((c) => c.code === 'FR')!.tariff!;
    expect(fr.usdPerKwh).toBeCloseTo(Number(row.eur_per_kwh) * rate, 4);
    expect(fr.period).toBe('2024-S2');
    expect(fr.band).toContain('band IG');
  });

  it('every Eurostat-priced country shows the largest band with a value in its period', () => {
    const eurostat = countries.filter((c) => c.tariff?.sourceId.startsWith('EUROSTAT'));
    expect(eurostat.length).toBeGreaterThan(30);
    for (const c of eurostat) {
      const t = c.tariff!;
      const present = bands
        .filter((r) => r.iso2 === c.code && r.period === t.period && Number(r.eur_per_kwh) > 0)
        .map((r) => bandOf(r.band_label!))
        .filter((b): b is string => b !== null)
        .sort(); // IA < ... < IG: the largest band sorts last
      expect(t.band, c.code).toContain(`band ${present.at(-1)}`);
    }
  });
});

describe('wholesale prices', () => {
  const ember = csv('tariffs/wholesale/ember_europe_monthly_2015-2025.csv');

  it('a German cell carries the mean of Ember’s twelve 2024 monthly prices, in USD at the 2024 mean ECB rate', () => {
    const months = ember.filter((r) => r['ISO3 Code'] === 'DEU' && r.Date!.startsWith('2024-'));
    expect(months).toHaveLength(12);
    const eur = months.reduce((a, r) => a + Number(r['Price (EUR/MWhe)']), 0) / 12;
    const expected = (eur * meanUsdPerEur('2024-01-01', '2024-12-31')) / 1000;
    const i = findCellIndex(grid, 51.3, 9.5);
    expect(decodeLayerValue(grid, 'wholesale_price', i)).toBeCloseTo(expected, 4);
    expect(categoryAt(grid, 'wholesale_zone', i)).toContain('2024');
    expect(categoryAt(grid, 'wholesale_source', i)).toBe('EMBER_EU_WHOLESALE_MONTHLY');
  });

  it('no wholesale price outside the Ember countries (Japan, the US)', () => {
    for (const [lat, lon] of [
      [35.7, 139.7],
      [40.78, -73.97],
    ] as const)
      expect(decodeLayerValue(grid, 'wholesale_price', findCellIndex(grid, lat, lon))).toBeNull();
  });

  it('the Ember source is listed with its licence', () => {
    const s = data<{ sources: Source[] }>('sources.json').sources.find((x) => x.id === 'EMBER_EU_WHOLESALE_MONTHLY')!;
    expect(s.license).toContain('CC BY 4.0');
  });
});

describe('per-cell tariff source', () => {
  it('a Manhattan cell names the New York tariff’s source only', () => {
    const admin1 = data<{ features: { properties: RegionProps }[] }>('regions/admin1.geojson').features;
    const ny = admin1.find((f) => f.properties.code === 'US-NY')!.properties.tariff!;
    expect(categoryAt(grid, 'power_price_source', findCellIndex(grid, 40.78, -73.97))).toBe(ny.sourceId);
  });
});
