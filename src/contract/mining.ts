/** Mining-site statuses shared by the pipeline (normalisation, energized_site_* layers) and the app. */
import { z } from 'zod';
import { MINING_STATUSES } from './statuses.ts';

export {
  ENERGISED_MW_BASES,
  ENERGISED_STATUSES,
  energisedMwBasis,
  isEnergisedStatus,
  type EnergisedMwBasis,
  MINING_STATUSES,
  type EnergisedStatus,
  type MiningStatus,
} from './statuses.ts';

export const MiningStatusSchema = z.enum(MINING_STATUSES);
