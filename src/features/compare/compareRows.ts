/**
 * The comparison table as data: one row per measure (score, rank percentile, time to power, each criterion's
 * raw value and score), one cell per site, with the best value(s) in each row marked.
 * A row marks a best only when at least two sites have a value and they are not all equal; ties are all marked.
 */
import { CRITERIA, type Direction } from '../../domain/index.ts';
import { formatNumber } from '../../domain/format.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import { formatPercentile } from '../../shared/format.ts';

export interface CompareSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
  place: PlaceScore | null;
}

export interface CompareCell {
  value: number | null;
  /** Display text, e.g. "0.05", "no data". */
  text: string;
  best: boolean;
}

export interface CompareRow {
  key: string;
  label: string;
  unit: string;
  better: Direction;
  cells: CompareCell[];
}

const NO_VALUE = '—';

export function markBest(values: readonly (number | null)[], better: Direction): boolean[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return values.map(() => false);
  const best = better === 'higher' ? Math.max(...present) : Math.min(...present);
  if (present.every((v) => v === best)) return values.map(() => false);
  return values.map((v) => v === best);
}

function row(
  key: string,
  label: string,
  unit: string,
  better: Direction,
  values: (number | null)[],
  text: (v: number) => string,
): CompareRow {
  const best = markBest(values, better);
  return {
    key,
    label,
    unit,
    better,
    cells: values.map((value, i) => ({
      value,
      text: value === null ? NO_VALUE : text(value),
      best: best[i],
    })),
  };
}

const fixed = (digits: number) => (v: number) => v.toFixed(digits);

export function buildCompareRows(sites: readonly CompareSite[]): CompareRow[] {
  const rows: CompareRow[] = [
    row(
      'score',
      'Score',
      '0–100',
      'higher',
      sites.map((s) => s.place?.result.score ?? null),
      fixed(1),
    ),
    row(
      'rank_percentile',
      'Rank percentile',
      '%',
      'higher',
      sites.map((s) => s.place?.percentile ?? null),
      (v) => formatPercentile(v).replace(' %', ''),
    ),
    row(
      'time_to_power',
      'Time to power',
      'months',
      'lower',
      sites.map((s) => s.place?.result.timeToPower.months ?? null),
      fixed(0),
    ),
  ];
  for (const c of CRITERIA) {
    const of = (s: CompareSite) => s.place?.result.breakdown.find((b) => b.id === c.id) ?? null;
    rows.push(
      row(
        `${c.id}_value`,
        c.label,
        c.unit,
        c.direction,
        sites.map((s) => of(s)?.value ?? null),
        formatNumber,
      ),
    );
    rows.push(
      row(
        `${c.id}_score`,
        `${c.label} score`,
        '0–100',
        'higher',
        sites.map((s) => of(s)?.score ?? null),
        fixed(0),
      ),
    );
  }
  return rows;
}
