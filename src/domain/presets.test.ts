import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config.ts';
import { LIMITS } from './constraints.ts';
import { isCriterionId } from './criteria.ts';
import { applyPreset, PRESETS } from './presets.ts';

describe('presets', () => {
  it('use known criteria with non-negative weights, some positive, and known constraints', () => {
    expect(PRESETS.map((p) => p.label)).toEqual([
      'Miner playbook',
      'Fastest to power',
      'Cheapest power',
      'Low carbon',
      'Near users (inference)',
    ]);
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

  it("keep the user's assumptions, transforms and excluded countries", () => {
    const config = applyPreset(PRESETS[1], {
      weights: { carbon: 1 },
      assumptions: { greenfield_months: 48 },
      constraints: { maxCarbon: 100, excludedCountries: ['IRL'] },
    });
    expect(config.assumptions).toEqual({ greenfield_months: 48 });
    expect(config.constraints).toEqual({ excludedCountries: ['IRL'], maxTimeToPower: 48 });
    expect(config.weights.carbon).toBeUndefined();
  });
});
