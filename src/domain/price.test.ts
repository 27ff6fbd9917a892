import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type ScoringConfig } from './config.ts';
import { placeValuesAt, type ScoringGrid } from './grid.ts';
import { createGridScorer } from './gridScorer.ts';
import type { PlaceValues } from './layerIds.ts';
import { NO_WHOLESALE_NOTE, WORLD_BANK_TARIFF_NOTE, overrideFor, powerPriceValue } from './price.ts';
import type { PriceOverride } from './priceConfig.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE } from './scoreCodes.ts';
import { scorePoint } from './score.ts';
import { arbConfig } from './testing/arbitraries.ts';
import { mulberry32, syntheticGrid } from './testing/syntheticGrid.ts';

const place: PlaceValues = {
  country: 'DEU',
  region: null,
  power_price: 0.1506,
  power_price_basis: 'country',
  power_price_source: 'EUROSTAT_NRG_PC_205_ALLBANDS',
  wholesale_price: 0.0842,
  wholesale_zone: 'Ember day-ahead 2024, mean of 12 monthly prices (Germany)',
  wholesale_source: 'EMBER_EU_WHOLESALE_MONTHLY',
};
const retail = { priceBasis: 'retail' as const, priceOverrides: [] };
const wholesale = { priceBasis: 'wholesale' as const, priceOverrides: [] };

describe('powerPriceValue', () => {
  it('retail basis: the tariff, citing only its own source', () => {
    const p = powerPriceValue(place, retail);
    expect([p.value, p.sourceIds, p.price.origin]).toEqual([
      place.power_price,
      [place.power_price_source],
      'retail',
    ]);
  });

  it('wholesale basis: the wholesale price with its zone text and only its source', () => {
    const p = powerPriceValue(place, wholesale);
    expect(p.value).toBe(place.wholesale_price);
    expect(p.sourceIds).toEqual([place.wholesale_source]);
    expect(p.price.text).toContain(place.wholesale_zone);
  });

  it('wholesale basis without a wholesale price: retail, and says so', () => {
    const p = powerPriceValue({ ...place, wholesale_price: null }, wholesale);
    expect(p.value).toBe(place.power_price);
    expect(p.price.origin).toBe('retail');
    expect(p.notes).toContain(NO_WHOLESALE_NOTE);
  });

  it('the World Bank 2019 fallback is labelled', () => {
    const p = powerPriceValue({ ...place, power_price_basis: 'worldbank_2019' }, retail);
    expect(p.notes).toContain(WORLD_BANK_TARIFF_NOTE);
  });

  it("the user's figure: region before country, before wholesale; cites no source", () => {
    const overrides: PriceOverride[] = [
      { code: 'DEU', usdPerKwh: 0.05 },
      { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote' },
    ];
    const de = powerPriceValue(place, { priceBasis: 'wholesale', priceOverrides: overrides });
    expect([de.value, de.sourceIds, de.price.origin, de.price.overrideCode]).toEqual([
      0.05,
      [],
      'own',
      'DEU',
    ]);
    const tx = powerPriceValue(
      { ...place, country: 'USA', region: 'US-TX' },
      { ...retail, priceOverrides: overrides },
    );
    expect([tx.value, tx.price.overrideCode]).toEqual([0.03, 'US-TX']);
    expect(tx.price.text).toContain('PPA quote');
    expect(overrideFor(overrides, 'US-CA', 'USA')).toBeNull();
  });

  it('scorePoint carries the price used and its sources on the power-price row', () => {
    const row = scorePoint(place, { ...defaultConfig(), priceBasis: 'wholesale' }).breakdown.find(
      (b) => b.id === 'power_price',
    )!;
    expect([row.value, row.sourceIds, row.price?.origin, row.price?.basis]).toEqual([
      place.wholesale_price,
      [place.wholesale_source],
      'wholesale',
      'wholesale',
    ]);
  });
});

/** A synthetic grid with named admin-1 regions and a wholesale_price layer (about 60 % of cells). */
function gridWithWholesale(seed: number): ScoringGrid {
  const g = syntheticGrid({ resolutionDeg: 3, seed, missingRate: 0.03 });
  const region = g.layers.get('region')!;
  let maxRegion = 0;
  for (const r of region) if (r !== 65535 && r > maxRegion) maxRegion = r;
  const regions = Array.from({ length: maxRegion + 1 }, (_, i) => `XA-${i}`);
  const rand = mulberry32(seed);
  const w = new Uint16Array(g.cells.length).map(() => (rand() < 0.4 ? 65535 : Math.floor(rand() * 2500)));
  const info = {
    id: 'wholesale_price' as const,
    label: 'Wholesale',
    unit: 'USD/kWh',
    file: 'wholesale_price.bin',
    type: 'uint16' as const,
    scale: 0.0001,
    offset: 0,
    noData: 65535,
    description: 'synthetic',
    sourceIds: [],
  };
  const layers = new Map(g.layers).set('wholesale_price', w);
  const layerInfo = new Map(g.layerInfo).set('wholesale_price', info);
  return {
    ...g,
    manifest: { ...g.manifest, regions, layers: [...g.manifest.layers, info] },
    layers,
    layerInfo,
  };
}

describe('grid scorer with price basis and own prices', () => {
  const grid = gridWithWholesale(11);
  const codes = [...grid.manifest.countries.slice(0, 40), ...(grid.manifest.regions ?? []).slice(0, 40)];
  const arbOverrides = fc.uniqueArray(
    fc.record({
      code: fc.constantFrom(...codes),
      usdPerKwh: fc.double({ min: 0, max: 0.5, noNaN: true }),
    }),
    { selector: (o) => o.code, maxLength: 12 },
  );

  it('equals scorePoint on random cells under random basis, own prices and configs (fast path invalidated)', () => {
    const scorer = createGridScorer(grid);
    fc.assert(
      fc.property(
        arbConfig(),
        fc.constantFrom('retail' as const, 'wholesale' as const),
        arbOverrides,
        fc.integer(),
        (base, priceBasis, priceOverrides, seed) => {
          const config: ScoringConfig = { ...base, priceBasis, priceOverrides };
          // The same weights under another basis first, so a stale weights-only path would show.
          scorer.score({ ...config, priceBasis: priceBasis === 'retail' ? 'wholesale' : 'retail' });
          const result = scorer.score(config);
          const fresh = createGridScorer(grid).score(config);
          expect(result.scores).toEqual(fresh.scores);
          const rand = mulberry32(seed);
          for (let k = 0; k < 50; k++) {
            const i = Math.floor(rand() * grid.cells.length);
            const p = scorePoint(placeValuesAt(grid, i), config);
            const code =
              p.status === 'scored' ? p.rounded : p.status === 'excluded' ? SCORE_EXCLUDED : SCORE_INCOMPLETE;
            expect(result.scores[i], `cell ${i}`).toBe(code);
            expect(p.status === 'scored' ? result.exact[i] : null).toBe(p.score);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('own prices change the scores of the cells they cover (the test can fail)', () => {
    const config = { ...defaultConfig(), weights: { ...defaultConfig().weights } };
    const before = createGridScorer(grid).score(config).scores;
    const country = grid.manifest.countries[0]!;
    const after = createGridScorer(grid).score({
      ...config,
      priceOverrides: [{ code: country, usdPerKwh: 0 }],
    });
    expect(Array.from(after.scores)).not.toEqual(Array.from(before));
  });
});
