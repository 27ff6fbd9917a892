import { describe, expect, it } from 'vitest';
import { sortLayers } from '../../map/layerOrder.ts';
import { OVERLAYS } from '../registry.ts';
import { diamondIcon, importedFeatures, importedOverlay } from './importedOverlay.ts';

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

  it('draws an opaque diamond with transparent corners', () => {
    const icon = diamondIcon(20);
    expect(icon.data.length).toBe(20 * 20 * 4);
    expect(icon.data[3]).toBe(0);
    expect(icon.data[(10 * 20 + 10) * 4 + 3]).toBe(255);
  });
});
