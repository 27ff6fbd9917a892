/** Live scores of shortlisted places, keyed by entry id (see scoring/usePlaceScore.ts). */
import type { ScoringConfig, ScoringGrid } from '../../domain/index.ts';
import { scorePlaces, usePlaceScores, type PlaceScores } from '../scoring/usePlaceScore.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';

export type EntryScores = PlaceScores<string>;

const entryId = (e: Pick<ShortlistEntry, 'id'>) => e.id;

export const scoreEntries = (
  grid: ScoringGrid,
  config: ScoringConfig,
  entries: readonly Pick<ShortlistEntry, 'id' | 'lon' | 'lat'>[],
  histogram: Uint32Array | null,
): EntryScores => scorePlaces(grid, config, entries, entryId, histogram);

export const useEntryScores = (entries: readonly ShortlistEntry[]): EntryScores | null =>
  usePlaceScores(entries, entryId);
