/**
 * Mining-site statuses and the energised ones, as plain constants (no zod), so the scoring core and its worker
 * can import them without pulling in the schema library.
 */
export const MINING_STATUSES = [
  'mining',
  'converting_to_ai',
  'ai_hpc',
  'closed',
  'planned',
  'other',
] as const;
export type MiningStatus = (typeof MINING_STATUSES)[number];

/**
 * Statuses of an energised site (the power is on), in the order of the energized_site_status categories.
 * Other labels, if ever present, do not count as energised.
 */
export const ENERGISED_STATUSES = [
  'mining',
  'converting_to_ai',
  'ai_hpc',
] as const satisfies readonly MiningStatus[];
export type EnergisedStatus = (typeof ENERGISED_STATUSES)[number];

export function isEnergisedStatus(status: string): status is EnergisedStatus {
  return (ENERGISED_STATUSES as readonly string[]).includes(status);
}

/**
 * Which MW of the nearest energised site the "Energised site" criterion uses, in the order of the
 * energized_site_mw_basis categories: its current MW, else its planned MW, else none published (the
 * energised_mw_not_published assumption applies).
 */
export const ENERGISED_MW_BASES = ['current', 'planned', 'not_published'] as const;
export type EnergisedMwBasis = (typeof ENERGISED_MW_BASES)[number];

/** The basis of a site's MW: current when published, else planned when published, else not published. */
export function energisedMwBasis(currentMw: number | null, plannedMw: number | null): EnergisedMwBasis {
  if (currentMw !== null) return 'current';
  return plannedMw !== null ? 'planned' : 'not_published';
}
