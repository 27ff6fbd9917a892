/** Mining-site statuses shared by the pipeline (normalisation, energized_site_* layers) and the app. */
import { z } from 'zod';

export const MiningStatusSchema = z.enum([
  'mining',
  'converting_to_ai',
  'ai_hpc',
  'closed',
  'planned',
  'other',
]);
export type MiningStatus = z.infer<typeof MiningStatusSchema>;

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
