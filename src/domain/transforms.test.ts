import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformScore, validateTransform, type Transform } from './transforms.ts';

const transforms: Transform[] = [
  { kind: 'linear', min: 0.03, max: 0.2 },
  { kind: 'log', min: 10, max: 300 },
  { kind: 'breaks', breaks: [1, 2, 3, 4] },
];

describe('transformScore', () => {
  it('maps linear bounds to 0 and 100 by direction, clamped', () => {
    const t: Transform = { kind: 'linear', min: 10, max: 20 };
    expect(transformScore(t, 'higher', 10)).toBe(0);
    expect(transformScore(t, 'higher', 15)).toBe(50);
    expect(transformScore(t, 'higher', 99)).toBe(100);
    expect(transformScore(t, 'lower', 10)).toBe(100);
    expect(transformScore(t, 'lower', -5)).toBe(100);
    expect(transformScore(t, 'lower', 20)).toBe(0);
  });

  it('log: equal ratios give equal steps; zero clamps to the low bound', () => {
    const t: Transform = { kind: 'log', min: 10, max: 1000 };
    expect(transformScore(t, 'higher', 100)).toBeCloseTo(50, 10);
    expect(transformScore(t, 'higher', 0)).toBe(0);
    expect(transformScore(t, 'lower', 1000)).toBe(0);
  });

  it('class breaks: values on a break go to the upper class', () => {
    const t: Transform = { kind: 'breaks', breaks: [1, 2, 3, 4] };
    expect([0, 0.99, 1, 2.5, 4, 5].map((v) => transformScore(t, 'lower', v))).toEqual([
      100, 100, 75, 50, 0, 0,
    ]);
  });

  it('is monotonic in the direction and stays in 0..100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...transforms),
        fc.constantFrom('lower' as const, 'higher' as const),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (t, dir, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const sLo = transformScore(t, dir, lo);
          const sHi = transformScore(t, dir, hi);
          for (const s of [sLo, sHi]) expect(s >= 0 && s <= 100).toBe(true);
          // Better values score at least as high: higher ones when higher is better, else lower ones.
          const [worse, better] = dir === 'higher' ? [sLo, sHi] : [sHi, sLo];
          expect(better).toBeGreaterThanOrEqual(worse);
        },
      ),
    );
  });
});

describe('validateTransform', () => {
  it('rejects inverted, non-positive log and unsorted breaks', () => {
    expect(validateTransform({ kind: 'linear', min: 2, max: 1 })).toMatch(/below/);
    expect(validateTransform({ kind: 'log', min: 0, max: 1 })).toMatch(/positive/);
    expect(validateTransform({ kind: 'breaks', breaks: [2, 1] })).toMatch(/ascending/);
    expect(validateTransform({ kind: 'breaks', breaks: [] })).toMatch(/at least/);
    for (const t of transforms) expect(validateTransform(t)).toBeNull();
  });
});
