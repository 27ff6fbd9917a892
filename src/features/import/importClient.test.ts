import { afterEach, describe, expect, it } from 'vitest';
import { readImportFile } from './importClient.ts';

/** A worker that takes messages and never answers, as one stuck on a hostile file would. */
class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  constructor() {
    SilentWorker.made.push(this);
  }
  addEventListener() {}
  removeEventListener() {}
  postMessage() {}
  start() {}
  terminate() {
    this.terminated = true;
  }
}

const bytes = new TextEncoder().encode('lat,lon\n1,2\n');
const realWorker = globalThis.Worker;

afterEach(() => {
  globalThis.Worker = realWorker;
  SilentWorker.made = [];
});

describe('reading a file in the import worker', () => {
  it('reads in this thread where there is no Worker', async () => {
    expect(await readImportFile('a.csv', bytes)).toMatchObject({ result: { sites: [{ lat: 1, lon: 2 }] } });
  });

  it('stops the worker when it runs over its time budget, with a message naming the budget', async () => {
    globalThis.Worker = SilentWorker as unknown as typeof Worker;
    const outcome = await readImportFile('slow.kml', bytes, undefined, { budgetMs: 30 });
    expect(outcome).toEqual({
      stopped: expect.stringMatching(/^Reading slow\.kml took longer than the 30 ms allowed/),
    });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true]);
  });

  it('stops the worker on cancel', async () => {
    globalThis.Worker = SilentWorker as unknown as typeof Worker;
    const controller = new AbortController();
    const pending = readImportFile('a.csv', bytes, undefined, { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ stopped: 'The import was cancelled.' });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true]);
  });
});
