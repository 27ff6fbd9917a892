/**
 * The data/ file behind each JSON dataset, and the field of it the app keeps (absent: the whole file). One table for
 * the loaders (datasets.ts, which validate each file against its schema) and for the fine-surface worker, which
 * parses the point datasets' downloaded bytes itself (fineClient.ts): so this module imports no schema library.
 */
export const DATASET_FILES = {
  sources: { path: 'sources.json', field: 'sources' },
  countries: { path: 'regions/countries.geojson' },
  admin1: { path: 'regions/admin1.geojson' },
  miningSites: { path: 'mining_sites.json', field: 'sites' },
  indicators: { path: 'indicators.json', field: 'countries' },
  places: { path: 'places.json' },
  plants: { path: 'plants.json' },
  substations: { path: 'transmission/substations.json' },
  transmissionLines: { path: 'transmission/lines.geojson' },
  transmissionCoverage: { path: 'transmission/coverage.json' },
  landingPoints: { path: 'landing_points.geojson' },
  cloudRegions: { path: 'cloud_regions.json' },
  populationPoints: { path: 'population_points.json' },
  assumptionEvidence: { path: 'assumptions.json', field: 'rows' },
  queues: { path: 'queues.json' },
  gridManifest: { path: 'grid/manifest.json' },
} as const satisfies Record<string, { path: string; field?: string }>;

export type DatasetFileKey = keyof typeof DATASET_FILES;

/** What the app keeps of a parsed file: its `field`, or the whole file (the loaders and the worker both use this). */
export function keptPart(key: DatasetFileKey, parsed: unknown): unknown {
  const file: { path: string; field?: string } = DATASET_FILES[key];
  return file.field === undefined ? parsed : (parsed as Record<string, unknown> | null)?.[file.field];
}
