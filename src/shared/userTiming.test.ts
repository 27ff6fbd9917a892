import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MEASURES_PER_NAME, measure } from './userTiming.ts';

const entries = (name: string) => performance.getEntriesByName(name, 'measure');

describe('measure', () => {
  afterEach(() => performance.clearMeasures());

  it('records a measure with its detail, as performance.measure does', () => {
    const start = performance.now();
    const m = measure('test:one', { start, detail: { cells: 3 } });
    expect(entries('test:one')).toHaveLength(1);
    expect(m.detail).toEqual({ cells: 3 });
  });

  it('clears a name once it reaches the cap, keeping the newest measure and other names', () => {
    for (let i = 0; i < 5; i++) measure('test:capped', { start: 0, detail: { i } });
    measure('test:other', { start: 0 });
    expect(entries('test:capped')).toHaveLength(5);
    measure('test:capped', { start: 0, detail: { i: 5 } }, 5);
    expect(entries('test:capped').map((e) => (e as PerformanceMeasure).detail)).toEqual([{ i: 5 }]);
    expect(entries('test:other')).toHaveLength(1);
  });

  it('caps each name at MAX_MEASURES_PER_NAME by default', () => {
    for (let i = 0; i < MAX_MEASURES_PER_NAME + 10; i++) measure('test:many', { start: 0 });
    expect(entries('test:many')).toHaveLength(10);
  });
});
