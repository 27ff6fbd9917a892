/** GeoJSON export: a FeatureCollection of points carrying the CSV's columns, plus a `metadata` member. */
import type { FeatureCollection, Point } from 'geojson';
import type { ExportMetadata } from './exportMetadata.ts';
import type { SiteRecord } from './siteRecord.ts';

export type SitesGeoJson = FeatureCollection<Point, SiteRecord> & { metadata: ExportMetadata };

function toGeoJson(records: readonly SiteRecord[], metadata: ExportMetadata): SitesGeoJson {
  return {
    type: 'FeatureCollection',
    metadata,
    features: records.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
      properties: { ...r },
    })),
  };
}

export function geoJsonText(records: readonly SiteRecord[], metadata: ExportMetadata): string {
  return `${JSON.stringify(toGeoJson(records, metadata), null, 2)}\n`;
}
