/**
 * Cells with an energised site within reach: how many each preset leaves incomplete (and why), and the score of a
 * few named sites' cells under the default weights and each preset.
 *   npx tsx scripts/energised-report.ts [data/grid]
 */
import { readFileSync } from 'node:fs';
import {
  applyPreset,
  defaultConfig,
  placeValuesAt,
  PRESETS,
  resolveAssumptions,
  scorePoint,
  type ScoringConfig,
} from '../src/domain/index.ts';
import { loadGridFromDisk } from '../src/domain/testing/loadGrid.ts';
import { landCellNear } from '../src/features/scoring/placeScore.ts';
import { MiningSitesFileSchema } from '../src/data/schemas.ts';

const NAMED = ['crusoe-abilene', 'iren-sweetwater', 'hive-boden'];
const grid = loadGridFromDisk(process.argv[2] ?? 'data/grid');
if (!grid) throw new Error('no grid');
const sites = MiningSitesFileSchema.parse(JSON.parse(readFileSync('data/mining_sites.json', 'utf8'))).sites;
const configs: [string, ScoringConfig][] = [
  ['default', defaultConfig()],
  ...PRESETS.map((p) => [p.id, applyPreset(p)] as [string, ScoringConfig]),
];
const reach = resolveAssumptions().energised_reach_km;
const near: number[] = [];
for (let i = 0; i < grid.cells.length; i++) {
  const v = placeValuesAt(grid, i);
  if (v.energized_site_km !== null && v.energized_site_km !== undefined && v.energized_site_km <= reach)
    near.push(i);
}
console.log(`cells with an energised site within ${reach} km: ${near.length}`);
for (const [name, config] of configs) {
  const why = new Map<string, number>();
  let incomplete = 0;
  let excluded = 0;
  for (const i of near) {
    const r = scorePoint(placeValuesAt(grid, i), config, grid.manifest);
    if (r.status === 'excluded') excluded++;
    if (r.status !== 'incomplete') continue;
    incomplete++;
    const k = r.missing.join(', ');
    why.set(k, (why.get(k) ?? 0) + 1);
  }
  console.log(
    `  ${name.padEnd(18)} incomplete ${incomplete}, excluded ${excluded}  ${[...why].map(([k, n]) => `[${k}]: ${n}`).join('; ')}`,
  );
}
const places: [string, number, number][] = [
  ...NAMED.map((id) => {
    const s = sites.find((x) => x.id === id);
    if (!s) throw new Error(`no site ${id}`);
    return [s.name, s.lon, s.lat] as [string, number, number];
  }),
  ['Quincy WA', -119.85, 47.23],
];
for (const [name, lon, lat] of places) {
  const { index } = landCellNear(grid, lat, lon);
  const v = placeValuesAt(grid, index);
  console.log(
    `\n${name}: site ${v.energized_site_km} km, ${v.energized_site_mw} MW, ${v.energized_site_status}`,
  );
  for (const [cname, config] of configs) {
    const r = scorePoint(v, config, grid.manifest);
    console.log(
      `  ${cname.padEnd(18)} ${r.status === 'scored' ? `score ${r.rounded}` : r.status}` +
        `${r.missing.length ? ` · missing ${r.missing.join(', ')}` : ''}` +
        `${r.status === 'excluded' ? ` · ${r.excludedBy.map((e) => e.id).join(', ')}` : ''}`,
    );
  }
}
