import { describe, expect, it } from 'vitest';
import { getLimit, limitValueError, validateConstraints } from './constraints.ts';
import { limitImpact } from './limitImpact.ts';
import { gridFromPlaces } from './testing/syntheticGrid.ts';

/** Three countries with their own country-average carbon; AAC has two cells. */
const places = [
  { lat: 10, lon: 10, values: { country: 'AAA', carbon: 100 } },
  { lat: 20, lon: 10, values: { country: 'AAB', carbon: 400 } },
  { lat: 30, lon: 10, values: { country: 'AAC', carbon: 600 } },
  { lat: 31, lon: 12, values: { country: 'AAC', carbon: 600 } },
];
const grid = gridFromPlaces(places, { countries: ['AAA', 'AAB', 'AAC'] });
const carbon = getLimit('maxCarbon');

describe('limitImpact', () => {
  it('counts the countries and the share of land cells a country-level limit removes', () => {
    const limit = 300;
    const failing = places.filter((p) => p.values.carbon > limit);
    const r = limitImpact(grid, carbon, limit);
    expect(r?.countries).toEqual([...new Set(failing.map((p) => p.values.country))].sort());
    expect(r?.cells).toBe(failing.length);
    expect(r?.landShare).toBeCloseTo(failing.length / places.length, 12);
  });

  it('removes nothing at a limit above every value, and has no answer for time to power', () => {
    expect(limitImpact(grid, carbon, Math.max(...places.map((p) => p.values.carbon)))).toEqual({
      countries: [],
      cells: 0,
      landShare: 0,
    });
    expect(limitImpact(grid, getLimit('maxTimeToPower'), 36)).toBeNull();
  });
});

describe('limit ranges', () => {
  it('refuse values outside a limit’s range and name the range', () => {
    const water = getLimit('maxWaterStress');
    expect(limitValueError(water, water.max + 1)).toMatch(/between 0 and 5/);
    expect(limitValueError(water, water.min)).toBeNull();
    expect(limitValueError(carbon, -1)).toMatch(/Max grid carbon/);
    expect(validateConstraints({ maxHazard: getLimit('maxHazard').max + 1 })).toMatch(/Max disaster risk/);
    expect(validateConstraints({ maxHazard: null })).toBeNull();
  });
});
