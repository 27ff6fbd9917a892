/**
 * The fine-surface worker parses the point datasets' downloaded bytes itself and keeps them on the main thread's
 * verdict (fineClient.ts): what it keeps must be exactly what the dataset store validated. Served from the committed
 * data/ folder through the store's real loaders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POINT_DATASET_KEYS } from '../scoring/pointDatasets.ts';
import { DATASET_FILES, keptPart } from '../../data/datasetFiles.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { dataUrl } from '../../data/fetchValidated.ts';

const DATA = join(import.meta.dirname, '../../../data');
const requested: string[] = [];

beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      requested.push(url);
      const path = url.slice(dataUrl('').length);
      return Promise.resolve(
        new Response(readFileSync(join(DATA, path)), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
});
afterEach(() => vi.restoreAllMocks());

describe('sharing a dataset’s bytes with the fine-surface worker', () => {
  it.each(POINT_DATASET_KEYS)(
    '%s: what the worker keeps of the bytes equals what the store validated',
    async (key) => {
      let bytes: ArrayBuffer | null = null;
      const loading = useDatasetStore.getState().loadSharing(key, (b) => (bytes = b));
      expect(loading).not.toBeNull();
      const value = await loading;
      expect(bytes).not.toBeNull();
      // The worker's parse (fineSurface.worker.ts addFile): the same bytes, the same kept part.
      const kept = keptPart(key, JSON.parse(new TextDecoder().decode(bytes!)));
      expect(kept).toEqual(value);
      expect(useDatasetStore.getState().data[key]).toBe(value);
    },
  );

  it('is refused once the dataset is loading or loaded (its bytes are gone), and downloads nothing again', async () => {
    const before = requested.length;
    const onBytes = vi.fn();
    expect(useDatasetStore.getState().loadSharing('plants', onBytes)).toBeNull();
    await useDatasetStore.getState().load('plants');
    expect(onBytes).not.toHaveBeenCalled();
    expect(requested.length).toBe(before);
  });

  it('the kept part of a file is its declared field, or the whole file', () => {
    const file = { type: 'FeatureCollection', features: [] };
    expect(keptPart('countries', file)).toBe(file);
    expect(keptPart('miningSites', { sites: [1], other: 2 })).toEqual([1]);
    expect(DATASET_FILES.miningSites.field).toBe('sites');
  });
});
