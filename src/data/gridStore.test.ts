/** The grid store builds the grid on the dataset store's manifest (one owner), from the committed data/ files. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatasetStore } from './datasetStore.ts';
import { useGridStore } from './gridStore.ts';
import { encodeGridFile, Transform, widthOf } from './gridTransport.ts';

const DATA = new URL('../../data/', import.meta.url);
const requested: string[] = [];
const MANIFEST = JSON.parse(readFileSync(new URL('grid/manifest.json', DATA), 'utf8')) as {
  cellsFile: string;
  layers: { file: string; type: 'uint8' | 'uint16' }[];
};
const WIDTHS = new Map([
  [MANIFEST.cellsFile, widthOf('uint32')],
  ...MANIFEST.layers.map((l) => [l.file, widthOf(l.type)] as const),
]);

/** Answers /data/... from the repository's data folder, grid files in their transport form, as the dev server does. */
function serveData() {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.slice(url.indexOf('data/') + 'data/'.length);
    requested.push(path);
    const packed = path.endsWith('.packed.bin');
    const name = packed ? path.replace('.packed.bin', '.bin') : path;
    const file = readFileSync(new URL(name, DATA));
    const bytes = packed ? Buffer.from(encodeGridFile(file, WIDTHS.get(name.slice(5))!, Transform.DeltaPlanes)) : file;
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
    expect(requested.filter((p) => p === `grid/${committed.cellsFile.replace('.bin', '.packed.bin')}`)).toHaveLength(1);
  });
});
