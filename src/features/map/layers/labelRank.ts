/**
 * Label priority from the data: countries by the area of their largest polygon, places by population (national
 * capitals first among equals). Lower sort key = placed first (MapLibre `symbol-sort-key`); collisions drop the
 * rest, so the large countries and cities win at every zoom and small ones appear as the map zooms in.
 */

/** Web Mercator world width at zoom 0 in MapLibre (px) and the equator length (km). */
const WORLD_PX = 512;
const EQUATOR_KM = 40_075;

/**
 * A country is named once its largest polygon spans at least this many pixels (the square root of its area on
 * screen): a style choice, so a 120 km² island is not named over a continent at the world view.
 */
export const COUNTRY_LABEL_MIN_PX = 8;
/** Every country is named from this zoom on, however small. */
export const COUNTRY_LABEL_ALL_ZOOM = 6;

/**
 * The zoom from which a polygon of `areaKm2` near latitude `lat` spans `minPx` pixels: Web Mercator stretches
 * lengths by 1 / cos(lat), so a northern country is named earlier than an equatorial one of the same area.
 */
export function labelMinZoom(areaKm2: number, lat: number, minPx = COUNTRY_LABEL_MIN_PX): number {
  if (!(areaKm2 > 0)) return COUNTRY_LABEL_ALL_ZOOM;
  const cos = Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
  const zoom = Math.log2((EQUATOR_KM * cos * minPx) / (WORLD_PX * Math.sqrt(areaKm2)));
  return Math.min(Math.max(zoom, 0), COUNTRY_LABEL_ALL_ZOOM);
}

/** Ranks 1…n by descending value (ties keep their input order). */
export function ranksByDescending(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  const ranks = new Array<number>(values.length);
  order.forEach((i, r) => (ranks[i] = r + 1));
  return ranks;
}

/**
 * A place's label sort key: minus log10 of its population, with a national capital counted as ten times its
 * size (so Moscow, Paris or Canberra come before larger provincial cities of their region, and a capital of
 * 20,000 does not beat a city of a million).
 */
export function placeSortKey(population: number, capital: boolean): number {
  return -(Math.log10(Math.max(population, 1)) + (capital ? 1 : 0));
}
