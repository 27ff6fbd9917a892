/**
 * Contract of data/cloud_regions.json (public-cloud regions, dgl/cloud-regions 2022, ODbL 1.0) and
 * data/population_points.json (the GeoNames places the population-within-radius layers sum). Pure zod.
 */
import { z } from 'zod';
import { LAT, LON, numberColumn } from './columns.ts';

export {
  CLOUD_PROVIDERS,
  CLOUD_PROVIDER_LABELS,
  HYPERSCALE_PROVIDERS,
  type CloudProvider,
} from './cloudProviders.ts';
import { CLOUD_PROVIDERS } from './cloudProviders.ts';

export const CloudRegionSchema = z.object({
  provider: z.enum(CLOUD_PROVIDERS),
  /** The provider's API name, e.g. us-east-1. */
  region: z.string().min(1),
  /** The provider's description, e.g. "US East (N. Virginia)". */
  name: z.string().min(1),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  hyperscale: z.boolean(),
});
export type CloudRegion = z.infer<typeof CloudRegionSchema>;

export const CloudRegionsFileSchema = z.object({
  sourceId: z.string().min(1),
  /** Located regions, by provider then region name (rows without coordinates are left out, see the report). */
  regions: z.array(CloudRegionSchema),
});
export type CloudRegionsFile = z.infer<typeof CloudRegionsFileSchema>;

/**
 * The places summed by population_100km / population_300km, as columns (same length), most populous first:
 * lon and lat rounded to 4 decimals, population as in GeoNames. Loaded lazily by the app (site card).
 */
export const PopulationPointsFileSchema = z
  .object({
    sourceId: z.string().min(1),
    lon: numberColumn(LON),
    lat: numberColumn(LAT),
    population: numberColumn({ int: true, min: 0 }),
  })
  .refine((f) => f.lon.length === f.lat.length && f.lat.length === f.population.length, {
    message: 'lon, lat and population must have the same length',
  });
export type PopulationPointsFile = z.infer<typeof PopulationPointsFileSchema>;
