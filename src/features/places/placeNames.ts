/**
 * Place names for the UI: "Near Colorado City, Texas, United States of America (12 km)" from the reverse geocoder
 * (src/domain/nearestPlace.ts) over the lazily loaded gazetteer. Until the gazetteer is there, callers show
 * coordinates (`coordsText`).
 */
import { useMemo } from 'react';
import { distanceText, nearestPlace, placeLabel, type NamedPoint } from '../../domain/nearestPlace.ts';
import { usePlaceFinder } from './gazetteerLoader.ts';

export type { NamedPoint };

/** "46.81, -71.21": coordinates rounded to 2 decimals, latitude first. */
export const coordsText = (lon: number, lat: number): string => `${lat.toFixed(2)}, ${lon.toFixed(2)}`;

/** "Near Québec, Québec, Canada": the default name of a place named by its nearest town. */
export const nearName = (p: NamedPoint): string => `Near ${placeLabel(p)}`;

/** "Near Québec, Québec, Canada (3 km)". */
export const nearText = (p: NamedPoint): string => `${nearName(p)} (${distanceText(p.distanceKm)})`;

/** The place to name (lon, lat) by, once the gazetteer is loaded (starts loading it when `enabled`); else null. */
export function useNearestPlace(lon: number, lat: number, enabled = true): NamedPoint | null {
  const finder = usePlaceFinder(enabled);
  return useMemo(() => (finder ? nearestPlace(finder, [lon, lat]) : null), [finder, lon, lat]);
}
