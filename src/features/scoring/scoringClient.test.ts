/** Sending the grid to the scoring worker (scoringClient.ts): once per client and grid, whoever asks first. */
import { describe, expect, it, vi } from 'vitest';
import type { ScoringGrid } from '../../domain/index.ts';
import { initScoring, type ScoringApi, type ScoringClient } from './scoringClient.ts';

const fakeGrid = (): ScoringGrid =>
  ({ manifest: {}, cells: new Uint32Array(1), layers: new Map() }) as unknown as ScoringGrid;

function fakeClient() {
  const init = vi.fn(() => Promise.resolve());
  const client: ScoringClient = { api: { init } as unknown as ScoringApi, dispose: () => {} };
  return { client, init };
}

describe('initScoring', () => {
  it('sends a grid to a client once: a second call (the controller after the start-up send) gets the same answer', () => {
    const { client, init } = fakeClient();
    const grid = fakeGrid();
    const first = initScoring(client, grid);
    expect(initScoring(client, grid)).toBe(first);
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('sends a different grid, and sends to each client on its own', () => {
    const a = fakeClient();
    const b = fakeClient();
    const grid = fakeGrid();
    void initScoring(a.client, grid);
    void initScoring(a.client, fakeGrid());
    void initScoring(b.client, grid);
    expect(a.init).toHaveBeenCalledTimes(2);
    expect(b.init).toHaveBeenCalledTimes(1);
  });

  it('passes a failed send on to every caller', async () => {
    const { client, init } = fakeClient();
    init.mockImplementation(() => Promise.reject(new Error('worker gone')));
    const grid = fakeGrid();
    const first = initScoring(client, grid);
    first.catch(() => {});
    await expect(initScoring(client, grid)).rejects.toThrow('worker gone');
  });
});
