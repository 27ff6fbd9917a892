import { describe, expect, it } from 'vitest';
import { sortLayers } from './layerOrder.ts';

const layer = (id: string) => ({ id, type: 'background' as const });

describe('sortLayers', () => {
  it('sorts by draw order', () => {
    const sorted = sortLayers([
      { order: 300, layer: layer('points') },
      { order: 0, layer: layer('land') },
      { order: 100, layer: layer('tariffs') },
    ]);
    expect(sorted.map((l) => l.id)).toEqual(['land', 'tariffs', 'points']);
  });
  it('refuses two layers with the same order', () => {
    expect(() =>
      sortLayers([
        { order: 1, layer: layer('a') },
        { order: 1, layer: layer('b') },
      ]),
    ).toThrow(/share draw order 1/);
  });
  it('refuses a duplicate id', () => {
    expect(() =>
      sortLayers([
        { order: 1, layer: layer('a') },
        { order: 2, layer: layer('a') },
      ]),
    ).toThrow(/declared twice/);
  });
});
