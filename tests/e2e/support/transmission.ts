/** Transmission data for browser tests, read from data/transmission (values checked, never copied). */
import type { LinesFile, SubstationsFile } from '../../../src/contract/transmission.ts';
import { distanceKm } from '../../../src/domain/geo.ts';
import { readData } from './data.ts';

export const substations = (): SubstationsFile => readData<SubstationsFile>('transmission/substations.json');
export const lines = (): LinesFile => readData<LinesFile>('transmission/lines.geojson');

/** The nearest substations to a point by the app's great-circle distance, nearest first. */
export function nearestSubstations(lon: number, lat: number, n = 2): { index: number; km: number }[] {
  const s = substations();
  return s.lon
    .map((x, index) => ({ index, km: distanceKm([lon, lat], [x, s.lat[index]]) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, n);
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const unmercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * A point on a long segment of a line with a listed voltage, with no other line or substation within `clearKm`,
 * so hovering it hits this line only. The midpoint is taken in Web Mercator, where the map draws it straight.
 */
export function isolatedLinePoint(clearKm = 3, minSegmentKm = 12): { lon: number; lat: number; kv: number } {
  const all = lines().features;
  const s = substations();
  for (const f of all) {
    const kv = f.properties.kv;
    if (kv === null || f.properties.underConstruction) continue;
    const c = f.geometry.coordinates;
    for (let k = 1; k < c.length; k++) {
      if (distanceKm(c[k - 1], c[k]) < minSegmentKm) continue;
      const lon = (c[k - 1][0] + c[k][0]) / 2;
      const lat = unmercY((mercY(c[k - 1][1]) + mercY(c[k][1])) / 2);
      const near = (p: readonly [number, number]) => distanceKm(p, [lon, lat]) < clearKm * 4;
      const otherLine = all.some((g) => g !== f && g.geometry.coordinates.some(near));
      const substation = s.lon.some((x, i) => distanceKm([x, s.lat[i]], [lon, lat]) < clearKm);
      if (!otherLine && !substation) return { lon, lat, kv };
    }
  }
  throw new Error('no isolated line segment in data/transmission/lines.geojson');
}
