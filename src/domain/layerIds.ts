/**
 * Layer ids and energised statuses come from the contract (src/contract), shared with the data pipeline.
 * This module adds the shape of one place's decoded values.
 */
// The zod-free contract modules only: the scoring worker imports this and must not bundle the schema library.
import type { NumericLayerId } from '../contract/layerIds.ts';

export {
  CATEGORICAL_LAYER_IDS,
  LAYER_IDS,
  NUMERIC_LAYER_IDS,
  isCategoricalLayerId,
  type CategoricalLayerId,
  type LayerId,
  type NumericLayerId,
} from '../contract/layerIds.ts';
export {
  ENERGISED_MW_BASES,
  ENERGISED_STATUSES,
  energisedMwBasis,
  isEnergisedStatus,
  type EnergisedMwBasis,
  type EnergisedStatus,
} from '../contract/statuses.ts';

/**
 * Decoded values of one place: numbers in the layer's unit, labels for categorical layers, null = no data.
 * An absent key is treated like null.
 */
export type PlaceValues = Partial<Record<NumericLayerId, number | null>> & {
  /** ISO3 country code. */
  country?: string | null;
  region?: string | null;
  power_price_basis?: string | null;
  /** Source id of the tariff behind power_price. */
  power_price_source?: string | null;
  /** What the wholesale price is (zone, source, year) and its source id. */
  wholesale_zone?: string | null;
  wholesale_source?: string | null;
  energized_site_status?: string | null;
  /** Which MW of the nearest energised site is published: current / planned / not_published. */
  energized_site_mw_basis?: string | null;
  /** Transmission source covering the place ('none' = no substation data here). */
  transmission_coverage?: string | null;
  /** US ISO whose generation-queue lead times apply. */
  queue_region?: string | null;
};
