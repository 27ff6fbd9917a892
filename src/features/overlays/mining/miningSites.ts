/** Mining sites for the map: status colours and labels, and the sites as GeoJSON points. */
import type { MiningSite, MiningStatus } from '../../../data/schemas.ts';

export const MINING_SOURCE = 'mining-sites';

export const STATUS_STYLE: Record<MiningStatus, { color: string; label: string }> = {
  mining: { color: '#f59e0b', label: 'Mining' },
  converting_to_ai: { color: '#a855f7', label: 'Converting to AI' },
  ai_hpc: { color: '#2563eb', label: 'AI / HPC' },
  planned: { color: '#14b8a6', label: 'Planned' },
  closed: { color: '#6b7280', label: 'Closed' },
  other: { color: '#78716c', label: 'Other' },
};

export function miningFeatures(sites: readonly MiningSite[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { id: s.id, name: s.name, status: s.status, mw: s.powerMw, precision: s.coordPrecision },
    })),
  };
}
