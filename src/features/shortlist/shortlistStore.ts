/**
 * The shortlist: entries the user keeps, persisted to localStorage and kept in step across open tabs.
 * Every change is a read-modify-write against storage (so an edit made in another tab a moment ago is not
 * overwritten), and the `storage` event reloads what another tab wrote. Unreadable storage is never
 * overwritten silently: the raw text is kept under a backup key until the user starts a new shortlist.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { browserStorage, type KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { SHORTLIST_BACKUP_KEY, SHORTLIST_KEY, readShortlist, writeShortlist } from './shortlistStorage.ts';
import {
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  isSamePlace,
  newEntryId,
  type NewShortlistEntry,
  type ShortlistEntry,
} from '../../shared/shortlistTypes.ts';

export interface StorageProblem {
  raw: string;
  reason: string;
}

export interface ShortlistState {
  entries: ShortlistEntry[];
  /** Set when stored data could not be read; editing waits until the user starts a new shortlist. */
  problem: StorageProblem | null;
  connected: boolean;
  /** Adds a place (or returns the id of the same place already there); null when it cannot be added. */
  add: (entry: NewShortlistEntry) => string | null;
  rename: (id: string, name: string) => void;
  annotate: (id: string, note: string) => void;
  /** Moves an entry up (-1) or down (+1). */
  move: (id: string, delta: number) => void;
  remove: (id: string) => void;
  /** Adds shared entries not already present; returns how many were added. */
  mergeShared: (entries: readonly NewShortlistEntry[]) => number;
  /** Drops unreadable stored data (its backup stays under the backup key) and starts empty. */
  startNew: () => void;
}

export interface ShortlistDeps {
  notify: (title: string, details: string[]) => void;
}

const defaultNotify = (title: string, details: string[]) =>
  useNoticesStore.getState().push({ kind: 'error', title, details });

const clip = (s: string, max: number) => s.slice(0, max);

function toEntry(input: NewShortlistEntry): ShortlistEntry {
  return {
    id: newEntryId(),
    name: clip(input.name.trim() || 'Unnamed place', MAX_NAME_LENGTH),
    lon: input.lon,
    lat: input.lat,
    origin: input.origin,
    ...(input.refId ? { refId: input.refId } : {}),
    note: clip(input.note ?? '', MAX_NOTE_LENGTH),
    addedAt: new Date().toISOString(),
  };
}

export type ShortlistStore = StoreApi<ShortlistState> & {
  /** Reads storage and starts listening to other tabs. Idempotent. Returns a disconnect function. */
  connect: (
    storage: KeyValueStorage,
    events?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  ) => () => void;
};

