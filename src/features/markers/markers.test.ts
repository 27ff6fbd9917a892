import { afterEach, describe, expect, it } from 'vitest';
import { bestSiteFeatures, selectedFeatures, shortlistFeatures } from './markerFeatures.ts';
import { MARKERS_STYLE_PART, MARKER_LAYERS, MARKER_SOURCES } from './markerStyle.ts';
import { useMarkersStore, type BestSiteMarker } from './markersStore.ts';
import { sortLayers } from '../map/layerOrder.ts';
import { buildStyle } from '../map/mapStyle.ts';
import { OVERLAY_STYLE_PARTS } from '../overlays/registry.ts';

const sites: BestSiteMarker[] = [
  { rank: 1, lon: -100.88, lat: 32.38, name: 'Colorado City, Texas' },
  { rank: 2, lon: 22.15, lat: 65.58, name: 'Luleå, Sweden' },
];

afterEach(() => useMarkersStore.setState({ bestSites: [], highlighted: null }));

describe('marker GeoJSON', () => {
  it('numbers best sites by their rank (feature id, label) at their place', () => {
    const fc = bestSiteFeatures(sites);
    expect(fc.features.map((f) => [f.id, f.properties.label, f.geometry.coordinates])).toEqual([
      [1, '1', [-100.88, 32.38]],
      [2, '2', [22.15, 65.58]],
    ]);
    expect(fc.features[1]!.properties.name).toBe('Luleå, Sweden');
  });

  it('marks a selected point or overlay feature, nothing for selections without a place', () => {
    expect(selectedFeatures({ kind: 'point', lon: 1, lat: 2 }).features[0]!.geometry.coordinates).toEqual([
      1, 2,
    ]);
    const feature = selectedFeatures({
      kind: 'feature',
      overlay: 'x',
      name: 'n',
      lon: 3,
      lat: 4,
      properties: {},
    });
    expect(feature.features[0]!.geometry.coordinates).toEqual([3, 4]);
    expect(selectedFeatures({ kind: 'mining-site', id: 'a' }).features).toEqual([]);
    expect(selectedFeatures(null).features).toEqual([]);
  });

  it('gives each shortlisted place a distinct numeric id and its name', () => {
    const fc = shortlistFeatures([
      { name: 'Near Québec, Québec, Canada', lon: -71.2, lat: 46.8 },
      { name: 'Site B', lon: 0, lat: 0 },
    ]);
    expect(fc.features.map((f) => [f.id, f.properties.name])).toEqual([
      [1, 'Near Québec, Québec, Canada'],
      [2, 'Site B'],
    ]);
  });
});

describe('marker style', () => {
  it('draws every marker layer above every overlay and basemap layer', () => {
    const layers = buildStyle([...OVERLAY_STYLE_PARTS, MARKERS_STYLE_PART]).layers.map((l) => l.id);
    const markerIds = Object.values(MARKER_LAYERS) as string[];
    const firstMarker = layers.findIndex((id) => markerIds.includes(id));
    expect(layers.slice(firstMarker).sort()).toEqual([...markerIds].sort());
    expect(
      sortLayers(MARKERS_STYLE_PART.layers).every(
        (l) => 'source' in l && Object.values(MARKER_SOURCES).includes(l.source as never),
      ),
    ).toBe(true);
  });
});

describe('markers store: row and marker highlight', () => {
  it('highlights one rank at a time, from either side, and clears', () => {
    const s = useMarkersStore.getState();
    s.setBestSites(sites);
    s.highlight(2);
    expect(useMarkersStore.getState().highlighted).toBe(2);
    s.highlight(1);
    expect(useMarkersStore.getState().highlighted).toBe(1);
    s.highlight(null);
    expect(useMarkersStore.getState().highlighted).toBeNull();
  });

  it('drops a highlight whose site is gone after a new run, keeps one still listed', () => {
    const s = useMarkersStore.getState();
    s.setBestSites(sites);
    s.highlight(2);
    s.setBestSites(sites.slice(0, 2));
    expect(useMarkersStore.getState().highlighted).toBe(2);
    s.setBestSites(sites.slice(0, 1));
    expect(useMarkersStore.getState().highlighted).toBeNull();
  });
});
