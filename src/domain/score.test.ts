import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, normaliseWeights, type ScoringConfig } from './config.ts';
import { CRITERIA, type CriterionId } from './criteria.ts';
import { DEFAULT_GRID_ACCESS_VOLTAGE, substationLayer, type GridAccessVoltage } from './gridAccess.ts';
import type { NumericLayerId, PlaceValues } from './layerIds.ts';
import { scorePoint } from './score.ts';
import { arbPlace, arbWeights } from './testing/arbitraries.ts';

const place: PlaceValues = {
  country: 'USA',
  power_price: 0.05,
  power_price_basis: 'subnational',
  grid_capacity_mw: 1500,
  stranded_power: 8,
  energized_site_km: 5,
  energized_site_mw: 200,
  energized_site_status: 'mining',
  temperature_mean: 12,
  carbon: 350,
  water_stress: 1.5,
  hazard: 3,
  landing_km: 900,
  population_100km: 2_500_000,
  population_300km: 11_000_000,
  cloud_region_km: 150,
  substation_110_km: 4,
  substation_220_km: 30,
  substation_345_km: 80,
  substation_kv: 132,
  transmission_coverage: 'osm_2017',
};

/** Each criterion's raw input(s) and the way that makes it better. */
const IMPROVE: Record<CriterionId, Array<[NumericLayerId, 'down' | 'up']>> = {
  power_price: [['power_price', 'down']],
  grid_capacity: [['grid_capacity_mw', 'up']],
  grid_access: [
    ['substation_110_km', 'down'],
    ['substation_220_km', 'down'],
    ['substation_345_km', 'down'],
  ],
  stranded_power: [['stranded_power', 'up']],
  energized_site: [
    ['energized_site_km', 'down'],
    ['energized_site_mw', 'up'],
  ],
  time_to_power: [
    ['energized_site_km', 'down'],
    ['substation_110_km', 'down'],
    ['substation_220_km', 'down'],
    ['substation_345_km', 'down'],
    ['grid_capacity_mw', 'up'],
  ],
  cooling: [['temperature_mean', 'down']],
  carbon: [['carbon', 'down']],
  water_stress: [['water_stress', 'down']],
  population_reach: [
    ['population_100km', 'up'],
    ['population_300km', 'up'],
  ],
  cloud_region: [['cloud_region_km', 'down']],
  landing: [['landing_km', 'down']],
  hazard: [['hazard', 'down']],
};

