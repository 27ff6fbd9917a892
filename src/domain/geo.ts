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
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** km per degree of latitude. */
export const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;
