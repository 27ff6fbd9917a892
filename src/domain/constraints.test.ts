import { describe, expect, it } from 'vitest';
import { checkConstraints } from './constraints.ts';

const place = { country: 'IRL', power_price: 0.15, grid_capacity_mw: 200, water_stress: 1.2 };

describe('checkConstraints', () => {
  it('excludes and names every failed constraint', () => {
    const r = checkConstraints(place, 60, {
      maxPowerPrice: 0.1,
      minGridCapacity: 500,
      maxWaterStress: 3,
      maxTimeToPower: 36,
      excludedCountries: ['irl'],
    });
    expect(r.violations.map((v) => v.id).sort()).toEqual(
      ['excludedCountries', 'maxPowerPrice', 'maxTimeToPower', 'minGridCapacity'].sort(),
    );
    const price = r.violations.find((v) => v.id === 'maxPowerPrice');
    expect(price?.message).toBe('Power price 0.15 USD/kWh is above the max 0.1 USD/kWh');
    expect(price?.label).toBe('Max power price');
  });

  it('passes at the limit and ignores limits that are off', () => {
    expect(
      checkConstraints(place, 36, { maxPowerPrice: 0.15, maxTimeToPower: 36, minGridCapacity: null })
        .violations,
    ).toEqual([]);
  });

  it('reports constraints it cannot check for lack of data', () => {
    const r = checkConstraints({ country: null }, null, {
      maxCarbon: 300,
      maxTimeToPower: 24,
      excludedCountries: ['USA'],
    });
    expect(r.violations).toEqual([]);
    expect(r.unknown.sort()).toEqual(['excludedCountries', 'maxCarbon', 'maxTimeToPower']);
  });
});
