import { describe, expect, it } from 'vitest';
import { CRITERION_BOUNDS } from './criterionBounds.ts';
import {
  availableCriteria,
  CRITERIA,
  CRITERION_IDS,
  criterionSourceIds,
  defaultWeights,
} from './criteria.ts';
import { LAYER_IDS } from './layerIds.ts';
import { syntheticGrid } from './testing/syntheticGrid.ts';
import { validateTransform } from './transforms.ts';

describe('criteria registry', () => {
  it('lists every criterion once, with a label, unit, known layers and a valid default transform', () => {
    expect(CRITERIA.map((c) => c.id)).toEqual([...CRITERION_IDS]);
    for (const c of CRITERIA) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.unit.length).toBeGreaterThan(0);
      expect(c.defaultWeight).toBeGreaterThanOrEqual(0);
      for (const l of c.layers) expect(LAYER_IDS).toContain(l);
      expect(validateTransform(CRITERION_BOUNDS[c.id].transform)).toBeNull();
      expect(CRITERION_BOUNDS[c.id].reason.length).toBeGreaterThan(20);
    }
  });

  it('has unique slider labels and default weights summing to 100', () => {
    expect(new Set(CRITERIA.map((c) => c.label)).size).toBe(CRITERIA.length);
    expect(Object.values(defaultWeights()).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('takes source ids from the grid layers at runtime', () => {
    const grid = syntheticGrid({ resolutionDeg: 10, seed: 3 });
    expect(criterionSourceIds('population_reach', grid.manifest).sort()).toEqual([
      'synthetic_population_100km',
      'synthetic_population_300km',
    ]);
    expect(availableCriteria(grid.manifest)).toEqual([...CRITERION_IDS]);
  });
});
