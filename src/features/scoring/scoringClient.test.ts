/**
 * Sending the grid to the scoring worker (scoringClient.ts): once per client and grid, whoever asks first; and the
 * first surface asked for before the map was there, taken by the controller only for the same config and lead times.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultConfig, type LeadTime, type ScoringGrid } from '../../domain/index.ts';
import {
  askEarlySurface,
  initScoring,
  takeEarlySurface,
  type ScoringApi,
  type ScoringClient,
} from './scoringClient.ts';

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

describe('the first surface asked for while the map loads (askEarlySurface, takeEarlySurface)', () => {
  function scoringClient() {
    const image = { width: 1, height: 1, data: new Uint8ClampedArray(4) };
    const rescore = vi.fn(() => Promise.resolve({ image }));
    const init = vi.fn(() => Promise.resolve());
    const client = { api: { init, rescore } as unknown as ScoringApi, dispose: () => {} };
    return { client, rescore, init, image };
  }
  const config = defaultConfig();
  const leadTimes: readonly LeadTime[] = [];

  it('sends the grid, then asks for the surface with straight alpha; the controller takes that answer once', async () => {
    const { client, rescore, init, image } = scoringClient();
    askEarlySurface(client, fakeGrid(), config, leadTimes);
    const early = takeEarlySurface(client, config, leadTimes);
    expect(early).not.toBeNull();
    expect(await early!.result).toEqual({ image });
    expect(init).toHaveBeenCalledTimes(1);
    expect(rescore).toHaveBeenCalledWith(config, { premultiplied: false, leadTimes: [] });
    expect(takeEarlySurface(client, config, leadTimes)).toBeNull();
  });

  it('is not used for another config or other lead times, and is dropped either way', () => {
    const a = scoringClient();
    askEarlySurface(a.client, fakeGrid(), config, leadTimes);
    expect(takeEarlySurface(a.client, defaultConfig(), leadTimes)).toBeNull();
    expect(takeEarlySurface(a.client, config, leadTimes)).toBeNull();
    const b = scoringClient();
    askEarlySurface(b.client, fakeGrid(), config, leadTimes);
    expect(takeEarlySurface(b.client, config, [])).toBeNull();
  });

  it('is null for a client nobody asked early for', () => {
    expect(takeEarlySurface(scoringClient().client, config, leadTimes)).toBeNull();
  });
});
