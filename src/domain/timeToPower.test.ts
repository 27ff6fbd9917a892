import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  monthsFromWeeks,
  resolveAssumptions,
  type AssumptionId,
  type AssumptionOverrides,
} from './assumptions.ts';
import type { PlaceValues } from './layerIds.ts';
import { stageMonths, timeToPower } from './timeToPower.ts';

/** Default figures, read from the assumptions table. */
const table = Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.value])) as Record<AssumptionId, number>;
const blockGrossMw = table.block_it_mw * table.it_to_gross_ratio;
const transformerMonths = monthsFromWeeks(table.transformer_lead_weeks);

/** Far from any energised site, with too little generation nearby for any inferred stage. */
const remote: PlaceValues = {
  energized_site_km: table.energised_reach_km * 20,
  energized_site_mw: blockGrossMw * 1.5,
  energized_site_status: 'mining',
  grid_capacity_mw: table.in_study_min_grid_mw / 10,
  stranded_power: table.approved_min_stranded / 10,
};
/** An energised site within reach, large enough for the first block. */
const atSite: PlaceValues = {
  ...remote,
  energized_site_km: table.energised_reach_km / 5,
  energized_site_mw: blockGrossMw * 2,
};

describe('timeToPower', () => {
  it('gives an energised site within reach the energised-site lead time, with sources', () => {
    const r = timeToPower(atSite);
    expect(r.stage).toBe('energised_site');
    expect(r.months).toBe(table.energised_site_months);
    expect(r.assumptionIds).toContain('energised_site_months');
    expect(r.evidenceIds).toContain('SL-01');
    expect(r.explanation).toMatch(/Energised site/);
  });

  it('needs the site to cover the block in gross MW (IT × ratio)', () => {
    // Enough for the block in IT MW, not in gross MW.
    const between = (table.block_it_mw + blockGrossMw) / 2;
    expect(timeToPower({ ...atSite, energized_site_mw: between }).stage).toBe('greenfield');
    expect(
      timeToPower(
        { ...atSite, energized_site_mw: between },
        { block_it_mw: (between / table.it_to_gross_ratio) * 0.99 },
      ).stage,
    ).toBe('energised_site');
  });

  it('does not count a non-energised status', () => {
    expect(timeToPower({ ...atSite, energized_site_status: 'closed' }).stage).toBe('greenfield');
  });

  it('infers approved and in-study stages from generation nearby, and says so', () => {
    const approved = timeToPower({
      ...remote,
      grid_capacity_mw: table.approved_min_grid_mw * 2,
      stranded_power: table.approved_min_stranded * 2,
    });
    expect(approved.stage).toBe('approved');
    expect(approved.months).toBe(table.approved_months);
    expect(approved.explanation).toMatch(/inferred/);
    const inStudy = timeToPower({ ...remote, grid_capacity_mw: table.in_study_min_grid_mw });
    expect(inStudy.stage).toBe('in_study');
    expect(inStudy.months).toBe(Math.max(table.in_study_months, transformerMonths));
    expect(timeToPower(remote).months).toBe(Math.max(table.greenfield_months, transformerMonths));
  });

  it('floors stages that need a new substation at the transformer lead time', () => {
    const below = transformerMonths / 2;
    const r = timeToPower(remote, { greenfield_months: below, in_study_months: below });
    expect(r.months).toBeCloseTo(transformerMonths, 10);
    expect(r.explanation).toMatch(/transformer/);
  });

  it('is unknown when missing data could make a faster stage apply, known when it could not', () => {
    expect(timeToPower({ ...remote, energized_site_km: null }).months).toBeNull();
    expect(timeToPower({ ...atSite, grid_capacity_mw: null }).months).toBe(table.energised_site_months);
    expect(timeToPower({ ...remote, grid_capacity_mw: null }).stage).toBeNull();
  });

  const overrides = fc.record(
    Object.fromEntries(
      ASSUMPTIONS.map((a) => [
        a.id,
        fc.option(fc.double({ min: a.min, max: Math.min(a.max, a.min + 300), noNaN: true }), {
          nil: undefined,
        }),
      ]),
    ),
  ) as fc.Arbitrary<AssumptionOverrides>;
  const place = fc.record({
    energized_site_km: fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: null }),
    energized_site_mw: fc.option(fc.double({ min: 0, max: 3000, noNaN: true }), { nil: null }),
    grid_capacity_mw: fc.option(fc.double({ min: 0, max: 20000, noNaN: true }), { nil: null }),
    stranded_power: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }),
  });

  it('never makes an energised site slower than greenfield, whatever the overrides', () => {
    fc.assert(
      fc.property(place, overrides, (p, o) => {
        const a = resolveAssumptions(o);
        const r = timeToPower(p, o);
        // null (unknown) satisfies each bound: only known months are compared.
        expect(r.months ?? 0).toBeLessThanOrEqual(stageMonths(a).greenfield);
        // The same place with a large energised site at hand (null only if missing data leaves a stage that the
        // overrides made even faster undecided).
        const near = timeToPower({ ...p, energized_site_km: 0, energized_site_mw: 1e6 }, o);
        expect(near.months ?? 0).toBeLessThanOrEqual(stageMonths(a).energised_site);
        expect(near.months ?? 0).toBeLessThanOrEqual(r.months ?? Infinity);
      }),
    );
  });

  it('is monotonic: a closer site or more generation never adds months', () => {
    fc.assert(
      fc.property(place, fc.double({ min: 0, max: 1, noNaN: true }), (p, f) => {
        const base = timeToPower(p);
        const better = timeToPower({
          ...p,
          energized_site_km: p.energized_site_km === null ? null : p.energized_site_km * f,
          grid_capacity_mw: p.grid_capacity_mw === null ? null : p.grid_capacity_mw / Math.max(f, 1e-3),
          stranded_power: p.stranded_power === null ? null : p.stranded_power / Math.max(f, 1e-3),
        });
        // null (unknown) satisfies the bound: only known months are compared.
        expect(better.months ?? 0).toBeLessThanOrEqual(base.months ?? Infinity);
      }),
    );
  });

  it('honours overrides of lead times', () => {
    const faster = table.energised_site_months / 2;
    const slower = table.greenfield_months * 1.5;
    expect(timeToPower(atSite, { energised_site_months: faster }).months).toBe(faster);
    expect(timeToPower(remote, { greenfield_months: slower }).months).toBe(slower);
  });
});
