/**
 * Voltage of an OSM substation that lists none, read from the OSM lines that end at it. OSM 2017 link end points
 * are the vertex (substation) coordinates (grid/transmission/PROVENANCE.md (c)), so a line ends at a station when
 * its first or last point equals the station's coordinates rounded like the line's (4 decimals).
 * The source's own voltage is never replaced: only missing ones are filled, and the output says which is which.
 */
import { round } from '../lib/num.ts';
import type { Line, Substation } from './transmissionLoad.ts';

/** Decimals of lines.csv coordinates. */
export const LINE_WKT_DECIMALS = 4;

const key = (lon: number, lat: number) => `${round(lon, LINE_WKT_DECIMALS)} ${round(lat, LINE_WKT_DECIMALS)}`;

/** Highest voltage of the OSM lines ending at each OSM substation without a listed voltage; null otherwise. */
export function lineKvOf(subs: Substation[], lines: Line[]): (number | null)[] {
  const ends = new Map<string, number>();
  for (const l of lines) {
    if (l.source !== 'osm_2017' || l.kv === null) continue;
    for (const [x, y] of [l.coords[0]!, l.coords[l.coords.length - 1]!]) {
      const k = key(x, y);
      ends.set(k, Math.max(ends.get(k) ?? 0, l.kv));
    }
  }
  return subs.map((s) =>
    s.source === 'osm_2017' && s.maxKv === null ? (ends.get(key(s.lon, s.lat)) ?? null) : null,
  );
}

/** The substations with `lineKv` filled. */
export function withLineKv(subs: Substation[], lines: Line[]): Substation[] {
  const kv = lineKvOf(subs, lines);
  return subs.map((s, i) => ({ ...s, lineKv: kv[i]! }));
}

/** The kV used for thresholds (shared with the point evaluator): src/domain/pointRules.ts. */
export { effectiveKv } from '../../src/domain/pointRules.ts';
