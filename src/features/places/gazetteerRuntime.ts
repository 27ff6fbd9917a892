/**
 * The on-demand part of the places feature (its own chunk, with kdbush and geokdbush): fetches data/gazetteer.json,
 * validates it with the contract's schema, decodes it and builds the reverse geocoder's index.
 */
import { decodeGazetteer, GazetteerFileSchema, type Gazetteer } from '../../contract/gazetteer.ts';
import { fetchJson } from '../../data/fetchValidated.ts';
import { nearestPlace, placeFinder, type NamedPoint, type PlaceFinder } from '../../domain/nearestPlace.ts';

export interface LoadedPlaces {
  gazetteer: Gazetteer;
  finder: PlaceFinder;
  /** The place to name `[lon, lat]` by (src/domain/nearestPlace.ts), null for an empty gazetteer. */
  nearest: (point: readonly [number, number]) => NamedPoint | null;
}

export async function loadPlaces(): Promise<LoadedPlaces> {
  const gazetteer = decodeGazetteer(await fetchJson('gazetteer.json', GazetteerFileSchema));
  const finder = placeFinder(gazetteer);
  return { gazetteer, finder, nearest: (point) => nearestPlace(finder, point) };
}
