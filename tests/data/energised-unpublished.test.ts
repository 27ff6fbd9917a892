/**
 * Energised sites whose sources publish no current MW (picked from the RAW mining CSV, not from data/): the cells
 * that hold them are scored under Miner playbook (never incomplete for the energised site or time to power), get
 * the energised-site stage, name the rule that set their MW, and are scored cells of the grid scorer, so Find best
 * sites can return them. Reads the committed data/grid, built from the same raw files (npm run data -- --check).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PLANNED_SITE_IDS } from '../../scripts/mining.ts';
import {
  applyPreset,
  createGridScorer,
  getPreset,
  placeValuesAt,
  resolveAssumptions,
  scorePoint,
} from '../../src/domain/index.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';
import { findCellIndex } from '../../src/domain/grid.ts';
import { distanceKm } from '../../src/domain/geo.ts';

const RAW = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../shared/data');
const rows = Papa.parse<Record<string, string>>(readFileSync(join(RAW, 'mining/mining_sites.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const energised = rows.filter((r) => r.status !== 'closed' && !PLANNED_SITE_IDS.has(r.id!));
const unpublished = energised.filter((r) => r.power_mw!.trim() === '');
const grid = loadGridFromDisk(resolve(__dirname, '../../data/grid'))!;
const config = applyPreset(getPreset('miner_playbook'));
const a = resolveAssumptions();

/** The site's own land cell, when no other energised site is nearer to its centre (else that site decides it). */
function ownCell(r: Record<string, string>): number | null {
  const i = findCellIndex(grid, Number(r.lat), Number(r.lon));
  if (i < 0) return null;
  const v = placeValuesAt(grid, i);
  const d = (s: Record<string, string>) =>
    distanceKm([Number(s.lon), Number(s.lat)], [Number(r.lon), Number(r.lat)]);
  const nearer = energised.some((s) => s !== r && d(s) < 1e-6);
  return nearer || v.energized_site_km === null ? null : i;
}

describe('energised sites without a published MW (raw mining CSV)', () => {
  it('has such sites to test', () => {
    expect(grid).not.toBeNull();
    expect(unpublished.length).toBeGreaterThan(10);
  });

  it('scores their cells under Miner playbook with the energised-site stage and the rule named', () => {
    const cells = unpublished.map(ownCell).filter((i): i is number => i !== null);
    expect(cells.length).toBeGreaterThan(unpublished.length / 2);
    const bad: string[] = [];
    let byStatus = 0;
    for (const i of cells) {
      const v = placeValuesAt(grid, i);
      const r = scorePoint(v, config, grid.manifest);
      const row = r.breakdown.find((b) => b.id === 'energized_site')!;
      if (r.missing.includes('energized_site') || r.missing.includes('time_to_power')) bad.push(`${i} missing`);
      const neither = v.energized_site_mw === null && v.energized_site_mw_planned === null;
      if (neither && (v.energized_site_km ?? Infinity) <= a.energised_reach_km && r.timeToPower.stage !== 'energised_site')
        bad.push(`${i} stage ${r.timeToPower.stage}`);
      if (neither) byStatus++;
      if (v.energized_site_mw === null && !/MW not published|planned MW/.test(row.notes.join(' ')))
        bad.push(`${i} rule not named`);
    }
    expect(bad).toEqual([]);
    expect(byStatus).toBeGreaterThan(5);
  });

  it('leaves them scored cells of the grid scorer (what Find best sites ranks)', () => {
    const result = createGridScorer(grid).score(config);
    const cells = unpublished.map(ownCell).filter((i): i is number => i !== null);
    const notScored = cells.filter((i) => result.scores[i]! > 100 && scorePoint(placeValuesAt(grid, i), config).status !== 'excluded');
    expect(notScored).toEqual([]);
  });
});
