import { describe, expect, it } from 'vitest';
import { createImportStore } from './importStore.ts';
import { IMPORT_STORAGE_KEY, readSavedImport } from './importStorage.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe('import store', () => {
  it('saves a successful import and reads it back in a new session', async () => {
    const storage = memoryStorage();
    const store = createImportStore();
    store.connect(storage);
    const attempt = await store.getState().importBytes('a.csv', bytes('name,lat,lon\nA,1,2\nB,x,3\n'));
    expect(attempt.applied).toBe(true);
    expect(readSavedImport(storage.data.get(IMPORT_STORAGE_KEY)!)?.sites.map((s) => s.name)).toEqual(['A']);

    const next = createImportStore();
    next.connect(storage);
    expect(next.getState().saved).toMatchObject({
      fileName: 'a.csv',
      format: 'csv',
      sites: [{ name: 'A', lat: 1, lon: 2 }],
    });
    expect(next.getState().saved?.errors).toEqual([
      { row: 3, reason: 'not a number', detail: 'latitude “x” is not a number' },
    ]);
  });

  it('a failed import leaves what was saved untouched', async () => {
    const storage = memoryStorage();
    const store = createImportStore();
    store.connect(storage);
    await store.getState().importBytes('good.csv', bytes('lat,lon\n1,2\n'));
    const before = storage.data.get(IMPORT_STORAGE_KEY);
    for (const [name, content] of [
      ['bad.csv', bytes('lat,lon\n100,2\n')],
      ['utf16.csv', new Uint8Array([0xff, 0xfe, 0x61, 0])],
      ['empty.csv', new Uint8Array()],
      ['x.geojson', bytes('{')],
    ] as const) {
      const attempt = await store.getState().importBytes(name, content);
      expect(attempt.applied).toBe(false);
      expect(attempt.result.message).toBeTruthy();
      expect(store.getState().saved?.fileName).toBe('good.csv');
      expect(storage.data.get(IMPORT_STORAGE_KEY)).toBe(before);
    }
  });

  it('re-reads the last CSV with chosen columns', async () => {
    const store = createImportStore();
    expect((await store.getState().importText('a.csv', 'csv', 'n,a,b\nX,5,6\n')).applied).toBe(false);
    expect((await store.getState().chooseColumns({ lat: 'a', lon: 'b', name: 'n' }))?.result.sites).toEqual([
      { row: 2, name: 'X', lat: 5, lon: 6, note: '' },
    ]);
  });

  it('ignores unreadable stored data and survives storage that refuses writes', async () => {
    const store = createImportStore();
    store.connect(memoryStorage({ [IMPORT_STORAGE_KEY]: '{"version":1,"sites":"nope"}' }));
    expect(store.getState().saved).toBeNull();
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const other = createImportStore();
    other.connect(refusing);
    expect((await other.getState().importText('a.csv', 'csv', 'lat,lon\n1,2')).applied).toBe(true);
    expect(other.getState().saved?.sites).toHaveLength(1);
    expect(other.getState().storageProblem).toMatch(/could not be saved/);
  });
});
