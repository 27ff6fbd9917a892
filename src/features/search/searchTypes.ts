/** What a search result is: shown as name, kind, region and country; chosen, it moves the map and selects. */
import type { RegionFeature } from '../../data/datasets.ts';

/** The search's sources, each loaded and indexed on its own. */
export type SearchSourceKey = 'regions' | 'miningSites' | 'places' | 'plants' | 'substations';

export type SearchKind = 'country' | 'region' | 'mining-site' | 'place' | 'plant' | 'substation';

/** The kind as the option names it. */
export const KIND_LABEL: Readonly<Record<SearchKind, string>> = {
  country: 'Country',
  region: 'Region',
  'mining-site': 'Mining site',
  place: 'Place',
  plant: 'Power plant',
  substation: 'Substation',
};

interface HitBase {
  name: string;
  /** Admin-1 region name (never a code: omitted where only a code is known). */
  admin1?: string;
  /** Country name. */
  country?: string;
  /** One more fact shown after the kind: operator, "450 MW gas", "345 kV", population. */
  note?: string;
  lon: number;
  lat: number;
}

export type SearchHit =
  | (HitBase & { kind: 'place' | 'substation' })
  | (HitBase & { kind: 'mining-site'; id: string })
  | (HitBase & { kind: 'plant'; index: number })
  | (HitBase & { kind: 'country' | 'region'; feature: RegionFeature });
