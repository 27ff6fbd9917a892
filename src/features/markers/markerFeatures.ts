/**
 * The markers' GeoJSON, built from app state (pure): numbered best sites (feature id = rank, so the list row and
 * the marker share a key for feature-state), the selected place, the shortlisted places (feature id = position + 1).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Selection } from '../../shared/selectionStore.ts';
import type { BestSiteMarker } from './markersStore.ts';

export type MarkerCollection<P> = FeatureCollection<Point, P>;

const point = <P>(id: number, lon: number, lat: number, properties: P): Feature<Point, P> => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

export function bestSiteFeatures(
  sites: readonly BestSiteMarker[],
): MarkerCollection<{ rank: number; label: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: sites.map((s) =>
      point(s.rank, s.lon, s.lat, { rank: s.rank, label: String(s.rank), name: s.name }),
    ),
  };
}

/** Where the selection is, if it has a place on the map (a point or an overlay feature). */
export function selectedFeatures(selection: Selection | null): MarkerCollection<{ kind: string }> {
  const at =
    selection && (selection.kind === 'point' || selection.kind === 'feature')
      ? [point(1, selection.lon, selection.lat, { kind: selection.kind })]
      : [];
  return { type: 'FeatureCollection', features: at };
}

export function shortlistFeatures(
  entries: readonly { name: string; lon: number; lat: number }[],
): MarkerCollection<{ name: string }> {
  return {
    type: 'FeatureCollection',
    features: entries.map((e, i) => point(i + 1, e.lon, e.lat, { name: e.name })),
  };
}
