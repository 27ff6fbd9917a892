/**
 * The one great-circle distance of the project (app, pipeline and tests). Points are always `[lon, lat]`
 * in degrees, the GeoJSON order. Spherical Earth with R = 6371 km, the radius geokdbush uses, so the
 * pipeline's nearest-point search and its distances agree.
 */

export type LonLat = readonly [lon: number, lat: number];

export const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine) between two `[lon, lat]` points. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return haversineKm(a[0], a[1], Math.cos(a[1] * RAD), b[0], b[1], Math.cos(b[1] * RAD));
}

/**
 * distanceKm with each point's `Math.cos(lat × π / 180)` passed in (hot loops compute it once per point): the same
 * operations in the same order, so the result is bit-identical to distanceKm's.
 */
export function haversineKm(
  lon1: number,
  lat1: number,
  cos1: number,
  lon2: number,
  lat2: number,
  cos2: number,
): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** `Math.cos(lat × π / 180)`, the factor haversineKm takes. */
export const cosLat = (lat: number): number => Math.cos(lat * RAD);

/** km per degree of latitude. */
export const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;
