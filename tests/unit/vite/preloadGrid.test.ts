/** The grid preloads in index.html (scripts/vite/preloadGrid.ts): one per file the grid store fetches, and none from a bad manifest. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gridPreloadTags } from '../../../scripts/vite/preloadGrid.ts';

const COMMITTED = join(import.meta.dirname, '../../../data/grid/manifest.json');
const dir = mkdtempSync(join(tmpdir(), 'preload-grid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('grid preload tags', () => {
  it('preloads the manifest and the transport form of every file the committed manifest lists, as CORS fetches', () => {
    const manifest = JSON.parse(readFileSync(COMMITTED, 'utf8')) as {
      cellsFile: string;
      layers: { file: string }[];
    };
    const tags = gridPreloadTags(COMMITTED, '/');
    const hrefs = tags.map((t) => t.attrs?.href);
    expect(hrefs[0]).toBe('/data/grid/manifest.json');
    const files = [manifest.cellsFile, ...manifest.layers.map((l) => l.file)];
    expect(hrefs.slice(1)).toEqual(files.map((f) => `/data/grid/${f.replace(/\.bin$/, '')}.packed.bin`));
    expect(new Set(hrefs).size).toBe(files.length + 1);
    for (const t of tags) expect(t.attrs).toMatchObject({ rel: 'preload', as: 'fetch', crossorigin: true });
  });

  it('puts the base path in front', () => {
    expect(gridPreloadTags(COMMITTED, '/gridscout/')[0]?.attrs?.href).toBe(
      '/gridscout/data/grid/manifest.json',
    );
  });

  it('adds nothing for a missing, unreadable or foreign manifest', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ layers: 'none' }));
    expect(gridPreloadTags(join(dir, 'absent.json'), '/')).toEqual([]);
    expect(gridPreloadTags(broken, '/')).toEqual([]);
    expect(gridPreloadTags(foreign, '/')).toEqual([]);
  });
});
