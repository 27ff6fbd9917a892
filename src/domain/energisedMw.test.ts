import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, getAssumption, resolveAssumptions } from './assumptions.ts';
import { defaultConfig } from './config.ts';
import { createGridScorer } from './gridScorer.ts';
import { isEnergisedStatus, type PlaceValues } from './layerIds.ts';
import { placeValuesAt } from './grid.ts';
import { scorePoint } from './score.ts';
import { gridFromPlaces } from './testing/syntheticGrid.ts';
import { timeToPower } from './timeToPower.ts';
import { energisedSiteMw, PLANNED_MW_RULE } from './energisedMw.ts';

const a = resolveAssumptions();
const gross = a.block_it_mw * a.it_to_gross_ratio;
const near: PlaceValues = {
  energized_site_km: a.energised_reach_km / 4,
  energized_site_status: 'ai_hpc',
  substation_110_km: a.hv_substation_reach_km * 5,
  substation_220_km: a.hv_substation_reach_km * 6,
  substation_345_km: a.hv_substation_reach_km * 8,
  grid_capacity_mw: a.strong_generation_min_mw / 10,
};
const current: PlaceValues = { ...near, energized_site_mw: gross * 2, energized_site_mw_planned: gross * 9 };
const plannedOnly: PlaceValues = { ...near, energized_site_mw: null, energized_site_mw_planned: gross * 3 };
const unpublished: PlaceValues = { ...near, energized_site_mw: null, energized_site_mw_planned: null };

/** The two criteria an unpublished MW used to leave missing. */
const ONLY_SITE = { weights: { energized_site: 1, time_to_power: 1 } };
const energisedRow = (v: PlaceValues, config = defaultConfig()) =>
  scorePoint(v, config).breakdown.find((b) => b.id === 'energized_site')!;

describe('energised site MW rule', () => {
  it('uses the current MW where published, else the planned MW, else the "MW not published" assumption', () => {
    expect(energisedSiteMw(current, a)).toMatchObject({ mw: current.energized_site_mw, basis: 'current' });
    expect(energisedSiteMw(plannedOnly, a)).toMatchObject({
      mw: plannedOnly.energized_site_mw_planned,
      basis: 'planned',
      rule: PLANNED_MW_RULE,
    });
    expect(energisedSiteMw(unpublished, a)).toMatchObject({
      mw: getAssumption('energised_mw_not_published').value,
      basis: 'not_published',
    });
  });

  it('scores a place beside a site without a published MW, and its card row names the rule', () => {
    const r = scorePoint(unpublished, ONLY_SITE);
    expect(r.status).toBe('scored');
    expect(r.missing).toEqual([]);
    const row = energisedRow(unpublished);
    expect(row.value).toBe(a.energised_mw_not_published);
    expect(row.notes.join(' ')).toMatch(/MW not published/);
    expect(energisedRow(plannedOnly).notes.join(' ')).toMatch(/planned MW, not yet energised/);
  });

  it('follows the assumption when the user edits it', () => {
    const edited = a.energised_mw_not_published * 3;
    const row = energisedRow(unpublished, {
      weights: {},
      assumptions: { energised_mw_not_published: edited },
    });
    expect(row.value).toBe(edited);
  });

  it('gives the energised-site stage by status and distance when no MW is published', () => {
    expect(timeToPower(unpublished).stage).toBe('energised_site');
    expect(timeToPower({ ...unpublished, energized_site_status: 'closed' }).stage).not.toBe('energised_site');
    expect(timeToPower({ ...unpublished, energized_site_km: a.energised_reach_km * 3 }).stage).not.toBe(
      'energised_site',
    );
  });

  it('still requires a published MW (current, else planned) to cover the block', () => {
    const small = gross / 2;
    expect(timeToPower({ ...plannedOnly, energized_site_mw_planned: small }).stage).not.toBe(
      'energised_site',
    );
    expect(timeToPower({ ...current, energized_site_mw: small }).stage).not.toBe('energised_site');
    expect(timeToPower(plannedOnly).stage).toBe('energised_site');
  });

  it('gives the grid scorer the same scores as scorePoint for the three bases', () => {
    const places = [current, plannedOnly, unpublished].map((values, i) => ({
      lat: 10 + i * 3,
      lon: 20,
      values,
    }));
    const grid = gridFromPlaces(places);
    const config = { weights: { energized_site: 2, time_to_power: 1 } };
    const result = createGridScorer(grid).score(config);
    for (let i = 0; i < places.length; i++) {
      const r = scorePoint(placeValuesAt(grid, i), config, grid.manifest);
      expect(r.status).toBe('scored');
      expect(result.scores[i]).toBe(r.rounded);
    }
  });

  it('defaults "MW not published" to the median current MW of the energised sites in data/mining_sites.json', () => {
    // data/ is the app's committed data (npm test runs without ../shared); read as plain JSON (no app schema here).
    const file = JSON.parse(
      readFileSync(new URL('../../data/mining_sites.json', import.meta.url), 'utf8'),
    ) as { sites: Array<{ status: string; powerMw: number | null }> };
    const sites = file.sites;
    expect(sites.length).toBeGreaterThan(0);
    const mw = sites
      .filter((s) => isEnergisedStatus(s.status) && s.powerMw !== null)
      .map((s) => s.powerMw as number)
      .sort((x, y) => x - y);
    const m = mw.length / 2;
    const median = mw.length % 2 ? mw[Math.floor(m)]! : (mw[m - 1]! + mw[m]!) / 2;
    const row = ASSUMPTIONS.find((x) => x.id === 'energised_mw_not_published')!;
    expect(row.value).toBe(median);
    expect(row.basis.kind).toBe('assumption');
    expect(row.reasoning).toContain(
      `${mw.length} of the ${sites.filter((s) => isEnergisedStatus(s.status)).length}`,
    );
  });
});
