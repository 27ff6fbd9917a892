/**
 * Grid-access values per land cell: distance to the nearest substation at ≥ 110 / 220 / 345 kV (and its kV),
 * to any substation, km of ≥ 220 kV line within 25 km, and the coverage code. Method: scripts/README.md.
 * A cell that no source covers gets NaN (no data) in every distance and line layer, never a far distance.
 */
import { COVERAGE, type CoverageCode } from '../../src/contract/transmission.ts';
import { nearest, pointSet, sumWithin, type PointSet } from '../grid/spatial.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { effectiveKv, isAccessSubstation, KV_THRESHOLDS } from '../../src/domain/pointRules.ts';
import type { Line, Substation } from './transmissionLoad.ts';

export { KV_THRESHOLDS } from '../../src/domain/pointRules.ts';
/** Voltage of the lines summed in `line220Km`. */
export const LINE_KV_MIN = 220;
/** Radius of the line-km sum, km. */
export const LINE_RADIUS_KM = 25;
/** Longest piece a line segment is cut into before its pieces are counted by their midpoints, km. */
export const LINE_SAMPLE_KM = 1;

export interface GridAccessCells {
  lon: Float64Array;
  lat: Float64Array;
  /** Coverage code per cell, or a function of the cell index. */
  coverage: Uint8Array | ((k: number) => CoverageCode);
}

export interface NearestLayer {
  km: Float64Array;
  kv: Float64Array;
  /** Index into the substations array, -1 where no data. */
  index: Int32Array;
  /** 1 where the kV comes from the lines ending at the station (no listed voltage), else 0. */
  kvFromLines: Uint8Array;
}

export interface GridAccess {
  coverage: Uint8Array;
  /** Any substation, with or without a listed voltage. */
  any: NearestLayer;
  kv110: NearestLayer;
  kv220: NearestLayer;
  kv345: NearestLayer;
  line220Km: Float64Array;
}

/** Substations used for distances: every row except GA's "non-operational" ones (see scripts/README.md). */
export function accessSubstations(subs: Substation[]): number[] {
  const out: number[] = [];
  subs.forEach((s, i) => {
    if (isAccessSubstation(s.status)) out.push(i);
  });
  return out;
}

/**
 * ≥ 220 kV lines as weighted points: every segment is cut into ceil(length / LINE_SAMPLE_KM) equal pieces
 * (linear in lon/lat), each a point at its midpoint weighted by its great-circle length in km.
 */
export function lineSamples(lines: Line[], minKv = LINE_KV_MIN): { points: PointSet; km: Float64Array } {
  const pts: { lon: number; lat: number }[] = [];
  const km: number[] = [];
  for (const l of lines) {
    if (l.kv === null || l.kv < minKv) continue;
    for (let i = 1; i < l.coords.length; i++) {
      const [x0, y0] = l.coords[i - 1]!;
      const y1 = l.coords[i]![1];
      let x1 = l.coords[i]![0];
      if (x1 - x0 > 180)
        x1 -= 360; // antimeridian: take the short way round
      else if (x0 - x1 > 180) x1 += 360;
      const len = distanceKm([x0, y0], [x1, y1]);
      if (len === 0) continue;
      const n = Math.ceil(len / LINE_SAMPLE_KM);
      for (let j = 0; j < n; j++) {
        const t = (j + 0.5) / n;
        let lon = x0 + (x1 - x0) * t;
        if (lon > 180) lon -= 360;
        if (lon < -180) lon += 360;
        pts.push({ lon, lat: y0 + (y1 - y0) * t });
        km.push(len / n);
      }
    }
  }
  return { points: pointSet(pts), km: Float64Array.from(km) };
}

function nearestLayer(
  n: number,
  covered: (k: number) => boolean,
  cells: GridAccessCells,
  subs: Substation[],
  ids: number[],
  useLineKv: boolean,
): NearestLayer {
  const ps = pointSet(ids.map((i) => subs[i]!));
  const out: NearestLayer = {
    km: new Float64Array(n).fill(NaN),
    kv: new Float64Array(n).fill(NaN),
    index: new Int32Array(n).fill(-1),
    kvFromLines: new Uint8Array(n),
  };
  if (ids.length === 0) return out;
  for (let k = 0; k < n; k++) {
    if (!covered(k)) continue;
    const [j, d] = nearest(ps, cells.lon[k]!, cells.lat[k]!);
    const i = ids[j]!;
    out.km[k] = d;
    const s = subs[i]!;
    const kv = effectiveKv(s, useLineKv);
    out.kv[k] = kv ?? NaN;
    out.kvFromLines[k] = s.maxKv === null && kv !== null ? 1 : 0;
    out.index[k] = i;
  }
  return out;
}

export interface GridAccessOptions {
  /** Count an OSM station without a listed voltage at the kV of the lines ending at it (default true). */
  useLineKv?: boolean;
}

export function gridAccess(
  cells: GridAccessCells,
  subs: Substation[],
  lines: Line[],
  { useLineKv = true }: GridAccessOptions = {},
): GridAccess {
  const n = cells.lon.length;
  const coverage = new Uint8Array(n);
  const cov = cells.coverage;
  for (let k = 0; k < n; k++) coverage[k] = typeof cov === 'function' ? cov(k) : cov[k]!;
  const covered = (k: number) => coverage[k] !== COVERAGE.none;

  const usable = accessSubstations(subs);
  const atLeast = (kv: number) => usable.filter((i) => (effectiveKv(subs[i]!, useLineKv) ?? -1) >= kv);
  const [t110, t220, t345] = KV_THRESHOLDS;

  const { points, km } = lineSamples(lines);
  const line220Km = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++)
    if (covered(k)) line220Km[k] = sumWithin(points, km, cells.lon[k]!, cells.lat[k]!, LINE_RADIUS_KM);

  return {
    coverage,
    any: nearestLayer(n, covered, cells, subs, usable, useLineKv),
    kv110: nearestLayer(n, covered, cells, subs, atLeast(t110), useLineKv),
    kv220: nearestLayer(n, covered, cells, subs, atLeast(t220), useLineKv),
    kv345: nearestLayer(n, covered, cells, subs, atLeast(t345), useLineKv),
    line220Km,
  };
}
