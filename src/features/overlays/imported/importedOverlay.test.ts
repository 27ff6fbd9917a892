import { describe, expect, it } from 'vitest';
import { sortLayers } from '../../map/layerOrder.ts';
import { OVERLAYS } from '../registry.ts';
import { IMPORTED_LAYER, importedFeatures, importedOverlay } from './importedOverlay.ts';

describe('imported sites overlay', () => {
  it('is registered with a draw order no other layer uses', () => {
    expect(OVERLAYS).toContain(importedOverlay);
    expect(() => sortLayers(OVERLAYS.flatMap((o) => o.style.layers))).not.toThrow();
  });

  it('turns sites into point features carrying row and name', () => {
    expect(importedFeatures([{ row: 3, name: 'A', lat: 1, lon: 2 }]).features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [2, 1] },
      properties: { row: 3, name: 'A' },
    });
  });

  it('draws circles, not symbols (a symbol per point broke MapLibre at 100,000 points)', () => {
    const layers = importedOverlay.style.layers.map((l) => l.layer);
    expect(layers.map((l) => [l.id, l.type])).toEqual([[IMPORTED_LAYER, 'circle']]);
    expect(importedOverlay.opacity.map(([id, property]) => [id, property])).toEqual([
      [IMPORTED_LAYER, 'circle-opacity'],
      [IMPORTED_LAYER, 'circle-stroke-opacity'],
    ]);
  });
});
