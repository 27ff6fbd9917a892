/**
 * The gazetteer (data/gazetteer.json, ~1.4 MB gzip), loaded lazily: on the first place name needed (a card, a best
 * sites run, an import), once per page. The code that reads it (schema, decoding, spatial index) is its own chunk
 * (gazetteerRuntime.ts), so nothing of it is in the start-up load. Validated at the boundary (fetchJson + the
 * contract's schema). A failed load is not cached: the next need retries; `useGazetteerError` says why.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import type { PlaceFinder } from '../../domain/nearestPlace.ts';
import type { LoadedPlaces } from './gazetteerRuntime.ts';

export type { LoadedPlaces };

let pending: Promise<LoadedPlaces> | null = null;
let loaded: LoadedPlaces | null = null;
/** The last load failure's message (null once loaded or never failed). */
let failure: string | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The gazetteer and its reverse geocoder; the first call starts the download, later calls share it. */
export function loadPlaces(): Promise<LoadedPlaces> {
  if (!pending) {
    pending = import('./gazetteerRuntime.ts')
      .then((m) => m.loadPlaces())
      .then(
        (places) => {
          loaded = places;
          failure = null;
          notify();
          return places;
        },
        (error: unknown) => {
          pending = null;
          failure = error instanceof Error ? error.message : String(error);
          notify();
          throw error;
        },
      );
  }
  return pending;
}

/** The decoded gazetteer (see loadPlaces). */
export const loadGazetteer = async (): Promise<Gazetteer> => (await loadPlaces()).gazetteer;

/** The reverse geocoder's index over the gazetteer (for `nearestPlace` of src/domain/nearestPlace.ts). */
export const loadPlaceFinder = async (): Promise<PlaceFinder> => (await loadPlaces()).finder;

/** The gazetteer if already loaded (no download). */
export const gazetteerIfLoaded = (): Gazetteer | null => loaded?.gazetteer ?? null;

/**
 * The loaded places once there, else null; starts the download when `enabled` (never before). Components show
 * coordinates until they are there, then the name.
 */
export function usePlaces(enabled = true): LoadedPlaces | null {
  const [places, setPlaces] = useState<LoadedPlaces | null>(loaded);
  useEffect(() => {
    const update = () => setPlaces(loaded);
    update();
    if (loaded) return;
    const unsubscribe = subscribe(update);
    if (enabled)
      loadPlaces().catch(() => {
        // The names stay coordinates (useGazetteerError says why); the next need retries the download.
      });
    return unsubscribe;
  }, [enabled]);
  return places;
}

/** The reverse geocoder's index once loaded, else null (see usePlaces). */
export const usePlaceFinder = (enabled = true): PlaceFinder | null => usePlaces(enabled)?.finder ?? null;

/** Why place names are missing: the last failed load's message, else null. */
export function useGazetteerError(): string | null {
  return useSyncExternalStore(subscribe, () => failure);
}

/** Tests only: forget the loaded gazetteer. */
export function resetGazetteerForTests(): void {
  pending = null;
  loaded = null;
  failure = null;
}