describe('scorePoint', () => {
  it('breaks the score down per criterion with units, weights, contributions and sources', () => {
    const r = scorePoint(place, defaultConfig());
    expect(r.status).toBe('scored');
    expect(r.breakdown.map((b) => b.id)).toEqual(CRITERIA.map((c) => c.id));
    const price = r.breakdown[0];
    expect(price).toMatchObject({ label: 'Power price', unit: 'USD/kWh', value: 0.05, weightPercent: 20 });
    const sum = r.breakdown.reduce((s, b) => s + (b.contribution ?? 0), 0);
    expect(r.score).toBeCloseTo(sum, 9);
    expect(r.breakdown.find((b) => b.id === 'time_to_power')?.sourceIds).toContain(
      'GRIDSCOUT_TIME_TO_POWER_ASSUMPTIONS',
    );
    expect(r.breakdown.find((b) => b.id === 'cloud_region')?.value).toBe(place.cloud_region_km);
    expect(r.timeToPower.stage).toBe('energised_site');
  });

  it('is monotonic in each criterion in its direction', () => {
    fc.assert(
      fc.property(
        arbPlace(false),
        arbWeights(),
        fc.constantFrom(...CRITERIA.map((c) => c.id)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, weights, id, f) => {
          const better: PlaceValues = { ...p };
          for (const [layer, way] of IMPROVE[id]) {
            const v = p[layer] as number;
            better[layer] = way === 'down' ? v * f : v / Math.max(f, 1e-3);
          }
          const a = scorePoint(p, { weights });
          const b = scorePoint(better, { weights });
          expect(a.status).toBe('scored');
          expect(b.score as number).toBeGreaterThanOrEqual((a.score as number) - 1e-9);
        },
      ),
    );
  });

  it('normalises weights to percentages over positive weights; scaling them changes nothing', () => {
    fc.assert(
      fc.property(
        arbPlace(false),
        arbWeights(),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (p, weights, k) => {
          const pct = normaliseWeights(weights);
          const total = Object.values(pct).reduce((s, x) => s + x, 0);
          expect(total).toBeCloseTo(100, 9);
          const unweighted = CRITERIA.filter((c) => weights[c.id] === 0);
          expect(unweighted.map((c) => pct[c.id])).toEqual(unweighted.map(() => 0));
          const scaled = Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w * k]));
          const a = scorePoint(p, { weights });
          const b = scorePoint(p, { weights: scaled });
          expect(b.score as number).toBeCloseTo(a.score as number, 9);
          expect(b.breakdown.map((x) => x.weightPercent)).toEqual(
            a.breakdown.map((x) => expect.closeTo(x.weightPercent, 9)),
          );
        },
      ),
    );
  });

  it('never presents an incomplete place as scored', () => {
    fc.assert(
      fc.property(arbPlace(true), arbWeights(), (p, weights) => {
        const r = scorePoint(p, { weights });
        const missing = r.breakdown.filter((b) => b.weighted && b.value === null).map((b) => b.id);
        expect(r.missing).toEqual(missing);
        // Scored exactly when nothing weighted is missing (and the place is neither excluded nor unweighted).
        const scored = r.status === 'scored';
        expect(scored && missing.length > 0).toBe(false);
        expect(r.score === null).toBe(!scored);
        expect(r.rounded === null).toBe(!scored);
      }),
    );
  });

  it('lists the missing criteria of an incomplete place', () => {
    const r = scorePoint({ ...place, hazard: null, carbon: undefined }, defaultConfig());
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['carbon', 'hazard']);
    expect(r.score).toBeNull();
    // An unweighted missing criterion does not make it incomplete.
    expect(scorePoint({ ...place, hazard: null }, { weights: { power_price: 1 } }).status).toBe('scored');
  });

  it('excludes by constraint, names it, and still says what it would have scored', () => {
    const config: ScoringConfig = {
      ...defaultConfig(),
      constraints: { maxPowerPrice: 0.04, excludedCountries: ['USA'] },
    };
    const r = scorePoint(place, config);
    expect(r.status).toBe('excluded');
    expect(r.score).toBeNull();
    expect(r.excludedBy.map((v) => v.label)).toEqual(['Excluded countries', 'Max power price']);
    expect(r.unconstrainedScore).toBeCloseTo(scorePoint(place, defaultConfig()).score as number, 12);
  });

  it('an active constraint without data makes the place incomplete, not excluded', () => {
    const r = scorePoint(
      { ...place, carbon: null },
      { weights: { power_price: 1 }, constraints: { maxCarbon: 300 } },
    );
    expect(r.status).toBe('incomplete');
    expect(r.uncheckedConstraints).toEqual(['maxCarbon']);
  });

  it('reports "unweighted" when no weight is positive', () => {
    expect(scorePoint(place, { weights: {} }).status).toBe('unweighted');
  });

  it('labels a World Bank 2019 price', () => {
    const r = scorePoint({ ...place, power_price_basis: 'worldbank_2019' }, defaultConfig());
    expect(r.breakdown[0].notes.join(' ')).toMatch(/World Bank/);
  });

  it('reads people within the chosen population radius (100 km by default)', () => {
    const reach = (config: ScoringConfig) =>
      scorePoint(place, config).breakdown.find((b) => b.id === 'population_reach')?.value;
    expect(reach(defaultConfig())).toBe(place.population_100km);
    expect(reach({ ...defaultConfig(), populationRadius: 300 })).toBe(place.population_300km);
    expect(() => scorePoint(place, { ...defaultConfig(), populationRadius: 200 as 100 })).toThrow(
      /100 or 300 km/,
    );
  });

  it('reads grid access at the chosen voltage, and makes an uncovered place incomplete for it, never 0 km', () => {
    const at = (kv: GridAccessVoltage) =>
      scorePoint(place, { ...defaultConfig(), gridAccessVoltage: kv }).breakdown.find(
        (b) => b.id === 'grid_access',
      );
    expect(at(110)?.value).toBe(place.substation_110_km);
    expect(at(220)?.value).toBe(place.substation_220_km);
    expect(at(345)?.value).toBe(place.substation_345_km);
    expect(scorePoint(place, defaultConfig()).breakdown.find((b) => b.id === 'grid_access')?.value).toBe(
      place[substationLayer(DEFAULT_GRID_ACCESS_VOLTAGE)],
    );
    const uncovered = {
      ...place,
      energized_site_km: 500,
      substation_110_km: null,
      substation_220_km: null,
      substation_345_km: null,
      transmission_coverage: 'none',
    };
    const r = scorePoint(uncovered, defaultConfig());
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(expect.arrayContaining(['grid_access', 'time_to_power']));
    expect(r.breakdown.find((b) => b.id === 'grid_access')).toMatchObject({ value: null, score: null });
    expect(r.timeToPower.stage).toBeNull();
    expect(() => scorePoint(place, { weights: {}, gridAccessVoltage: 400 as GridAccessVoltage })).toThrow(
      /voltage/,
    );
  });

  it('rejects invalid configs with a clear message', () => {
    expect(() => scorePoint(place, { weights: { power_price: -1 } })).toThrow(/non-negative/);
    expect(() =>
      scorePoint(place, { weights: {}, transforms: { carbon: { kind: 'linear', min: 5, max: 1 } } }),
    ).toThrow(/carbon/);
  });
});
