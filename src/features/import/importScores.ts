/** Live scores of imported sites, keyed by source row (see scoring/usePlaceScore.ts). */
import { usePlaceScores, type PlaceScores } from '../scoring/usePlaceScore.ts';
import type { ImportedSite } from './importTypes.ts';

export type SiteScores = PlaceScores<number>;

const siteRow = (s: ImportedSite) => s.row;

export const useImportedScores = (sites: readonly ImportedSite[]): SiteScores | null =>
  usePlaceScores(sites, siteRow);
