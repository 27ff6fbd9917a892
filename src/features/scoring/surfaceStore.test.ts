import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../domain/index.ts';
import { initialConfig } from './scoringStore.ts';
import { isNothingWeighted } from './surfaceStore.ts';

describe('nothing weighted', () => {
  it('holds when every weight is 0 (or none is set), not while one criterion is weighted', () => {
    const config = initialConfig();
    expect(isNothingWeighted(config)).toBe(false);
    const zeros = Object.fromEntries(CRITERIA.map((c) => [c.id, 0]));
    expect(isNothingWeighted({ weights: zeros })).toBe(true);
    expect(isNothingWeighted({ weights: {} })).toBe(true);
    expect(isNothingWeighted({ weights: { ...zeros, [CRITERIA[0].id]: 1 } })).toBe(false);
  });
});
