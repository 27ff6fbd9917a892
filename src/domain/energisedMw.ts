/**
 * The MW of the nearest energised site, by one rule shared by the "Energised site" criterion, the time-to-power
 * stage and the grid scorer: its current MW where published; else its planned MW (not yet energised, counted in
 * full: see PLANNED_MW_RULE); else the energised_mw_not_published assumption. A site is never dropped for an
 * unpublished MW: its status and distance make it an energised site.
 */
import type { AssumptionValues } from './assumptions.ts';
import { formatNumber } from './format.ts';
import { energisedMwBasis, type EnergisedMwBasis, type PlaceValues } from './layerIds.ts';
import { atLeast, YES, type Tri } from './tri.ts';

/**
 * Why planned MW counts in full: it is the source's planned, approved or contracted capacity at a site whose power
 * is already on (the status says so), i.e. what a buyer converting the site negotiates for. No evidence gives a
 * discount factor, so none is invented; the criterion's log scale saturates at 300 MW, so a large plan cannot
 * outweigh more than a fully built site of that size. The card says "planned MW, not yet energised".
 */
export const PLANNED_MW_RULE =
  'planned MW, not yet energised: counted in full (no current MW published; the planned, approved or contracted ' +
  'capacity of a site whose power is on)';

export interface EnergisedMw {
  mw: number;
  basis: EnergisedMwBasis;
  /** The rule that applied, for the card. */
  rule: string;
}

/** Which MW is published at the nearest energised site (derived from the values, so old grids agree). */
export function mwBasisOf(v: PlaceValues): EnergisedMwBasis {
  return energisedMwBasis(v.energized_site_mw ?? null, v.energized_site_mw_planned ?? null);
}

/** The MW the criterion uses at a place whose nearest energised site is within reach. */
export function energisedSiteMw(v: PlaceValues, a: AssumptionValues): EnergisedMw {
  const basis = mwBasisOf(v);
  switch (basis) {
    case 'current':
      return { mw: v.energized_site_mw!, basis, rule: 'current MW as published' };
    case 'planned':
      return { mw: v.energized_site_mw_planned!, basis, rule: PLANNED_MW_RULE };
    case 'not_published':
      return { mw: a.energised_mw_not_published, basis, rule: notPublishedRule(a) };
  }
}

export function notPublishedRule(a: AssumptionValues): string {
  return (
    `MW not published: ${formatNumber(a.energised_mw_not_published)} MW assumed ` +
    '(assumption "Energised site without a published MW", the median current MW of energised sites that publish one)'
  );
}

/**
 * Whether the site's MW covers the first block (gross MW), for the energised-site stage: a published current MW,
 * else a published planned MW, must cover it; a site publishing neither qualifies by its status and distance.
 */
export function energisedMwCovers(v: PlaceValues, grossMw: number): Tri {
  switch (mwBasisOf(v)) {
    case 'current':
      return atLeast(v.energized_site_mw, grossMw);
    case 'planned':
      return atLeast(v.energized_site_mw_planned, grossMw);
    case 'not_published':
      return YES;
  }
}
