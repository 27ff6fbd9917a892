/** NCEP/NCAR R1 2 m temperature climatology on the T62 Gaussian grid, bilinear interpolation with longitude wrap. */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../lib/csv.ts';

const FILE = 'env/climate_ncep_r1_t2m_1991_2020.csv';
const n = z.string().trim().min(1).transform(Number).pipe(z.number().finite());
const Row = z.object({ lat: n, lon: n, t_mean_annual_c: n, t_warmest_month_c: n });

export interface ClimateGrid {
  lats: number[]; // descending (north first)
  lons: number[]; // ascending, evenly spaced, starting at -180
  dLon: number;
  mean: Float64Array; // [latIdx * nLon + lonIdx]
  warmest: Float64Array;
  rows: number;
}

export function loadClimate(rawDir: string): ClimateGrid {
  const rows = parseCsv(join(rawDir, FILE), Row.passthrough(), { label: FILE });
  const lats = [...new Set(rows.map((r) => r.lat))].sort((a, b) => b - a);
  const lons = [...new Set(rows.map((r) => r.lon))].sort((a, b) => a - b);
  if (lats.length * lons.length !== rows.length)
    throw new Error(
      `${FILE}: not a complete lat x lon grid (${lats.length} x ${lons.length} != ${rows.length})`,
    );
  const dLon = 360 / lons.length;
  lons.forEach((l, i) => {
    if (Math.abs(l - (lons[0]! + i * dLon)) > 1e-3)
      throw new Error(`${FILE}: longitudes not evenly spaced at ${l}`);
  });
  const li = new Map(lats.map((v, i) => [v, i]));
  const mean = new Float64Array(rows.length).fill(NaN);
  const warmest = new Float64Array(rows.length).fill(NaN);
  for (const r of rows) {
    const k = li.get(r.lat)! * lons.length + Math.round((r.lon - lons[0]!) / dLon);
    mean[k] = r.t_mean_annual_c;
    warmest[k] = r.t_warmest_month_c;
  }
  return { lats, lons, dLon, mean, warmest, rows: rows.length };
}

/** Bilinear interpolation at (lon, lat); latitudes beyond the outermost Gaussian rows use the edge row. */
export function interpolate(g: ClimateGrid, field: Float64Array, lon: number, lat: number): number {
  const nLon = g.lons.length;
  const { lats } = g;
  let i0: number;
  let fy: number;
  if (lat >= lats[0]!) {
    i0 = 0;
    fy = 0;
  } else if (lat <= lats[lats.length - 1]!) {
    i0 = lats.length - 2;
    fy = 1;
  } else {
    let lo = 0;
    let hi = lats.length - 1; // lats[lo] >= lat > lats[hi]
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (lats[mid]! >= lat) lo = mid;
      else hi = mid;
    }
    i0 = lo;
    fy = (lats[lo]! - lat) / (lats[lo]! - lats[lo + 1]!);
  }
  const x = (lon - g.lons[0]!) / g.dLon;
  const xf = Math.floor(x);
  const fx = x - xf;
  const j0 = ((xf % nLon) + nLon) % nLon;
  const j1 = (j0 + 1) % nLon;
  const v = (i: number, j: number) => field[i * nLon + j]!;
  const top = v(i0, j0) * (1 - fx) + v(i0, j1) * fx;
  const bot = v(i0 + 1, j0) * (1 - fx) + v(i0 + 1, j1) * fx;
  return top * (1 - fy) + bot * fy;
}
