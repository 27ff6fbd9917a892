/**
 * One label point per country, inside its largest polygon, so multi-part countries are named once. Each carries
 * that polygon's area (km²), its rank by area (1 = largest) and the zoom from which it is named (labelRank.ts).
 */
import { area, pointOnFeature, polygon } from '@turf/turf';
import type { RegionCollection } from '../../../data/datasets.ts';
import { labelMinZoom, ranksByDescending } from './labelRank.ts';

export function countryLabelPoints(countries: RegionCollection): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const largest = countries.features.map((f) => {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return parts
      .map((rings) => {
        const p = polygon(rings);
        return { p, m2: area(p) };
      })
      .reduce((a, b) => (b.m2 > a.m2 ? b : a));
  });
  const ranks = ranksByDescending(largest.map((l) => l.m2));
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f, i) => {
      const at = pointOnFeature(largest[i].p);
      const areaKm2 = Math.round(largest[i].m2 / 1e6);
      return {
        type: 'Feature',
        geometry: at.geometry,
        properties: {
          name: f.properties.name,
          code: f.properties.code,
          areaKm2,
          rank: ranks[i],
          minzoom: labelMinZoom(areaKm2, at.geometry.coordinates[1]),
        },
      };
    }),
  };
}
