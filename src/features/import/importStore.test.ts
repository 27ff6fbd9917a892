import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { createImportStore } from './importStore.ts';
import { IMPORT_BACKUP_KEY, IMPORT_STORAGE_KEY, readSavedImports } from './importStorage.ts';

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
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const savedLayers = (raw: string | undefined) => {
  const read = readSavedImports(raw ?? null);
  if ('problem' in read) throw new Error(read.problem);
  return read.layers;
};

beforeEach(() => useNoticesStore.setState({ notices: [] }));

describe('import store', () => {
  it('saves a successful import as a layer and reads it back in a new session', async () => {
    const storage = memoryStorage();
    const store = createImportStore();
    store.connect(storage);
    const attempt = await store.getState().importBytes('a.csv', bytes('name,lat,lon\nA,1,2\nB,x,3\n'));
    expect(attempt.applied).toBe(true);
    expect(savedLayers(storage.data.get(IMPORT_STORAGE_KEY)).map((l) => l.sites.map((s) => s.name))).toEqual([
      ['A'],
    ]);

    const next = createImportStore();
    next.connect(storage);
    expect(next.getState().layers).toMatchObject([
      {
        name: 'a.csv',
        fileName: 'a.csv',
        format: 'csv',
        visible: true,
        sites: [{ name: 'A', lat: 1, lon: 2 }],
      },
    ]);
    expect(next.getState().layers[0].errors).toEqual([
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
      ['laughs.kml', bytes('<!DOCTYPE kml [<!ENTITY a "a">]><kml/>')],
      ['line.csv', bytes('x,'.repeat(40_000))],
    ] as const) {
      const attempt = await store.getState().importBytes(name, content);
      expect(attempt.applied).toBe(false);
      expect(attempt.result.message).toBeTruthy();
      expect(store.getState().layers.map((l) => l.fileName)).toEqual(['good.csv']);
      expect(storage.data.get(IMPORT_STORAGE_KEY)).toBe(before);
    }
  });

  it('re-reads the last CSV with chosen columns', async () => {
    const store = createImportStore();
    expect((await store.getState().importBytes('a.csv', bytes('n,a,b\nX,5,6\n'))).applied).toBe(false);
    expect((await store.getState().chooseColumns({ lat: 'a', lon: 'b', name: 'n' }))?.result.sites).toEqual([
      { row: 2, name: 'X', lat: 5, lon: 6, note: '' },
    ]);
  });

  it('adds a second file as a second layer, or replaces the chosen one; hides, renames and removes', async () => {
    const storage = memoryStorage();
    const store = createImportStore();
    store.connect(storage);
    await store.getState().importBytes('one.csv', bytes('lat,lon\n1,2\n'));
    await store.getState().importBytes('two.csv', bytes('lat,lon\n3,4\n5,6\n'));
    expect(store.getState().layers.map((l) => [l.name, l.sites.length])).toEqual([
      ['one.csv', 1],
      ['two.csv', 2],
    ]);
    const [one, two] = store.getState().layers;
    store.getState().setTarget(one.id);
    await store.getState().importBytes('three.csv', bytes('lat,lon\n7,8\n'));
    expect(store.getState().layers.map((l) => [l.id, l.fileName])).toEqual([
      [one.id, 'three.csv'],
      [two.id, 'two.csv'],
    ]);
    expect(store.getState().target).toBe('new');
    store.getState().rename(two.id, '  Texas sites ');
    store.getState().setVisible(two.id, false);
    store.getState().remove(one.id);
    expect(savedLayers(storage.data.get(IMPORT_STORAGE_KEY)).map((l) => [l.name, l.visible])).toEqual([
      ['Texas sites', false],
    ]);
  });

  it('reads a version 1 save as one layer and a version 2 save as its layers', () => {
    const v1 = JSON.parse(fixture('savedImport.v1.json'));
    const old = createImportStore();
    old.connect(memoryStorage({ [IMPORT_STORAGE_KEY]: fixture('savedImport.v1.json') }));
    expect(old.getState().layers).toEqual([
      {
        id: 'layer-1',
        name: v1.fileName,
        fileName: v1.fileName,
        format: v1.format,
        visible: true,
        sites: v1.sites,
        errors: v1.errors,
      },
    ]);
    const v2 = JSON.parse(fixture('savedImport.v2.json'));
    const current = createImportStore();
    current.connect(memoryStorage({ [IMPORT_STORAGE_KEY]: fixture('savedImport.v2.json') }));
    expect(current.getState().layers).toEqual(v2.layers);
    expect(current.getState().unreadable).toBeNull();
  });

  it('keeps an unreadable save as a backup, explains it, and never overwrites it', async () => {
    const broken = '{"version":1,"sites":"nope"}';
    const storage = memoryStorage({ [IMPORT_STORAGE_KEY]: broken });
    const store = createImportStore();
    store.connect(storage);
    expect(store.getState().layers).toEqual([]);
    expect(store.getState().unreadable).toMatchObject({ raw: broken, backedUp: true });
    expect(storage.data.get(IMPORT_BACKUP_KEY)).toBe(broken);
    expect(useNoticesStore.getState().notices.map((n) => n.title)).toEqual([
      'Your saved imported sites could not be read',
    ]);
    await store.getState().importBytes('next.csv', bytes('lat,lon\n1,2\n'));
    expect(storage.data.get(IMPORT_BACKUP_KEY)).toBe(broken);
    expect(savedLayers(storage.data.get(IMPORT_STORAGE_KEY))).toHaveLength(1);

    // A later session still offers the backup; a second unreadable save does not replace it.
    const later = createImportStore();
    const other = memoryStorage({ [IMPORT_STORAGE_KEY]: 'not json', [IMPORT_BACKUP_KEY]: broken });
    later.connect(other);
    expect(later.getState().unreadable).toMatchObject({ raw: 'not json', backedUp: false });
    await later.getState().importBytes('next.csv', bytes('lat,lon\n1,2\n'));
    expect(other.data.get(IMPORT_STORAGE_KEY)).toBe('not json');
    expect(other.data.get(IMPORT_BACKUP_KEY)).toBe(broken);
    expect(later.getState().storageProblem).toMatch(/not saved/);
  });

  it('survives storage that refuses writes', async () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createImportStore();
    store.connect(refusing);
    expect((await store.getState().importBytes('a.csv', bytes('lat,lon\n1,2'))).applied).toBe(true);
    expect(store.getState().layers[0].sites).toHaveLength(1);
    expect(store.getState().storageProblem).toMatch(/could not be saved/);
  });
});
