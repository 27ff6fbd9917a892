import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  monthsFromWeeks,
  resolveAssumptions,
  type AssumptionId,
  type AssumptionOverrides,
} from './assumptions.ts';
import { GENERATION_QUEUE_CAVEAT } from '../contract/queues.ts';
import { substationLayer, voltageClassAtLeast } from './gridAccess.ts';
import type { PlaceValues } from './layerIds.ts';
import { GENERATION_QUEUE_CAVEAT_TEXT, NO_REGIONAL_EVIDENCE } from './leadTimes.ts';
import { arbLeadTimes, syntheticLeadTimes } from './testing/arbitraries.ts';
import { stageMonths, timeToPower } from './timeToPower.ts';

/** Default figures, read from the assumptions table. */
const table = Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.value])) as Record<AssumptionId, number>;
const blockGrossMw = table.block_it_mw * table.it_to_gross_ratio;
const transformerMonths = monthsFromWeeks(table.transformer_lead_weeks);

/** The layer the HV stage reads at the default minimum kV (the next voltage class at or above it). */
const hvLayer = substationLayer(voltageClassAtLeast(table.hv_substation_min_kv));
const floor = (m: number) => Math.max(m, transformerMonths);

/** Far from any energised site and any substation, with too little generation nearby for a faster stage. */
const remote: PlaceValues = {
  energized_site_km: table.energised_reach_km * 20,
  energized_site_mw: blockGrossMw * 1.5,
  energized_site_status: 'mining',
  substation_110_km: table.hv_substation_reach_km * 5,
  substation_220_km: table.hv_substation_reach_km * 6,
  substation_345_km: table.hv_substation_reach_km * 8,
  grid_capacity_mw: table.strong_generation_min_mw / 10,
};
/** An energised site within reach, large enough for the first block. */
const atSite: PlaceValues = {
  ...remote,
  energized_site_km: table.energised_reach_km / 5,
  energized_site_mw: blockGrossMw * 2,
};
/** A substation of the required voltage class within reach. */
const nearHv: PlaceValues = { ...remote, [hvLayer]: table.hv_substation_reach_km / 2 };
/** No substation source covers the place: every grid-access layer is null. */
const uncovered: PlaceValues = {
  ...remote,
  substation_110_km: null,
  substation_220_km: null,
  substation_345_km: null,
};
const leadTimes = syntheticLeadTimes();

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

  it('gives a place with a substation of enough kV within reach the HV-substation stage', () => {
    const r = timeToPower(nearHv);
    expect(r.stage).toBe('hv_substation');
    expect(r.months).toBe(floor(table.hv_substation_months));
    expect(r.assumptionIds).toEqual(
      expect.arrayContaining(['hv_substation_reach_km', 'hv_substation_min_kv']),
    );
    expect(r.leadTime).toMatchObject({ kind: 'global', text: NO_REGIONAL_EVIDENCE });
    expect(r.leadTimeApplied).toBe(true);
    // The same distance in a lower voltage class only does not qualify.
    const lowKv = timeToPower(nearHv, { hv_substation_min_kv: 220 });
    expect(hvLayer).toBe('substation_110_km');
    expect(lowKv.stage).not.toBe('hv_substation');
    // Just beyond reach does not qualify either.
    expect(timeToPower({ ...remote, [hvLayer]: table.hv_substation_reach_km * 1.01 }).stage).toBe(
      'greenfield',
    );
  });

  it('gives strong generation nearby its stage, and greenfield otherwise', () => {
    const strong = timeToPower({ ...remote, grid_capacity_mw: table.strong_generation_min_mw });
    expect(strong.stage).toBe('strong_generation');
    expect(strong.months).toBe(floor(table.strong_generation_months));
    expect(timeToPower(remote).months).toBe(floor(table.greenfield_months));
  });

  it('is unknown with no substation coverage and no energised site; an energised site still decides', () => {
    const r = timeToPower(uncovered);
    expect(r.stage).toBeNull();
    expect(r.months).toBeNull();
    expect(r.explanation).toMatch(/no substation data here/);
    expect(timeToPower({ ...uncovered, ...atSite, substation_110_km: null }).stage).toBe('energised_site');
  });

  it('uses the regional queue median for the HV stage only with enough projects, and says which rule applied', () => {
    const pjm = leadTimes.find((lt) => lt.region === 'PJM' && lt.median !== null);
    const caiso = leadTimes.find((lt) => lt.region === 'CAISO');
    if (!pjm?.median || !caiso) throw new Error('synthetic lead times changed');
    const r = timeToPower({ ...nearHv, queue_region: 'PJM' }, {}, leadTimes);
    expect(r.stage).toBe('hv_substation');
    expect(r.months).toBe(floor(pjm.median));
    expect(r.leadTime).toMatchObject({
      kind: 'regional',
      region: 'PJM',
      median: pjm.median,
      p25: pjm.p25,
      p75: pjm.p75,
      n: pjm.n,
      sourceId: pjm.sourceId,
      caveat: pjm.caveat,
    });
    expect(r.leadTime.text).toBe(
      `PJM generation queue: median ${pjm.median} months (IQR ${Math.round(pjm.p25 ?? NaN)}–` +
        `${Math.round(pjm.p75 ?? NaN)}, n = ${pjm.n}) — ${GENERATION_QUEUE_CAVEAT}`,
    );
    // Fewer projects than the minimum: the global assumption, and the result says why.
    const few = timeToPower({ ...nearHv, queue_region: 'CAISO' }, {}, leadTimes);
    expect(caiso.n).toBeLessThan(table.regional_lead_time_min_n);
    expect(few.months).toBe(floor(table.hv_substation_months));
    expect(few.leadTime).toMatchObject({ kind: 'global', region: 'CAISO', text: NO_REGIONAL_EVIDENCE });
    // Lowering the minimum lets it apply.
    const allowed = timeToPower(
      { ...nearHv, queue_region: 'CAISO' },
      { regional_lead_time_min_n: caiso.n },
      leadTimes,
    );
    expect(allowed.leadTime.kind).toBe('regional');
    // A measure that ends at a study, not energisation, never applies (MISO done_date).
    const miso = timeToPower({ ...nearHv, queue_region: 'MISO' }, {}, leadTimes);
    expect(miso.leadTime).toMatchObject({
      kind: 'global',
      detail: expect.stringMatching(/does not end at energisation/) as unknown,
    });
  });

  it('lets a slow regional median give way to a faster stage', () => {
    const ercot = leadTimes.find((lt) => lt.region === 'ERCOT');
    if (!ercot?.median) throw new Error('synthetic lead times changed');
    // Strong generation is faster than ERCOT's median when its months are set below it.
    const o = { strong_generation_months: ercot.median - 1 };
    const place = { ...nearHv, queue_region: 'ERCOT', grid_capacity_mw: table.strong_generation_min_mw };
    const r = timeToPower(place, o, leadTimes);
    expect(r.stage).toBe('strong_generation');
    expect(r.months).toBe(floor(ercot.median - 1));
    expect(r.leadTimeApplied).toBe(false);
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
    substation_110_km: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
    substation_220_km: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
    substation_345_km: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
    queue_region: fc.option(fc.constantFrom('PJM', 'ERCOT', 'MISO', 'CAISO'), { nil: null }),
  });

  it('never makes an energised site slower than greenfield, whatever the overrides', () => {
    fc.assert(
      fc.property(place, overrides, arbLeadTimes(), (p, o, lts) => {
        const a = resolveAssumptions(o);
        const r = timeToPower(p, o, lts);
        // null (unknown) satisfies each bound: only known months are compared.
        expect(r.months ?? 0).toBeLessThanOrEqual(stageMonths(a).greenfield);
        // The same place with a large energised site at hand (null only if missing data leaves a stage that the
        // overrides made even faster undecided).
        const near = timeToPower({ ...p, energized_site_km: 0, energized_site_mw: 1e6 }, o, lts);
        expect(near.months ?? 0).toBeLessThanOrEqual(stageMonths(a).energised_site);
        expect(near.months ?? 0).toBeLessThanOrEqual(r.months ?? Infinity);
      }),
    );
  });

  it('is monotonic: a closer site or substation, or more generation, never adds months', () => {
    const closer = (km: number | null, f: number) => (km === null ? null : km * f);
    fc.assert(
      fc.property(place, fc.double({ min: 0, max: 1, noNaN: true }), arbLeadTimes(), (p, f, lts) => {
        const base = timeToPower(p, {}, lts);
        const better = timeToPower(
          {
            ...p,
            energized_site_km: closer(p.energized_site_km, f),
            substation_110_km: closer(p.substation_110_km, f),
            substation_220_km: closer(p.substation_220_km, f),
            substation_345_km: closer(p.substation_345_km, f),
            grid_capacity_mw: p.grid_capacity_mw === null ? null : p.grid_capacity_mw / Math.max(f, 1e-3),
          },
          {},
          lts,
        );
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

describe('lead-time caveat', () => {
  it('is the contract’s generation-queue caveat', () => {
    expect(GENERATION_QUEUE_CAVEAT_TEXT).toBe(GENERATION_QUEUE_CAVEAT);
  });
});
