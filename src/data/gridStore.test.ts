/** The grid store builds the grid on the dataset store's manifest (one owner), from the committed data/ files. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatasetStore } from './datasetStore.ts';
import { useGridStore } from './gridStore.ts';

const DATA = new URL('../../data/', import.meta.url);
const requested: string[] = [];

/** Answers /data/... from the repository's data folder, as the dev server does. */
function serveData() {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.slice(url.indexOf('data/') + 'data/'.length);
    requested.push(path);
    const bytes = readFileSync(new URL(path, DATA));
    return new Response(bytes, {
      headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
    });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('grid store', () => {
  it('loads the manifest once, through the dataset store, and builds the grid on that same object', async () => {
    serveData();
    const committed = JSON.parse(readFileSync(new URL('grid/manifest.json', DATA), 'utf8'));
    await Promise.all([useGridStore.getState().load(), useGridStore.getState().load()]);
    const { grid, error } = useGridStore.getState();
    expect(error).toBeNull();
    const manifest = useDatasetStore.getState().data.gridManifest;
    expect(manifest?.cellCount).toBe(committed.cellCount);
    expect(grid?.manifest).toBe(manifest);
    expect(grid?.cells.length).toBe(committed.cellCount);
    expect([...grid!.layers.keys()].sort()).toEqual(committed.layers.map((l: { id: string }) => l.id).sort());
    expect(requested.filter((p) => p === 'grid/manifest.json')).toHaveLength(1);
    expect(requested.filter((p) => p === `grid/${committed.cellsFile}`)).toHaveLength(1);
  });
});
