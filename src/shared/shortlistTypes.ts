/** A shortlisted place: where it is, what the user calls it and wrote about it, and where it came from. */
export const SHORTLIST_ORIGINS = ['mining-site', 'point', 'best-site', 'search', 'import'] as const;
export type ShortlistOrigin = (typeof SHORTLIST_ORIGINS)[number];

export const ORIGIN_LABELS: Record<ShortlistOrigin, string> = {
  'mining-site': 'Mining site',
  point: 'Clicked point',
  'best-site': 'Found by "best sites"',
  search: 'Searched place',
  import: 'Imported candidate',
};

export interface ShortlistEntry {
  /** Stable id, unique within the shortlist. */
  id: string;
  name: string;
  lon: number;
  lat: number;
  origin: ShortlistOrigin;
  /** Id of what it came from (a mining site id, a search result), when there is one. */
  refId?: string;
  note: string;
  /** ISO date-time the entry was added. */
  addedAt: string;
}

export interface NewShortlistEntry {
  name: string;
  lon: number;
  lat: number;
  origin: ShortlistOrigin;
  refId?: string;
  note?: string;
}

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 5000;
export const MAX_ENTRIES = 500;

let counter = 0;
/** A new entry id: random where crypto.randomUUID exists (secure contexts), else time + counter + random. */
export function newEntryId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Two entries are the same place when they share an origin reference, or (without one) sit within ~1 m. */
export function isSamePlace(
  a: Pick<ShortlistEntry, 'lon' | 'lat' | 'origin' | 'refId'>,
  b: Pick<ShortlistEntry, 'lon' | 'lat' | 'origin' | 'refId'>,
): boolean {
  if (a.refId && b.refId) return a.origin === b.origin && a.refId === b.refId;
  return Math.abs(a.lon - b.lon) < 1e-5 && Math.abs(a.lat - b.lat) < 1e-5;
}
