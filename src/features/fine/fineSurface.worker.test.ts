/**
 * The fine-surface worker's request order (fineSurface.worker.ts): a view's quick pass and its own step are asked
 * at once under one id and answered in that order, one at a time; a newer id cancels the older requests still
 * queued. The worker module runs here on a seeded synthetic grid, with Comlink's expose captured.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fineLattice, previewLattice, type FineLattice } from '../../domain/fineSurfaceLattice.ts';
import { defaultConfig } from '../../domain/config.ts';
import { syntheticGrid } from '../../domain/testing/syntheticGrid.ts';
import { POINT_DATASET_KEYS } from '../scoring/pointDatasets.ts';
import type { FineResult, FineWorkerApi } from './fineSurface.worker.ts';

const exposed = vi.hoisted(() => ({ api: null as unknown }));
vi.mock('comlink', async (original) => ({
  ...(await original<typeof import('comlink')>()),
  expose: (api: unknown) => void (exposed.api = api),
}));

let api: FineWorkerApi;
/** A view's lattice and its quick pass, `k` views east of the first: each test evaluates samples no other did. */
function view(k: number) {
  const bounds = { west: 6 + 10 * k, east: 14 + 10 * k, south: 42, north: 48 };
  const lattice = fineLattice(bounds, 8)!;
  return { lattice, preview: previewLattice(bounds, lattice)! };
}

beforeAll(async () => {
  await import('./fineSurface.worker.ts');
  api = exposed.api as FineWorkerApi;
  const grid = syntheticGrid({ seed: 15 });
  api.init({ manifest: grid.manifest, cells: grid.cells, layers: Object.fromEntries(grid.layers) });
  for (const key of POINT_DATASET_KEYS) api.missing(key);
});

const ask = (id: number, l: FineLattice) =>
  api.compute({ id, lattice: l, config: defaultConfig(), leadTimes: [] });
const answered = (r: FineResult) => (r.cancelled ? `${r.id} cancelled` : `${r.id} at ${r.lattice.step}°`);
/** A drawn result (throws on a cancelled one). */
function drawn(r: FineResult): Extract<FineResult, { cancelled: false }> {
  if (r.cancelled) throw new Error(`request ${r.id} was cancelled`);
  return r;
}
/** The answers, in the order they arrived. */
async function inOrderOfAnswer(requests: Promise<FineResult>[]): Promise<string[]> {
  const order: string[] = [];
  await Promise.all(requests.map((p) => p.then((r) => void order.push(answered(r)))));
  return order;
}

describe('fine-surface worker requests', () => {
  it('answers a quick pass and the view’s own step asked at once under one id, in that order', async () => {
    const { lattice, preview } = view(0);
    expect(preview.step).toBeGreaterThan(lattice.step);
    expect(await inOrderOfAnswer([ask(1, preview), ask(1, lattice)])).toEqual([
      `1 at ${preview.step}°`,
      `1 at ${lattice.step}°`,
    ]);
  });

  it('runs one request at a time: a small one asked after a large one is answered after it', async () => {
    const { lattice, preview } = view(1);
    expect(await inOrderOfAnswer([ask(2, lattice), ask(2, preview)])).toEqual([
      `2 at ${lattice.step}°`,
      `2 at ${preview.step}°`,
    ]);
  });

  it('cancels the requests of an older id still queued once a newer id is asked', async () => {
    const { lattice, preview } = view(2);
    const older = [ask(3, preview), ask(3, lattice)];
    const newer = ask(4, lattice);
    const results = await Promise.all([...older, newer]);
    expect(results.map(answered)).toEqual(['3 cancelled', '3 cancelled', `4 at ${lattice.step}°`]);
  });

  it('a cancel stops the queued requests below its id', async () => {
    const { lattice, preview } = view(3);
    const queued = [ask(5, preview), ask(5, lattice)];
    api.cancel(6);
    expect((await Promise.all(queued)).map(answered)).toEqual(['5 cancelled', '5 cancelled']);
  });

  it('evaluates a view asked for early; the same view computed under that id only scores it, with the same codes', async () => {
    const { lattice } = view(5);
    expect(await api.evaluate({ id: 7, lattice, leadTimes: [] })).toBe(true);
    const after = drawn(await ask(7, lattice));
    expect(after.timings.evaluated).toBe(0);
    drawn(await ask(8, view(6).lattice)); // another view of the same step: the first is no longer kept
    const fresh = drawn(await ask(9, lattice));
    expect(fresh.timings.evaluated).toBe(lattice.cols * lattice.rows);
    expect(Array.from(after.codes)).toEqual(Array.from(fresh.codes));
  });

  it('an early evaluation of an older id than the latest request is not run', async () => {
    expect(await api.evaluate({ id: 1, lattice: view(7).lattice, leadTimes: [] })).toBe(false);
  });
});
