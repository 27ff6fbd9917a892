/**
 * The fine surface on the committed data/ (every dataset loaded): at seeded random samples of a view's lattice,
 * the sample's code equals the card's score at the sample centre (scorePlace with the point sources, which
 * interpolates the smooth layers the same way), under every preset. Views: Ashburn (z9, 0.02°), Abilene (z8, the
 * coarser step a wide view gets), and the Texas–Louisiana border at the Gulf coast (z9: a state border, a country
 * coast and sea samples in one view). A pan's job (samples copied from the previous view) equals a fresh one.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoringGrid } from '../../src/domain/grid.ts';
import { createFineSurfaceJob } from '../../src/domain/fineSurface.ts';
import { fineLattice, sampleLat, sampleLon, type FineLattice } from '../../src/domain/fineSurfaceLattice.ts';
import { applyPreset, PRESETS } from '../../src/domain/presets.ts';
import { defaultConfig } from '../../src/domain/config.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';
import { preparePointSources, type PointSources } from '../../src/domain/pointValues.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE, SCORE_NO_CELL } from '../../src/domain/scoreCodes.ts';
import { scorePlace } from '../../src/features/scoring/placeScore.ts';
import { loadPointDatasets } from '../support/pointDatasets.ts';

const DATA = resolve(__dirname, '../../data');
let grid: ScoringGrid;
let sources: PointSources;

beforeAll(() => {
  grid = loadGridFromDisk(resolve(DATA, 'grid'))!;
  sources = preparePointSources(loadPointDatasets(DATA, grid));
});

const VIEWS = [
  { name: 'Ashburn', bounds: { west: -77.8, east: -77.2, south: 38.8, north: 39.2 }, zoom: 9, step: 0.02, seed: 15 },
  { name: 'Abilene', bounds: { west: -101.2, east: -98.2, south: 31.4, north: 33.5 }, zoom: 8, step: 0.02, seed: 16 },
  {
    name: 'the Texas–Louisiana border at the Gulf coast',
    bounds: { west: -94.6, east: -93.2, south: 29.4, north: 30.4 },
    zoom: 9,
    step: 0.02,
    seed: 17,
  },
] as const;

/** The card's code at a sample centre (scorePlace), or no cell where the card would snap to another cell. */
function cardCode(lattice: FineLattice, col: number, row: number, config: ReturnType<typeof defaultConfig>) {
  const card = scorePlace(grid, config, sampleLon(lattice, col), sampleLat(lattice, row), null, [], sources);
  const r = card?.result;
  // The card snaps a point at sea on the grid to a land cell; the fine surface leaves such samples out.
  if (!r || card.snapped) return SCORE_NO_CELL;
  return r.status === 'scored' ? r.rounded! : r.status === 'excluded' ? SCORE_EXCLUDED : SCORE_INCOMPLETE;
}

describe('the fine surface on the committed data', () => {
  it('loads every dataset the providers need', () => {
    expect(sources.unavailable).toEqual([]);
  });

  for (const view of VIEWS)
    it(`equals the card at sample centres in ${view.name}, under every preset`, () => {
      const lattice = fineLattice(view.bounds, view.zoom)!;
      expect(lattice.step).toBe(view.step);
      const job = createFineSurfaceJob({ grid, sources }, lattice);
      job.evaluateRows(0, lattice.rows);
      const seen = new Set<number>();
      for (const preset of PRESETS) {
        const config = applyPreset(preset, defaultConfig());
        const codes = job.score(config);
        fc.assert(
          fc.property(fc.nat(lattice.cols - 1), fc.nat(lattice.rows - 1), (col, row) => {
            const want = cardCode(lattice, col, row, config);
            seen.add(want);
            expect(codes[row * lattice.cols + col]).toBe(want);
          }),
          { numRuns: 40, seed: view.seed },
        );
      }
      // The draws reach scored samples (not only sea or incomplete ones).
      expect([...seen].some((c) => c <= 100)).toBe(true);
    });

  it('holds land and sea samples and more than one state in the border view (the draw reaches both sides)', () => {
    const lattice = fineLattice(VIEWS[2].bounds, VIEWS[2].zoom)!;
    const job = createFineSurfaceJob({ grid, sources }, lattice);
    job.evaluateRows(0, lattice.rows);
    const region = job.samples.columns.find((c) => c.info.id === 'region')!;
    const land = job.samples.land;
    const states = new Set<string>();
    for (let i = 0; i < land.length; i++) if (land[i]) states.add(region.labels!.labels[region.array[i]!]!);
    expect(states.has('US-TX') && states.has('US-LA')).toBe(true);
    expect(land.includes(0) && land.includes(1)).toBe(true);
  });

  it('gives a panned view (samples copied from the previous one) the codes of a fresh evaluation', () => {
    const before = fineLattice({ west: -100.2, east: -99.2, south: 32.0, north: 32.6 }, 9)!;
    const after = fineLattice({ west: -99.95, east: -98.95, south: 32.15, north: 32.75 }, 9)!;
    const previous = createFineSurfaceJob({ grid, sources }, before);
    previous.evaluateRows(0, before.rows);
    const panned = createFineSurfaceJob({ grid, sources }, after, previous);
    const fresh = createFineSurfaceJob({ grid, sources }, after);
    // Chunks of 3 rows (not a multiple of the block size): blocks cut by chunk edges must not matter.
    for (let r = 0; r < after.rows; r += 3) panned.evaluateRows(r, r + 3);
    fresh.evaluateRows(0, after.rows);
    for (const preset of PRESETS) {
      const config = applyPreset(preset, defaultConfig());
      expect(panned.score(config)).toEqual(fresh.score(config));
    }
  });
});
