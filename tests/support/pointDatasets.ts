/** The point evaluator's inputs read from a data/ folder with Node fs, validated with the app's schemas (tests, bench). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlantsFileSchema } from '../../src/contract/plants.ts';
import { CloudRegionsFileSchema, PopulationPointsFileSchema } from '../../src/contract/cloudRegions.ts';
import { CoverageFileSchema, SubstationsFileSchema } from '../../src/contract/transmission.ts';
import { PointCollectionSchema, RegionCollectionSchema } from '../../src/data/datasets.ts';
import { IndicatorsFileSchema, MiningSitesFileSchema } from '../../src/data/schemas.ts';
import type { ScoringGrid } from '../../src/domain/grid.ts';
import type { PointDatasets } from '../../src/domain/pointValues.ts';

export function loadPointDatasets(dataDir: string, grid: ScoringGrid): PointDatasets {
  const json = (rel: string): unknown => JSON.parse(readFileSync(join(dataDir, rel), 'utf8'));
  return {
    manifest: grid.manifest,
    grid,
    countries: RegionCollectionSchema.parse(json('regions/countries.geojson')),
    admin1: RegionCollectionSchema.parse(json('regions/admin1.geojson')),
    indicators: IndicatorsFileSchema.parse(json('indicators.json')).countries,
    substations: SubstationsFileSchema.parse(json('transmission/substations.json')),
    coverage: CoverageFileSchema.parse(json('transmission/coverage.json')),
    plants: PlantsFileSchema.parse(json('plants.json')),
    miningSites: MiningSitesFileSchema.parse(json('mining_sites.json')).sites,
    landing: PointCollectionSchema.parse(json('landing_points.geojson')).features.map((f) => ({
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    })),
    cloudRegions: CloudRegionsFileSchema.parse(json('cloud_regions.json')).regions,
    populationPoints: PopulationPointsFileSchema.parse(json('population_points.json')),
  };
}
