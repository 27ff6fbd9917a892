/** One label point per country, inside its largest polygon, so multi-part countries are named once. */
import { area, pointOnFeature, polygon } from '@turf/turf';
import type { RegionCollection } from '../../../data/datasets.ts';

export function countryLabelPoints(countries: RegionCollection): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const largest = parts.map((rings) => polygon(rings)).reduce((a, b) => (area(b) > area(a) ? b : a));
      const at = pointOnFeature(largest);
      return {
        type: 'Feature',
        geometry: at.geometry,
        properties: { name: f.properties.name, code: f.properties.code },
      };
    }),
  };
}
