/** One flat record per shortlisted site: the columns of the CSV and the properties of GeoJSON and KML features. */
import { CRITERIA } from '../../domain/index.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { criterionValueDigits, shownPercentile } from '../../shared/format.ts';

export type RecordValue = string | number | null;
export type SiteRecord = Record<string, RecordValue>;

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

/** Coordinates keep 6 decimals (about 0.1 m): a clicked point's float noise (-102.10000000000015) goes. */
export const COORDINATE_DIGITS = 6;

/** Column order, fixed, so files from different sessions line up. */
export function siteRecordColumns(): string[] {
  const perCriterion = CRITERIA.flatMap((c) => [
    `${c.id}_value`,
    `${c.id}_unit`,
    `${c.id}_score`,
    `${c.id}_weight_pct`,
  ]);
  return [
    'position',
    'name',
    'lat',
    'lon',
    'origin',
    'ref_id',
    'status',
    'score',
    'rank_percentile',
    'time_to_power_months',
    'time_to_power_stage',
    ...perCriterion,
    'excluded_by',
    'missing',
    'source_ids',
    'data_notes',
    'notes',
  ];
}

export function siteRecord(position: number, entry: ShortlistEntry, place: PlaceScore | null): SiteRecord {
  // The exact point's score once computed (its rows cite only the sources used there), else the 0.25° cell's.
  const result = place?.result ?? null;
  const record: SiteRecord = {
    position,
    name: entry.name,
    lat: round(entry.lat, COORDINATE_DIGITS),
    lon: round(entry.lon, COORDINATE_DIGITS),
    origin: entry.origin,
    ref_id: entry.refId ?? null,
    status: result?.status ?? 'outside grid',
    // Numbers as the app shows them: the score with one decimal (shortlist), the rank percentile never rounded
    // up to 100 (shownPercentile, as on the card), months, criterion scores and weights whole.
    score: round(result?.score ?? null, 1),
    rank_percentile: place?.percentile == null ? null : shownPercentile(place.percentile),
    time_to_power_months: round(result?.timeToPower.months ?? null, 0),
    time_to_power_stage: result?.timeToPower.stage ?? null,
  };
  for (const c of CRITERIA) {
    const row = result?.breakdown.find((b) => b.id === c.id);
    const value = row?.value ?? null;
    record[`${c.id}_value`] = value === null ? null : round(value, criterionValueDigits(value, c.unit));
    record[`${c.id}_unit`] = c.unit;
    record[`${c.id}_score`] = round(row?.score ?? null, 0);
    record[`${c.id}_weight_pct`] = round(row?.weightPercent ?? null, 0);
  }
  const sources = new Set(result?.breakdown.filter((b) => b.weighted).flatMap((b) => b.sourceIds) ?? []);
  record.excluded_by = result?.excludedBy.map((v) => v.message).join('; ') ?? null;
  record.missing = result?.missing.join('; ') ?? null;
  record.source_ids = [...sources].join('; ');
  record.data_notes =
    result?.breakdown.flatMap((b) => b.notes.map((n) => `${b.label}: ${n}`)).join('; ') ?? null;
  record.notes = entry.note;
  return record;
}
