/** Texts of the constraint inputs: the country-level limit confirmation and the excluded-country code check. */
import {
  CRITERION_PRECISION,
  getCriterion,
  limitImpact,
  type LimitDef,
  type ScoringGrid,
} from '../../domain/index.ts';

/** The confirmation text for a country-level limit, with what it removes on the grid. */
export function countryLimitQuestion(def: LimitDef, limit: number, grid: ScoringGrid | null): string {
  const what = getCriterion(def.criterion).label.toLowerCase();
  const precision =
    CRITERION_PRECISION[def.criterion].precision === 'country' ? 'a country average' : 'coarse';
  const impact = grid ? limitImpact(grid, def, limit) : null;
  const removes = impact
    ? `This removes ${impact.countries.length.toLocaleString('en-US')} ${impact.countries.length === 1 ? 'country' : 'countries'} ` +
      `(${(impact.landShare * 100).toFixed(1)} % of land cells)`
    : 'This removes whole countries (the grid is still loading: counts unknown)';
  return `${removes} because ${what} is ${precision}: apply as a hard limit?`;
}

/** Codes that are not three letters, and three-letter codes that are no country of the grid (when loaded). */
export function countryCodeProblems(
  codes: readonly string[],
  known: readonly string[] | null,
): string | null {
  const bad = codes.filter((c) => !/^[A-Z]{3}$/.test(c));
  if (bad.length) return `Not ISO3 codes: ${bad.join(', ')}`;
  const unknown = known ? codes.filter((c) => !known.includes(c)) : [];
  return unknown.length ? `Unknown ISO3 codes (no country of the grid): ${unknown.join(', ')}` : null;
}
