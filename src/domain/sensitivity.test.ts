import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config.ts';
import type { PlaceValues } from './layerIds.ts';
import { weightSensitivity } from './sensitivity.ts';

const base: PlaceValues = {
  country: 'USA',
  power_price: 0.06,
  grid_capacity_mw: 800,
  stranded_power: 3,
  energized_site_km: 300,
  energized_site_mw: 50,
  temperature_mean: 15,
  carbon: 400,
  water_stress: 2,
  hazard: 5,
  landing_km: 500,
  metro_km: 80,
};

describe('weightSensitivity', () => {
  it('keeps a dominant site first and ranks an incomplete one nowhere', () => {
    const sites: PlaceValues[] = [
      { ...base, power_price: 0.2, carbon: 800 },
      { ...base, power_price: 0.03, energized_site_km: 2, energized_site_mw: 300, carbon: 30 },
      { ...base, hazard: null },
      { ...base, power_price: 0.061 },
      base,
    ];
    const r = weightSensitivity(sites, defaultConfig(), { trials: 100 });
    expect(r[1]).toMatchObject({ baseRank: 1, rankRange: [1, 1], rankStability: 1 });
    expect(r[2]).toMatchObject({ baseRank: null, rankRange: null, scoreRange: null });
    // The two near-identical sites may swap places, but stay between the dominant site and the expensive one.
    expect(r[3].rankRange?.[0]).toBeGreaterThanOrEqual(2);
    expect(r[4].rankRange?.[1]).toBeLessThanOrEqual(3);
    const [lo, hi] = r[0].scoreRange as [number, number];
    expect(lo).toBeLessThanOrEqual(r[0].baseScore as number);
    expect(hi).toBeGreaterThanOrEqual(lo);
  });
});
