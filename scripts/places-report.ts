/**
 * Prints, for a few known places, the grid values behind grid capacity, grid access and time to power, reach to
 * users (people within 100 / 300 km on the cell and at the exact point, the nearest hyperscale cloud region, the
 * nearest cable landing), and the score under the default weights and each preset (the cell the app scores for a
 * click there).
 *   npx tsx scripts/places-report.ts [data/grid]
 */
import { applyPreset, defaultConfig, PRESETS, scorePoint, type ScoringConfig } from '../src/domain/index.ts';
import { loadGridFromDisk } from '../src/domain/testing/loadGrid.ts';
import { landCellNear } from '../src/features/scoring/placeScore.ts';
import { placeValuesAt } from '../src/domain/index.ts';
import { existsSync, readFileSync } from 'node:fs';
import { QueuesFileSchema } from '../src/contract/queues.ts';
import { CloudRegionsFileSchema, PopulationPointsFileSchema } from '../src/contract/cloudRegions.ts';
import { indexPopulation, populationWithin } from '../src/domain/population.ts';
import { describeRegion, nearestCloudRegion } from '../src/features/scoring/reachFacts.ts';

const PLACES: [string, number, number][] = [
  ['Ashburn VA', -77.49, 39.04],
  ['Abilene TX', -99.73, 32.45],
  ['Quincy WA', -119.85, 47.23],
  ['Eemshaven NL', 6.83, 53.44],
  ['Luleå SE', 22.15, 65.58],
  ['New Albany OH', -82.81, 40.08],
  // Countries priced only by the World Bank 2019 small-business price (the labelled last resort):
  ['Mumbai IN', 72.88, 19.08],
  ['Kuwait City KW', 47.98, 29.37],
];
const grid = loadGridFromDisk(process.argv[2] ?? 'data/grid');
if (!grid) throw new Error('no grid');
// Regional lead times as the app passes them (data/queues.json), when the file exists.
const evidence = existsSync('data/queues.json')
  ? { leadTimes: QueuesFileSchema.parse(JSON.parse(readFileSync('data/queues.json', 'utf8'))).leadTimes }
  : {};
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const people = indexPopulation(PopulationPointsFileSchema.parse(readJson('data/population_points.json')));
const regions = CloudRegionsFileSchema.parse(readJson('data/cloud_regions.json'));
const n = (x: unknown) => (typeof x === 'number' ? Math.round(x).toLocaleString('en-US') : String(x));
const configs: [string, ScoringConfig][] = [
  ['default', defaultConfig()],
  ...PRESETS.map((p) => [p.id, applyPreset(p)] as [string, ScoringConfig]),
];
for (const [name, lon, lat] of PLACES) {
  const { index } = landCellNear(grid, lat, lon);
  const v = placeValuesAt(grid, index) as Record<string, unknown>;
  const pick = (k: string) => (k in v ? v[k] : 'n/a');
  console.log(
    `\n${name}: capacity ${pick('grid_capacity_mw')} MW, pipeline ${pick('grid_pipeline_mw')} MW, ` +
      `substation≥220 ${pick('substation_220_km')} km, kV ${pick('substation_kv')}, coverage ${pick('transmission_coverage')}, queue ${pick('queue_region')}, price ${pick('power_price')}`,
  );
  const cloud = nearestCloudRegion(regions, lon, lat);
  console.log(
    `  reach: people within 100 km ${n(pick('population_100km'))} (cell) / ${n(populationWithin(people, [lon, lat], 100))} (point), ` +
      `within 300 km ${n(pick('population_300km'))} / ${n(populationWithin(people, [lon, lat], 300))}; ` +
      `cloud region ${n(pick('cloud_region_km'))} km (cell), nearest ${cloud ? `${describeRegion(cloud.region)} ${n(cloud.km)} km` : 'none'}; ` +
      `cable landing ${n(pick('landing_km'))} km`,
  );
  for (const [cname, config] of configs) {
    const r = scorePoint(placeValuesAt(grid, index), config, grid.manifest, evidence);
    const t = r.timeToPower;
    console.log(
      `  ${cname.padEnd(18)} ${r.status === 'scored' ? `score ${r.rounded}` : r.status} · time to power ${t.months ?? '?'} mo (${t.stage ?? 'unknown'})${r.missing.length ? ` · missing ${r.missing.join(', ')}` : ''}`,
    );
  }
}
