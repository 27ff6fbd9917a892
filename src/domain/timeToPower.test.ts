import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, monthsFromWeeks, resolveAssumptions, type AssumptionOverrides } from './assumptions.ts';
import type { PlaceValues } from './layerIds.ts';
import { stageMonths, timeToPower } from './timeToPower.ts';

const remote: PlaceValues = {
  energized_site_km: 400,
  energized_site_mw: 100,
  energized_site_status: 'mining',
  grid_capacity_mw: 20,
  stranded_power: 0.5,
};
const atSite: PlaceValues = { ...remote, energized_site_km: 3, energized_site_mw: 150 };

describe('timeToPower', () => {
  it('gives an energised site within reach the energised-site lead time, with sources', () => {
    const r = timeToPower(atSite);
    expect(r.stage).toBe('energised_site');
    expect(r.months).toBe(12);
    expect(r.assumptionIds).toContain('energised_site_months');
    expect(r.evidenceIds).toContain('SL-01');
    expect(r.explanation).toMatch(/Energised site/);
  });

  it('needs the site to cover the block in gross MW (IT × ratio)', () => {
    expect(timeToPower({ ...atSite, energized_site_mw: 60 }).stage).toBe('greenfield'); // 60 < 50 × 1.35
    expect(timeToPower({ ...atSite, energized_site_mw: 60 }, { block_it_mw: 40 }).stage).toBe(
      'energised_site',
    );
  });

  it('does not count a non-energised status', () => {
    expect(timeToPower({ ...atSite, energized_site_status: 'closed' }).stage).toBe('greenfield');
  });

  it('infers approved and in-study stages from generation nearby, and says so', () => {
    const approved = timeToPower({ ...remote, grid_capacity_mw: 2000, stranded_power: 12 });
    expect(approved.stage).toBe('approved');
    expect(approved.months).toBe(24);
    expect(approved.explanation).toMatch(/inferred/);
    expect(timeToPower({ ...remote, grid_capacity_mw: 500, stranded_power: 1 }).stage).toBe('in_study');
    expect(timeToPower(remote).months).toBe(60);
  });

  it('floors stages that need a new substation at the transformer lead time', () => {
    const r = timeToPower(remote, { greenfield_months: 6, in_study_months: 6 });
    expect(r.months).toBeCloseTo(monthsFromWeeks(120), 10);
    expect(r.explanation).toMatch(/transformer/);
  });

  it('is unknown when missing data could make a faster stage apply, known when it could not', () => {
    expect(timeToPower({ ...remote, energized_site_km: null }).months).toBeNull();
    expect(timeToPower({ ...atSite, grid_capacity_mw: null }).months).toBe(12);
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
        if (r.months !== null) expect(r.months).toBeLessThanOrEqual(stageMonths(a).greenfield);
        // The same place with a large energised site at hand (null only if missing data leaves a stage that the
        // overrides made even faster undecided).
        const near = timeToPower({ ...p, energized_site_km: 0, energized_site_mw: 1e6 }, o);
        if (near.months !== null) {
          expect(near.months).toBeLessThanOrEqual(stageMonths(a).energised_site);
          if (r.months !== null) expect(near.months).toBeLessThanOrEqual(r.months);
        }
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
        if (base.months !== null && better.months !== null)
          expect(better.months).toBeLessThanOrEqual(base.months);
      }),
    );
  });

  it('honours overrides of lead times', () => {
    expect(timeToPower(atSite, { energised_site_months: 7 }).months).toBe(7);
    expect(timeToPower(remote, { greenfield_months: 84 }).months).toBe(84);
  });
});
