/** Display formats shared by the site card, shortlist, imported sites, comparison and report. */
import { CRITERIA, LIMITS, type PointScore } from '../domain/index.ts';

/**
 * A rank percentile for display, one decimal, never rounded up to 100: the best cell is better than
 * almost all others, not all of them (99.97 reads "99.9 %").
 */
export function formatPercentile(percentile: number | null | undefined): string {
  return percentile == null ? '—' : `${shownPercentile(percentile).toFixed(1)} %`;
}

/** The rank percentile as the app shows it, as a number (99.97 → 99.9): what exports write. */
export function shownPercentile(percentile: number): number {
  return Math.floor(percentile * 10) / 10;
}

/** Decimals the site card shows a criterion's raw value with: prices keep the grid's 0.0001 USD/kWh step. */
export function criterionValueDigits(value: number, unit: string): number {
  if (unit === 'USD/kWh') return 4;
  return Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
}

/** What a place's status means in one line; null for a place outside the land grid. */
export function statusLine(place: { result: PointScore } | null): string {
  if (!place) return 'Outside the land grid';
  const r = place.result;
  switch (r.status) {
    case 'scored':
      return `Score ${r.rounded}`;
    case 'excluded':
      return `Excluded: ${r.excludedBy.map((v) => v.message).join('; ')}`;
    case 'incomplete':
      return `Incomplete: no data for ${
        r.missing.map((id) => CRITERIA.find((c) => c.id === id)?.label ?? id).join(', ') ||
        r.uncheckedConstraints
          .map((id) => LIMITS.find((l) => l.id === id)?.label ?? 'excluded countries')
          .join(', ')
      }`;
    case 'unweighted':
      return 'No criterion is weighted';
  }
}
