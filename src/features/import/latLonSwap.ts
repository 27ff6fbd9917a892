/**
 * Latitude and longitude swapped: a common mistake in site lists (columns in the other order, or "lon,lat" read
 * as "lat,lon"). When most sites fall outside the land grid but most would be on land with the two swapped, the
 * panel says so and offers the swap. Pure.
 */
import type { ImportedSite } from './importTypes.ts';

/**
 * How many sites are checked: evenly spaced over the list. 2,000 tell "most" from "few" within a few percent and
 * cost a few milliseconds, whatever the size of the import.
 */
const SAMPLE = 2000;
/** "Most": over half of the sites checked. */
const MOST = 0.5;

export interface SwapSuggestion {
  checked: number;
  onLand: number;
  onLandSwapped: number;
}

/** Whether to offer the swap (null when not), from a land test such as findCellIndex(grid, lat, lon) >= 0. */
export function swapSuggestion(
  sites: readonly ImportedSite[],
  isLand: (lat: number, lon: number) => boolean,
): SwapSuggestion | null {
  if (sites.length === 0) return null;
  // A swap must give valid latitudes for every site.
  if (sites.some((s) => Math.abs(s.lon) > 90)) return null;
  const step = Math.max(1, sites.length / SAMPLE);
  let checked = 0;
  let onLand = 0;
  let onLandSwapped = 0;
  for (let i = 0; i < sites.length; i += step) {
    const s = sites[Math.floor(i)];
    checked++;
    if (isLand(s.lat, s.lon)) onLand++;
    if (isLand(s.lon, s.lat)) onLandSwapped++;
  }
  const most = checked * MOST;
  return onLand <= most && onLandSwapped > most ? { checked, onLand, onLandSwapped } : null;
}

/** The sites with latitude and longitude exchanged (only offered when every longitude is a valid latitude). */
export function swapLatLon(sites: readonly ImportedSite[]): ImportedSite[] {
  return sites.map((s) => ({ ...s, lat: s.lon, lon: s.lat }));
}