export function createShortlistStore(deps: ShortlistDeps = { notify: defaultNotify }): ShortlistStore {
  let storage: KeyValueStorage | null = null;
  let disconnect: (() => void) | null = null;
  let connectImpl: ShortlistStore['connect'] = () => () => {};

  const api = createStore<ShortlistState>()((set, get) => {
    /** Applies what storage holds now; returns the entries to build on (null when storage is unreadable). */
    const reload = (): ShortlistEntry[] | null => {
      if (!storage) return get().entries;
      let raw: string | null;
      try {
        raw = storage.getItem(SHORTLIST_KEY);
      } catch {
        return get().entries;
      }
      const read = readShortlist(raw);
      if (read.kind === 'corrupt') {
        try {
          if (storage.getItem(SHORTLIST_BACKUP_KEY) !== read.raw)
            storage.setItem(SHORTLIST_BACKUP_KEY, read.raw);
        } catch {
          // The backup is best effort; the raw text also stays in memory for the download.
        }
        set({ entries: [], problem: { raw: read.raw, reason: read.reason } });
        return null;
      }
      const entries = read.kind === 'ok' ? read.entries : [];
      set({ entries, problem: null });
      if (read.kind === 'ok' && read.migratedFrom !== null) persist(entries);
      return entries;
    };

    const persist = (entries: ShortlistEntry[]) => {
      if (!storage) return;
      try {
        storage.setItem(SHORTLIST_KEY, writeShortlist(entries));
      } catch (error) {
        deps.notify('The shortlist could not be saved', [
          `Your browser refused to store it (${error instanceof Error ? error.message : String(error)}). It is kept until you close this tab.`,
        ]);
      }
    };

    const mutate = (change: (entries: ShortlistEntry[]) => ShortlistEntry[]): boolean => {
      const base = storage ? reload() : get().entries;
      if (base === null) {
        deps.notify('The shortlist is not editable yet', [
          'The stored shortlist could not be read. Download the unreadable data or start a new shortlist first.',
        ]);
        return false;
      }
      const next = change(base);
      if (next === base) return true;
      set({ entries: next });
      persist(next);
      return true;
    };

    const update = (id: string, patch: Partial<ShortlistEntry>) =>
      mutate((entries) =>
        entries.some((e) => e.id === id)
          ? entries.map((e) => (e.id === id ? { ...e, ...patch } : e))
          : entries,
      );

    const attach = (
      s: KeyValueStorage,
      events?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
    ) => {
      if (disconnect) return disconnect;
      const pending = get().entries;
      storage = s;
      set({ connected: true });
      reload();
      // Anything added before storage was connected is kept, after what storage holds.
      if (pending.length)
        mutate((entries) => {
          const missing = pending.filter((p) => !entries.some((e) => e.id === p.id));
          return missing.length ? [...entries, ...missing] : entries;
        });
      const onStorage = (e: StorageEvent) => {
        if (e.key === null || e.key === SHORTLIST_KEY) reload();
      };
      events?.addEventListener('storage', onStorage);
      disconnect = () => {
        events?.removeEventListener('storage', onStorage);
        storage = null;
        disconnect = null;
        set({ connected: false });
      };
      return disconnect;
    };
    connectImpl = attach;

    return {
      entries: [],
      problem: null,
      connected: false,
      add: (input) => {
        let id: string | null = null;
        mutate((entries) => {
          const existing = entries.find((e) => isSamePlace(e, { ...input, refId: input.refId }));
          if (existing) {
            id = existing.id;
            return entries;
          }
          if (entries.length >= MAX_ENTRIES) {
            deps.notify('The shortlist is full', [
              `It holds at most ${MAX_ENTRIES} places; remove some first.`,
            ]);
            return entries;
          }
          const entry = toEntry(input);
          id = entry.id;
          return [...entries, entry];
        });
        return id;
      },
      rename: (id, name) => update(id, { name: clip(name, MAX_NAME_LENGTH) }),
      annotate: (id, note) => update(id, { note: clip(note, MAX_NOTE_LENGTH) }),
      move: (id, delta) =>
        mutate((entries) => {
          const from = entries.findIndex((e) => e.id === id);
          const to = from + delta;
          if (from < 0 || to < 0 || to >= entries.length) return entries;
          const next = [...entries];
          const [moved] = next.splice(from, 1);
          next.splice(to, 0, moved);
          return next;
        }),
      remove: (id) =>
        mutate((entries) =>
          entries.some((e) => e.id === id) ? entries.filter((e) => e.id !== id) : entries,
        ),
      mergeShared: (shared) => {
        let added = 0;
        mutate((entries) => {
          const next = [...entries];
          for (const input of shared) {
            if (next.length >= MAX_ENTRIES) break;
            if (next.some((e) => isSamePlace(e, input))) continue;
            next.push(toEntry(input));
            added++;
          }
          return added ? next : entries;
        });
        return added;
      },
      startNew: () => {
        set({ entries: [], problem: null });
        persist([]);
      },
    };
  });

  return Object.assign(api, {
    connect: (s: KeyValueStorage, e?: Pick<Window, 'addEventListener' | 'removeEventListener'>) =>
      connectImpl(s, e),
  });
}

/** The app's shortlist. */
export const shortlistStore = createShortlistStore();

export function useShortlist<T>(selector: (state: ShortlistState) => T): T {
  return useStore(shortlistStore, selector);
}

/** Connects the app's shortlist to localStorage and other tabs (idempotent; call from components). */
export function connectShortlist(): void {
  const storage = browserStorage();
  // Without storage (disabled) the shortlist lives in memory for this tab.
  if (storage) shortlistStore.connect(storage, window);
}
