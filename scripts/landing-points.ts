/** data/landing_points.geojson: TeleGeography submarine cable landing points (2021). CC BY-NC-SA 3.0. */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv, type RejectedRow } from './lib/csv.ts';
import { round } from './lib/num.ts';
import { SRC } from './source-ids.ts';

const FILE = 'env/connectivity_submarine_landing_points_2021.csv';
const int = z.string().trim().regex(/^\d+$/).transform(Number);
export const LandingRowSchema = z.object({
  landing_point_id: z.string().min(1),
  name: z.string().min(1),
  lat: z.string().trim().min(1).transform(Number).pipe(z.number().min(-90).max(90)),
  lon: z.string().trim().min(1).transform(Number).pipe(z.number().min(-180).max(180)),
  is_tbd: z.enum(['true', 'false']).transform((s) => s === 'true'),
  n_cables: int,
  n_cables_rfs_by_2021: int,
  cable_ids: z.string(),
});

export interface LandingPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  nCables: number;
  nCablesRfsBy2021: number;
}

/** Rule: points marked is_tbd (landing site to be determined) carry placeholder city coordinates and are rejected. */
export function loadLandingPoints(rawDir: string): {
  points: LandingPoint[];
  rejected: RejectedRow[];
  in: number;
} {
  const rows = parseCsv(join(rawDir, FILE), LandingRowSchema, { label: FILE });
  const rejected: RejectedRow[] = [];
  const points: LandingPoint[] = [];
  rows.forEach((r, i) => {
    if (r.is_tbd) {
      rejected.push({
        file: FILE,
        row: i + 1,
        id: r.landing_point_id,
        reason: 'is_tbd: placeholder coordinates',
      });
      return;
    }
    points.push({
      id: r.landing_point_id,
      name: r.name,
      lat: round(r.lat, 5),
      lon: round(r.lon, 5),
      nCables: r.n_cables,
      nCablesRfsBy2021: r.n_cables_rfs_by_2021,
    });
  });
  points.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { points, rejected, in: rows.length };
}

export function landingGeojson(points: LandingPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name: p.name,
        n_cables: p.nCables,
        n_cables_rfs_by_2021: p.nCablesRfsBy2021,
        sourceId: SRC.landing,
      },
    })),
  };
}
