import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config.ts';
import { getLimit, isCountryLevelLimit, LIMITS, type LimitId } from './constraints.ts';
import { isCriterionId } from './criteria.ts';
import { applyPreset, PRESETS } from './presets.ts';

describe('presets', () => {
  it('use known criteria with non-negative weights, some positive, and known constraints', () => {
    expect(PRESETS.length).toBeGreaterThan(1);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(new Set(PRESETS.map((p) => p.label)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      const weights = Object.entries(p.weights);
      for (const [id, w] of weights) {
        expect(isCriterionId(id), id).toBe(true);
        expect(w).toBeGreaterThanOrEqual(0);
      }
      expect(weights.some(([, w]) => (w ?? 0) > 0)).toBe(true);
      for (const key of Object.keys(p.constraints ?? {})) {
        expect([...LIMITS.map((l) => l.id), 'excludedCountries']).toContain(key);
      }
      expect(p.rationale.length).toBeGreaterThan(20);
      expect(() => resolveConfig(applyPreset(p))).not.toThrow();
    }
  });

  it('weigh grid access where a substation nearby matters, and keep the grid access voltage', () => {
    const withAccess = PRESETS.filter((p) => (p.weights.grid_access ?? 0) > 0).map((p) => p.id);
    expect(withAccess).toEqual(['miner_playbook', 'fastest_to_power', 'near_users']);
    const rationales = PRESETS.filter((p) => withAccess.includes(p.id)).map((p) => p.rationale);
    expect(rationales.filter((r) => !/substation/.test(r))).toEqual([]);
    for (const p of PRESETS)
      expect(applyPreset(p, { weights: {}, gridAccessVoltage: 345 }).gridAccessVoltage).toBe(345);
  });

  it('put no hard limit on a country average (they weigh it instead)', () => {
    const countryLimits = PRESETS.flatMap((p) =>
      Object.keys(p.constraints ?? {})
        .filter((k) => k !== 'excludedCountries' && isCountryLevelLimit(getLimit(k as LimitId)))
        .map((k) => `${p.id}.${k}`),
    );
    expect(countryLimits).toEqual([]);
    expect(LIMITS.filter(isCountryLevelLimit).map((l) => l.id)).toEqual([
      'maxCarbon',
      'maxWaterStress',
      'maxHazard',
    ]);
  });

  it("keep the user's assumptions, transforms and excluded countries", () => {
    const user = {
      weights: { carbon: 1 },
      transforms: { carbon: { kind: 'linear' as const, min: 10, max: 20 } },
      assumptions: { greenfield_months: 48 },
      populationRadius: 300 as const,
      constraints: { maxCarbon: 100, excludedCountries: ['IRL'] },
    };
    for (const preset of PRESETS) {
      const config = applyPreset(preset, user);
      expect(config.assumptions).toEqual(user.assumptions);
      expect(config.transforms).toEqual(user.transforms);
      expect(config.populationRadius).toBe(user.populationRadius);
      expect(config.constraints).toEqual({ excludedCountries: ['IRL'], ...preset.constraints });
      expect(config.weights).toEqual(preset.weights);
    }
  });
});
