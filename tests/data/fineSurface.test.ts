/**
 * The fine surface on the committed data/ around Ashburn (every dataset loaded): at seeded random samples of a
 * 0.02° lattice, the sample's code equals the card's score at the sample centre (scorePlace with the point
 * sources, which interpolates the smooth layers the same way), under every preset.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoringGrid } from '../../src/domain/grid.ts';
import { createFineSurfaceJob, type FineSurfaceJob } from '../../src/domain/fineSurface.ts';
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
let lattice: FineLattice;
let job: FineSurfaceJob;

beforeAll(() => {
  grid = loadGridFromDisk(resolve(DATA, 'grid'))!;
  sources = preparePointSources(loadPointDatasets(DATA, grid));
  lattice = fineLattice({ west: -77.8, east: -77.2, south: 38.8, north: 39.2 }, 9)!;
  job = createFineSurfaceJob({ grid, sources }, lattice);
  job.evaluateRows(0, lattice.rows);
});

describe('the fine surface on the committed data', () => {
  it('equals the card at sample centres around Ashburn, under every preset', () => {
    expect(sources.unavailable).toEqual([]);
    expect(lattice.step).toBe(0.02);
    for (const preset of PRESETS) {
      const config = applyPreset(preset, defaultConfig());
      const codes = job.score(config);
      fc.assert(
        fc.property(fc.nat(lattice.cols - 1), fc.nat(lattice.rows - 1), (col, row) => {
          const lon = sampleLon(lattice, col);
          const lat = sampleLat(lattice, row);
          const card = scorePlace(grid, config, lon, lat, null, [], sources);
          const r = card?.result;
          // The card snaps a point at sea on the grid to a land cell; the fine surface leaves such samples out.
          const want = !r || card.snapped
            ? SCORE_NO_CELL
            : r.status === 'scored'
              ? r.rounded
              : r.status === 'excluded'
                ? SCORE_EXCLUDED
                : SCORE_INCOMPLETE;
          expect(codes[row * lattice.cols + col]).toBe(want);
        }),
        { numRuns: 40, seed: 15 },
      );
    }
  });
});
