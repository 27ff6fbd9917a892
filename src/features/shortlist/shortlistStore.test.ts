import { describe, expect, it, vi } from 'vitest';
import v1 from './fixtures/shortlist.v1.json?raw';
import type { KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { createShortlistStore } from './shortlistStore.ts';
import { SHORTLIST_BACKUP_KEY, SHORTLIST_KEY, readShortlist } from './shortlistStorage.ts';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** Two tabs share one storage; a write in one fires `storage` in the other, as browsers do. */
function twoTabs() {
  const storage = new MemoryStorage();
  const listeners: Array<Array<(e: StorageEvent) => void>> = [[], []];
  const tabs = [0, 1].map((i) => {
    const store = createShortlistStore({ notify: vi.fn() });
    const shared: KeyValueStorage = {
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: (k, v) => {
        storage.setItem(k, v);
        for (const l of listeners[1 - i]) l({ key: k } as StorageEvent);
      },
    };
    store.connect(shared, {
      addEventListener: ((_: string, l: (e: StorageEvent) => void) =>
        listeners[i].push(l)) as Window['addEventListener'],
      removeEventListener: (() => {}) as Window['removeEventListener'],
    });
    return store;
  });
  return { storage, tabs };
}

const site = (name: string, lon: number, lat = 10) => ({ name, lon, lat, origin: 'point' as const });

describe('shortlist store', () => {
  it('adds, renames, annotates, reorders and removes, persisting each change', () => {
    const storage = new MemoryStorage();
    const store = createShortlistStore({ notify: vi.fn() });
    store.connect(storage);
    const s = () => store.getState();
    const a = s().add(site('A', 1))!;
    const b = s().add(site('B', 2))!;
    s().add({ name: 'Mine', lon: 3, lat: 3, origin: 'mining-site', refId: 'm1' });
    expect(s().add(site('A again', 1))).toBe(a);
    s().rename(a, 'Alpha');
    s().annotate(b, 'cheap power');
    s().move(b, -1);
    s().remove(s().entries[2].id);
    const stored = readShortlist(storage.getItem(SHORTLIST_KEY));
    expect(stored.kind === 'ok' && stored.entries.map((e) => [e.name, e.note])).toEqual([
      ['B', 'cheap power'],
      ['Alpha', ''],
    ]);
  });

  it('reloads from storage with the same entries', () => {
    const storage = new MemoryStorage();
    const first = createShortlistStore({ notify: vi.fn() });
    first.connect(storage);
    first.getState().add({ ...site('A', 1), note: 'kept' });
    const second = createShortlistStore({ notify: vi.fn() });
    second.connect(storage);
    expect(second.getState().entries).toEqual(first.getState().entries);
  });

  it('migrates a version 1 shortlist and saves it as the current version', () => {
    const storage = new MemoryStorage();
    storage.setItem(SHORTLIST_KEY, v1);
    const store = createShortlistStore({ notify: vi.fn() });
    store.connect(storage);
    expect(store.getState().entries).toHaveLength(2);
    expect(JSON.parse(storage.getItem(SHORTLIST_KEY)!).version).toBe(2);
  });

  it('two tabs keep each other’s edits', () => {
    const { tabs } = twoTabs();
    const [a, b] = tabs.map((t) => t.getState);
    a().add(site('From tab A', 1));
    expect(b().entries.map((e) => e.name)).toEqual(['From tab A']);
    b().add(site('From tab B', 2));
    a().annotate(a().entries[0].id, 'note from A');
    expect(b().entries.map((e) => [e.name, e.note])).toEqual([
      ['From tab A', 'note from A'],
      ['From tab B', ''],
    ]);
    expect(a().entries).toEqual(b().entries);
  });

  it('keeps unreadable storage under a backup key, refuses edits, and starts anew on request', () => {
    const storage = new MemoryStorage();
    storage.setItem(SHORTLIST_KEY, '{"version":2,"entries":[{"oops"');
    const notify = vi.fn();
    const store = createShortlistStore({ notify });
    store.connect(storage);
    expect(store.getState().problem?.reason).toMatch(/not valid JSON/);
    expect(storage.getItem(SHORTLIST_BACKUP_KEY)).toBe('{"version":2,"entries":[{"oops"');
    expect(store.getState().add(site('A', 1))).toBeNull();
    expect(notify).toHaveBeenCalled();
    expect(storage.getItem(SHORTLIST_KEY)).toBe('{"version":2,"entries":[{"oops"');
    store.getState().startNew();
    expect(store.getState().problem).toBeNull();
    expect(store.getState().add(site('A', 1))).not.toBeNull();
    expect(storage.getItem(SHORTLIST_BACKUP_KEY)).toBe('{"version":2,"entries":[{"oops"');
  });

  it('merges shared entries without duplicating places already there', () => {
    const store = createShortlistStore({ notify: vi.fn() });
    store.getState().add(site('A', 1));
    expect(store.getState().mergeShared([site('A', 1), site('B', 2)])).toBe(1);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['A', 'B']);
  });

  it('keeps places added before storage was connected', () => {
    const storage = new MemoryStorage();
    const earlier = createShortlistStore({ notify: vi.fn() });
    earlier.connect(storage);
    earlier.getState().add(site('Stored', 1));
    const store = createShortlistStore({ notify: vi.fn() });
    store.getState().add(site('Early', 2));
    store.connect(storage);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['Stored', 'Early']);
    expect(readShortlist(storage.getItem(SHORTLIST_KEY))).toMatchObject({
      kind: 'ok',
      entries: [{ name: 'Stored' }, { name: 'Early' }],
    });
  });

  it('when the browser refuses to store, keeps every later edit in memory and offers a download, once', () => {
    const notify = vi.fn();
    const storage = new MemoryStorage();
    const store = createShortlistStore({ notify });
    store.connect(storage);
    store.getState().add(site('Stored', 1));
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const id = store.getState().add(site('A', 2));
    store.getState().add(site('B', 3));
    store.getState().rename(id!, 'A renamed');
    store.getState().annotate(id!, 'kept');
    expect(store.getState().entries.map((e) => [e.name, e.note])).toEqual([
      ['Stored', ''],
      ['A renamed', 'kept'],
      ['B', ''],
    ]);
    expect(store.getState().save).toEqual({ kind: 'failing', reason: 'QuotaExceededError' });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(
      'The shortlist could not be saved',
      [expect.stringMatching(/QuotaExceededError.*kept in this tab.*download the shortlist/)],
      [expect.objectContaining({ label: 'Download the shortlist' })],
    );
    // Once the browser stores again, the whole list in memory is saved.
    storage.setItem = MemoryStorage.prototype.setItem.bind(storage);
    store.getState().add(site('C', 4));
    expect(store.getState().save).toEqual({ kind: 'saved' });
    expect(readShortlist(storage.getItem(SHORTLIST_KEY))).toMatchObject({
      kind: 'ok',
      entries: [{ name: 'Stored' }, { name: 'A renamed', note: 'kept' }, { name: 'B' }, { name: 'C' }],
    });
  });

  it('says the storage is unavailable when there is none', () => {
    const store = createShortlistStore({ notify: vi.fn() });
    store.connect(null);
    expect(store.getState().save).toEqual({ kind: 'unavailable' });
    expect(store.getState().add(site('A', 1))).not.toBeNull();
    expect(store.getState().entries).toHaveLength(1);
  });

  it('says when unreadable data could not be backed up', () => {
    const storage = new MemoryStorage();
    storage.setItem(SHORTLIST_KEY, 'x'.repeat(1000));
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createShortlistStore({ notify: vi.fn() });
    store.connect(storage);
    expect(store.getState().problem).toMatchObject({ raw: 'x'.repeat(1000), backedUp: false });
    expect(storage.getItem(SHORTLIST_BACKUP_KEY)).toBeNull();
  });

  it('sets an unreadable entry aside, loads the others, keeps it stored until discarded', () => {
    const storage = new MemoryStorage();
    const bad = { id: 'b', name: 'Bad', lon: 1, lat: 91, origin: 'point', note: '', addedAt: '' };
    const good = { ...bad, id: 'g', name: 'Good', lat: 1 };
    storage.setItem(SHORTLIST_KEY, JSON.stringify({ version: 2, entries: [bad, good] }));
    const notify = vi.fn();
    const store = createShortlistStore({ notify });
    store.connect(storage);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['Good']);
    expect(store.getState().setAside.map((e) => e.value)).toEqual([bad]);
    expect(notify).toHaveBeenCalledWith('1 saved shortlist entry was set aside', [
      expect.stringMatching(/^Entry 1: lat/),
      expect.stringMatching(/other entries loaded/),
    ]);
    store.getState().add(site('New', 5));
    expect(JSON.parse(storage.getItem(SHORTLIST_KEY)!).setAside).toEqual([
      { value: bad, reason: store.getState().setAside[0].reason },
    ]);
    store.getState().discardSetAside();
    expect(JSON.parse(storage.getItem(SHORTLIST_KEY)!).setAside).toBeUndefined();
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('adds many, removes many and replaces all', () => {
    const store = createShortlistStore({ notify: vi.fn() });
    store.connect(new MemoryStorage());
    store.getState().add(site('A', 1));
    const before = store.getState().entries;
    const ids = store.getState().addMany([site('A', 1), site('B', 2), site('C', 3), site('B', 2)]);
    expect(ids).toHaveLength(2);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['A', 'B', 'C']);
    store.getState().removeMany(ids);
    expect(store.getState().entries).toEqual(before);
    store.getState().replaceAll([]);
    expect(store.getState().entries).toEqual([]);
  });
});
