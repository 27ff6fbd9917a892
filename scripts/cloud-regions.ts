/**
 * data/cloud_regions.json: public-cloud regions of six providers (dgl/cloud-regions, July 2022, ODbL 1.0), and the
 * hyperscale subset the cloud_region_km grid layer measures to. Rows without coordinates are rejected into the report.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  CLOUD_PROVIDERS,
  CloudRegionsFileSchema,
  HYPERSCALE_PROVIDERS,
  type CloudRegion,
  type CloudRegionsFile,
} from '../src/contract/cloudRegions.ts';
import { optionalNumberCell, parseCsv, type RejectedRow } from './lib/csv.ts';
import { SRC } from './source-ids.ts';

export const CLOUD_REGIONS_FILE = 'env/cloud_regions_2022.csv';

const RowSchema = z.object({
  provider: z.enum(CLOUD_PROVIDERS),
  region: z.string().trim().min(1),
  location_name: z.string(),
  lat: optionalNumberCell.pipe(z.number().min(-90).max(90).nullable()),
  lon: optionalNumberCell.pipe(z.number().min(-180).max(180).nullable()),
  osm_id: z.string(),
  country_tld: z.string(),
});

export interface CloudRegionsResult {
  regions: CloudRegion[];
  rejected: RejectedRow[];
  in: number;
}

/** Rule: a row without coordinates (three AWS rows in the 2022 file) cannot be placed and is rejected. */
export function loadCloudRegions(rawDir: string): CloudRegionsResult {
  const rows = parseCsv(join(rawDir, CLOUD_REGIONS_FILE), RowSchema, { label: CLOUD_REGIONS_FILE });
  const rejected: RejectedRow[] = [];
  const regions: CloudRegion[] = [];
  const hyperscale = new Set(HYPERSCALE_PROVIDERS);
  rows.forEach((r, i) => {
    if (r.lat === null || r.lon === null) {
      rejected.push({
        file: CLOUD_REGIONS_FILE,
        row: i + 1,
        id: `${r.provider}/${r.region}`,
        reason: 'no coordinates',
      });
      return;
    }
    // Two Azure early-access rows (e.g. eastus2euap) start with an empty place (", East US 2 EUAP, US").
    const name = r.location_name.replace(/^,\s*/, '').trim() || r.region;
    regions.push({
      provider: r.provider,
      region: r.region,
      name,
      lon: r.lon,
      lat: r.lat,
      hyperscale: hyperscale.has(r.provider),
    });
  });
  regions.sort((a, b) =>
    a.provider !== b.provider
      ? a.provider < b.provider
        ? -1
        : 1
      : a.region < b.region
        ? -1
        : a.region > b.region
          ? 1
          : 0,
  );
  return { regions, rejected, in: rows.length };
}

export function cloudRegionsFile(regions: CloudRegion[]): CloudRegionsFile {
  return CloudRegionsFileSchema.parse({ sourceId: SRC.cloudRegions, regions });
}
