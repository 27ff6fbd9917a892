/**
 * The JSON output files and the schema the app loads each with (src/data, src/contract): one table used to
 * write each file (validated before writing) and to check a finished output folder before it replaces data/
 * (every file read back and parsed, every grid binary one value per land cell).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CloudRegionsFileSchema, PopulationPointsFileSchema } from '../src/contract/cloudRegions.ts';
import { GazetteerFileSchema } from '../src/contract/gazetteer.ts';
import { GridManifestSchema } from '../src/contract/index.ts';
import { PlantsFileSchema } from '../src/contract/plants.ts';
import { QueuesFileSchema } from '../src/contract/queues.ts';
import { CoverageFileSchema, LinesFileSchema, SubstationsFileSchema } from '../src/contract/transmission.ts';
import { PointCollectionSchema, RegionCollectionSchema } from '../src/data/datasets.ts';
import {
  AssumptionsFileSchema,
  IndicatorsFileSchema,
  MiningSitesFileSchema,
  PlacesFileSchema,
  SourcesFileSchema,
} from '../src/data/schemas.ts';
import { formatZodIssues } from './lib/csv.ts';
import { writeValidatedJson } from './lib/io.ts';

/** Every JSON output and the schema the app reads it with. */
export const OUTPUT_SCHEMAS = {
  'sources.json': SourcesFileSchema,
  'mining_sites.json': MiningSitesFileSchema,
  'plants.json': PlantsFileSchema,
  'transmission/substations.json': SubstationsFileSchema,
  'transmission/lines.geojson': LinesFileSchema,
  'transmission/coverage.json': CoverageFileSchema,
  'queues.json': QueuesFileSchema,
  'places.json': PlacesFileSchema,
  'indicators.json': IndicatorsFileSchema,
  'assumptions.json': AssumptionsFileSchema,
  'landing_points.geojson': PointCollectionSchema,
  'cloud_regions.json': CloudRegionsFileSchema,
  'population_points.json': PopulationPointsFileSchema,
  'gazetteer.json': GazetteerFileSchema,
  'regions/countries.geojson': RegionCollectionSchema,
  'regions/admin1.geojson': RegionCollectionSchema,
  'grid/manifest.json': GridManifestSchema,
} as const satisfies Record<string, z.ZodTypeAny>;
export type OutputFile = keyof typeof OUTPUT_SCHEMAS;

/** Validates `value` with the file's schema, then writes it (see writeValidatedJson). */
export function writeOutput(dir: string, file: OutputFile, value: unknown): void {
  writeValidatedJson(join(dir, file), OUTPUT_SCHEMAS[file], value);
}

function parseFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`output ${file} is missing`);
  const r = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.success)
    throw new Error(`output ${file} fails its schema: ${formatZodIssues(r.error).slice(0, 2000)}`);
  return r.data;
}

/** Throws on the first output that is missing, fails its schema, or has a grid file of the wrong size. */
export function validateOutputs(dir: string): void {
  for (const [file, schema] of Object.entries(OUTPUT_SCHEMAS)) parseFile(dir, file, schema as z.ZodTypeAny);
  const manifest = parseFile(dir, 'grid/manifest.json', GridManifestSchema);
  const expectBytes = (file: string, bytes: number) => {
    const path = join(dir, 'grid', file);
    const size = existsSync(path) ? statSync(path).size : -1;
    if (size !== bytes) throw new Error(`output grid/${file}: ${size} bytes, expected ${bytes}`);
  };
  expectBytes(manifest.cellsFile, manifest.cellCount * 4);
  for (const l of manifest.layers) expectBytes(l.file, manifest.cellCount * (l.type === 'uint8' ? 1 : 2));
}
