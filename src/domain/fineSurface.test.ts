/**
 * The fine surface on a small synthetic world (a block of random 0.25° cells with gaps, synthetic energised sites,
 * landings, cloud regions and settlements): every sample's code is the card's score at the sample centre, i.e.
 * scorePoint(pointSources.evaluate(sample, interpolatedCellValues(...))); the row population sums equal
 * populationWithin; the interpolation is the cell's value at a centre and the bilinear mix between centres.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbPlace } from './testing/arbitraries.ts';
import { gridFromPlaces, mulberry32 } from './testing/syntheticGrid.ts';
import { createFineSurfaceJob, warmFineSurface } from './fineSurface.ts';
import {
  FINE_MAX_SAMPLES,
  FINE_MIN_ZOOM,
  fineLattice,
  latticeBounds,
  mercatorRowMap,
  PREVIEW_FACTOR,
  PREVIEW_MIN_SAMPLES,
  previewLattice,
  sampleAt,
  sampledArea,
  sharedShare,
  VIEW_MARGIN,
  viewLattices,
  sampleLat,
  sampleLon,
} from './fineSurfaceLattice.ts';
import { populationAlongSamples } from './fineSurfacePopulation.ts';
import { createInterpolator, INTERPOLATED_LAYERS, interpolatedCellValues } from './fineSurfaceSmooth.ts';
import { decodeLayerValue, findCellIndex, placeValuesAt } from './grid.ts';
import { isCategoricalLayerId, NUMERIC_LAYER_IDS } from './layerIds.ts';
import { POINT_LAYERS } from './pointProviders.ts';
import { preparePointSources } from './pointValues.ts';
import { indexPopulation, populationWithin } from './population.ts';
import { quantizedValue } from './quantize.ts';
import { scorePoint } from './score.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE, SCORE_NO_CELL } from './scoreCodes.ts';

const rnd = mulberry32(20261201);
const between = (a: number, b: number) => a + (b - a) * rnd();
const [W, E, S, N] = [10, 12, 45, 47];
const somewhere = () => ({ lon: between(W - 1, E + 1), lat: between(S - 1, N + 1) });

// A block of 0.25° cells; about one in eight left out (sea), so some neighbours are missing.
const values = fc.sample(arbPlace(true), { numRuns: 64, seed: 7 });
const places: { lon: number; lat: number; values: (typeof values)[number] }[] = [];
for (let r = 0; r < 8; r++)
  for (let c = 0; c < 8; c++)
    if (rnd() > 0.125)
      places.push({ lon: W + (c + 0.5) * 0.25, lat: N - (r + 0.5) * 0.25, values: values[r * 8 + c]! });
const grid = gridFromPlaces(places, { resolutionDeg: 0.25, countries: ['USA', 'CAN', 'NOR', 'IRL', 'KAZ'] });
const populationPoints = (() => {
  const pts = Array.from({ length: 300 }, somewhere);
  return {
    lon: pts.map((p) => p.lon),
    lat: pts.map((p) => p.lat),
    population: pts.map(() => Math.round(between(1000, 2_000_000))),
  };
})();
const sources = preparePointSources({
  manifest: grid.manifest,
  grid,
  miningSites: Array.from({ length: 20 }, () => ({
    ...somewhere(),
    status: rnd() < 0.7 ? 'mining' : 'ai_hpc',
    powerMw: rnd() < 0.3 ? null : Math.round(between(5, 300)),
    powerMwPlanned: rnd() < 0.5 ? null : Math.round(between(50, 900)),
  })),
  landing: Array.from({ length: 5 }, somewhere),
  cloudRegions: Array.from({ length: 4 }, () => ({ ...somewhere(), provider: 'aws' as const })),
  populationPoints,
});
const lattice = fineLattice({ west: W + 0.01, east: E - 0.01, south: S + 0.01, north: N - 0.01 }, 9)!;
const job = createFineSurfaceJob({ grid, sources }, lattice);
job.evaluateRows(0, lattice.rows);

/** The card's code at a point: its land cell, smooth layers interpolated, then the point evaluator. */
function cardCode(lon: number, lat: number, config: Parameters<typeof scorePoint>[1]): number {
  const index = findCellIndex(grid, lat, lon);
  if (index < 0) return SCORE_NO_CELL;
  const pv = sources.evaluate([lon, lat], interpolatedCellValues(grid, index, [lon, lat]));
  const r = scorePoint(pv.values, config, grid.manifest);
  return r.status === 'scored' ? r.rounded! : r.status === 'excluded' ? SCORE_EXCLUDED : SCORE_INCOMPLETE;
}

