/**
 * The gazetteer (data/gazetteer.json, ~1.5 MB gzip), loaded lazily: on the first place name needed (a card, a best
 * sites run, an import), once per page. Validated at the boundary (fetchJson + the contract's schema), then decoded.
 * A failed load is not cached, so a later need retries.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { decodeGazetteer, GazetteerFileSchema, type Gazetteer } from '../../contract/gazetteer.ts';
import { fetchJson } from '../../data/fetchValidated.ts';
import { placeFinder, type PlaceFinder } from '../../domain/nearestPlace.ts';

let pending: Promise<Gazetteer> | null = null;
let loaded: Gazetteer | null = null;
/** The last load failure's message (null once loaded or never failed). */
let failure: string | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** The decoded gazetteer; the first call starts the download, later calls share it. */
export function loadGazetteer(): Promise<Gazetteer> {
  if (!pending) {
    pending = fetchJson('gazetteer.json', GazetteerFileSchema).then(
      (file) => {
        loaded = decodeGazetteer(file);
        failure = null;
        notify();
        return loaded;
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

/** The gazetteer if already loaded (no download). */
export const gazetteerIfLoaded = (): Gazetteer | null => loaded;

/** Why place names are missing: the last failed load's message, else null. */
export function useGazetteerError(): string | null {
  return useSyncExternalStore(subscribe, () => failure);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The reverse geocoder's index over the gazetteer (built once). */
export async function loadPlaceFinder(): Promise<PlaceFinder> {
  return placeFinder(await loadGazetteer());
}

/**
 * The place finder once loaded, else null; starts the download when `enabled` (never before). Components show
 * coordinates until it is there, then the name.
 */
export function usePlaceFinder(enabled = true): PlaceFinder | null {
  const [g, setG] = useState<Gazetteer | null>(loaded);
  useEffect(() => {
    if (loaded) {
      setG(loaded);
      return;
    }
    const update = () => setG(loaded);
    listeners.add(update);
    if (enabled)
      loadGazetteer().catch(() => {
        // The names stay coordinates; the next need retries the download.
      });
    return () => {
      listeners.delete(update);
    };
  }, [enabled]);
  return g ? placeFinder(g) : null;
}

/** Tests only: forget the loaded gazetteer. */
export function resetGazetteerForTests(): void {
  pending = null;
  loaded = null;
  failure = null;
}