describe('fine surface', () => {
  it('samples the view at 0.02° from zoom 9, nothing below the minimum zoom', () => {
    expect(lattice.step).toBe(0.02);
    expect(lattice.cols * lattice.rows).toBeGreaterThan(5000);
    expect(fineLattice({ west: W, east: E, south: S, north: N }, FINE_MIN_ZOOM - 0.01)).toBeNull();
    // a zoom-6 view of a 1440 px screen at 45° N
    const wide = fineLattice({ west: -8, east: 8, south: 40, north: 50 }, FINE_MIN_ZOOM)!;
    expect(wide.cols * wide.rows).toBeLessThanOrEqual(FINE_MAX_SAMPLES);
    expect(wide.step).toBeGreaterThan(0.02);
    expect(fineLattice({ west: -60, east: 60, south: 0, north: 60 }, FINE_MIN_ZOOM)).toBeNull();
  });

  it('draws a view with its quick pass then its own step, over the view widened by the margin', () => {
    const view = { west: W, east: E, south: S, north: N };
    const area = sampledArea(view);
    expect(area.east - area.west).toBeCloseTo((E - W) * (1 + 2 * VIEW_MARGIN), 9);
    expect(area.north - area.south).toBeCloseTo((N - S) * (1 + 2 * VIEW_MARGIN), 9);
    const own = fineLattice(area, 9)!;
    expect(viewLattices(view, 9)).toEqual([
      { lattice: previewLattice(area, own)!, preview: true },
      { lattice: own, preview: false },
    ]);
    const small = { west: -77.6, east: -77.4, south: 39, north: 39.1 };
    expect(viewLattices(small, 10)).toEqual([
      { lattice: fineLattice(sampledArea(small), 10)!, preview: false },
    ]);
    expect(viewLattices(view, FINE_MIN_ZOOM - 0.01)).toEqual([]);
  });

  it('previews a large view at 4× its step over the same bounds, and draws a small one at once', () => {
    const view = { west: W, east: E, south: S, north: N };
    expect(lattice.cols * lattice.rows).toBeGreaterThanOrEqual(PREVIEW_MIN_SAMPLES);
    const preview = previewLattice(view, lattice)!;
    expect(preview.step).toBe(0.08);
    expect(preview.step).toBeCloseTo(lattice.step * PREVIEW_FACTOR, 12);
    // Both cover the view; the preview has about 1 / PREVIEW_FACTOR² of the samples.
    for (const l of [lattice, preview]) {
      const b = latticeBounds(l);
      expect(b.west).toBeLessThanOrEqual(W);
      expect(b.east).toBeGreaterThanOrEqual(E);
      expect(b.south).toBeLessThanOrEqual(S);
      expect(b.north).toBeGreaterThanOrEqual(N);
    }
    expect(preview.cols * preview.rows).toBeLessThan((2 * lattice.cols * lattice.rows) / PREVIEW_FACTOR ** 2);
    const small = fineLattice({ west: -77.6, east: -77.4, south: 39, north: 39.1 }, 10)!;
    expect(small.cols * small.rows).toBeLessThan(PREVIEW_MIN_SAMPLES);
    expect(previewLattice({ west: -77.6, east: -77.4, south: 39, north: 39.1 }, small)).toBeNull();
  });

  it('counts the share of a lattice another holds: all of itself, half after a half-width pan, none at another step', () => {
    expect(sharedShare(lattice, lattice)).toBe(1);
    const panned = { ...lattice, i0: lattice.i0 + lattice.cols / 2 };
    expect(lattice.cols % 2).toBe(0);
    expect(sharedShare(lattice, panned)).toBe(0.5);
    expect(sharedShare(lattice, { ...lattice, i0: lattice.i0 + lattice.cols })).toBe(0);
    expect(sharedShare(lattice, previewLattice({ west: W, east: E, south: S, north: N }, lattice)!)).toBe(0);
  });

  it('finds the sample at its own centre; every sample row is drawn in the Mercator image', () => {
    fc.assert(
      fc.property(fc.nat(lattice.cols - 1), fc.nat(lattice.rows - 1), (col, row) => {
        expect(sampleAt(lattice, sampleLon(lattice, col), sampleLat(lattice, row))).toEqual({ col, row });
      }),
    );
    const map = mercatorRowMap(lattice, 2 * lattice.rows);
    expect(new Set(map).size).toBe(lattice.rows);
    for (let k = 1; k < map.length; k++) expect(map[k]).toBeGreaterThanOrEqual(map[k - 1]!);
  });

  it('gives every sample the card’s score at the sample centre, under random configs', () => {
    fc.assert(
      fc.property(arbConfig(), fc.nat(lattice.cols - 1), fc.nat(lattice.rows - 1), (config, col, row) => {
        const codes = job.score(config);
        const lon = sampleLon(lattice, col);
        const lat = sampleLat(lattice, row);
        expect(codes[row * lattice.cols + col]).toBe(cardCode(lon, lat, config));
      }),
      { numRuns: 60 },
    );
  });

  it('a job that copies the samples a previous view held equals one that evaluates them all', () => {
    const shifted = { ...lattice, i0: lattice.i0 + 17, j0: lattice.j0 - 9 };
    const copied = createFineSurfaceJob({ grid, sources }, shifted, job);
    const fresh = createFineSurfaceJob({ grid, sources }, shifted);
    copied.evaluateRows(0, shifted.rows);
    fresh.evaluateRows(0, shifted.rows);
    fc.assert(
      fc.property(arbConfig(), (config) => {
        expect(copied.score(config)).toEqual(fresh.score(config));
      }),
      { numRuns: 5 },
    );
  });

  it('gives the same codes after a warm-up job (which only compiles and builds caches)', () => {
    const config = fc.sample(arbConfig(), { numRuns: 1, seed: 1506 })[0]!;
    const before = createFineSurfaceJob({ grid, sources }, lattice);
    before.evaluateRows(0, lattice.rows);
    const want = before.score(config);
    warmFineSurface({ grid, sources });
    const after = createFineSurfaceJob({ grid, sources }, lattice);
    after.evaluateRows(0, lattice.rows);
    expect(after.score(config)).toEqual(want);
  });

  it('sums people along a row exactly as populationWithin does at each sample', () => {
    const index = indexPopulation(populationPoints);
    const lons = Float64Array.from({ length: lattice.cols }, (_, c) => sampleLon(lattice, c));
    fc.assert(
      fc.property(fc.nat(lattice.rows - 1), fc.constantFrom(50, 100, 300), (row, km) => {
        const lat = sampleLat(lattice, row);
        const sums = populationAlongSamples(index, lat, lons, km);
        lons.forEach((lon, c) => expect(sums[c]).toBe(populationWithin(index, [lon, lat], km)));
      }),
      { numRuns: 20 },
    );
  });

  it('sums people exactly as populationWithin for settlements right at the edge of a sample’s reach', () => {
    // Settlements placed on the circle of radius km around random samples (solved for the longitude gap at random
    // latitude gaps), nudged by 0 to a few 1e-6°: where the analytic run end and the distance test are closest.
    const lons = Float64Array.from({ length: lattice.cols }, (_, c) => sampleLon(lattice, c));
    const RAD = Math.PI / 180;
    fc.assert(
      fc.property(
        fc.nat(lattice.rows - 1),
        fc.constantFrom(50, 100, 300),
        fc.array(
          fc.record({
            col: fc.nat(lattice.cols - 1),
            latShare: fc.double({ min: -1, max: 1, noNaN: true }),
            side: fc.constantFrom(-1, 1),
            nudge: fc.constantFrom(0, 1e-12, -1e-12, 1e-9, -1e-9, 5e-7, -5e-7, 1e-6, -1e-6, 3e-6, -3e-6),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (row, km, edges) => {
          const lat = sampleLat(lattice, row);
          const pts = edges.map((e, k) => {
            const dLatDeg = (e.latShare * km) / 111.19492664455873;
            const pLat = lat + dLatDeg;
            const hav = (x: number) => Math.sin(x / 2) ** 2;
            const ratio =
              (hav(km / 6371) - hav(dLatDeg * RAD)) / (Math.cos(lat * RAD) * Math.cos(pLat * RAD));
            const a = (2 * Math.asin(Math.sqrt(Math.min(1, Math.max(0, ratio))))) / RAD;
            return { lon: lons[e.col]! + e.side * (a + e.nudge), lat: pLat, population: 1000 + k };
          });
          const index = indexPopulation({
            lon: pts.map((p) => p.lon),
            lat: pts.map((p) => p.lat),
            population: pts.map((p) => p.population),
          });
          const sums = populationAlongSamples(index, lat, lons, km);
          lons.forEach((lon, c) => expect(sums[c]).toBe(populationWithin(index, [lon, lat], km)));
        },
      ),
      { numRuns: 150, seed: 1505 },
    );
  });

  it('interpolates exactly the numeric layers no provider always derives', () => {
    const expected = NUMERIC_LAYER_IDS.filter((id) => !POINT_LAYERS.has(id) || id === 'stranded_power');
    expect([...INTERPOLATED_LAYERS].sort()).toEqual([...expected].sort());
    expect(INTERPOLATED_LAYERS.some((id) => isCategoricalLayerId(id))).toBe(false);
  });

  it('reads the cell’s value at a centre and the bilinear mix between two centres', () => {
    const a = places.findIndex((p, k) => places[k + 1]?.lat === p.lat && places[k + 1]!.lon === p.lon + 0.25);
    const [pa, pb] = [places[a]!, places[a + 1]!];
    const [ia, ib] = [findCellIndex(grid, pa.lat, pa.lon), findCellIndex(grid, pb.lat, pb.lon)];
    const out: Record<string, unknown> = {};
    const interp = createInterpolator(grid);
    interp.into(out, pa.lon, pa.lat);
    for (const id of INTERPOLATED_LAYERS) expect(out[id]).toBe(placeValuesAt(grid, ia)[id]);
    interp.into(out, pa.lon + 0.0625, pa.lat); // a quarter of the way to the east neighbour
    for (const id of INTERPOLATED_LAYERS) {
      const va = decodeLayerValue(grid, id, ia);
      const vb = decodeLayerValue(grid, id, ib);
      const info = grid.layerInfo.get(id)!;
      const want = va === null ? vb : vb === null ? va : 0.75 * va + 0.25 * vb;
      expect(out[id]).toBe(quantizedValue(info, want));
    }
  });
});
