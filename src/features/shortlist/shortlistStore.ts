/**
 * The shortlist: entries the user keeps, persisted to localStorage and kept in step across open tabs.
 * Every change is a read-modify-write against storage (so an edit made in another tab a moment ago is not
 * overwritten), and the `storage` event reloads what another tab wrote. What the store promises holds:
 * - entries that cannot be read one by one are set aside (kept with the list, shown, downloadable);
 * - when the browser refuses to store (full, throws), the list lives on in memory for this tab: later edits
 *   build on memory, not on the older stored copy, and the user is offered a download (`save`);
 * - unreadable stored text is never overwritten silently: it is copied under a backup key when the browser
 *   allows (`problem.backedUp` says whether it did) and stays in memory for the download.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useNoticesStore, type NoticeAction } from '../../shared/noticesStore.ts';
import { browserStorage, type KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { downloadText, exportFileName } from '../../shared/download.ts';
import {
  SHORTLIST_BACKUP_KEY,
  SHORTLIST_KEY,
  readShortlist,
  writeShortlist,
  type SetAsideEntry,
} from './shortlistStorage.ts';
import { addNew } from './shortlistEdits.ts';
import {
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  type NewShortlistEntry,
  type ShortlistEntry,
} from '../../shared/shortlistTypes.ts';

export interface StorageProblem {
  raw: string;
  reason: string;
  /** Whether a copy of `raw` is kept under the backup key (false when the browser refused that too). */
  backedUp: boolean;
}

/** Where the list is kept: `pending` before connecting, `saved` in storage, else only in this tab's memory. */
export type SaveStatus =
  { kind: 'pending' } | { kind: 'saved' } | { kind: 'unavailable' } | { kind: 'failing'; reason: string };

export interface ShortlistState {
  entries: ShortlistEntry[];
  /** Stored entries that could not be read, kept until the user discards them. */
  setAside: SetAsideEntry[];
  /** Set when stored data could not be read; editing waits until the user starts a new shortlist. */
  problem: StorageProblem | null;
  save: SaveStatus;
  connected: boolean;
  /** Adds a place (or returns the id of the same place already there); null when it cannot be added. */
  add: (entry: NewShortlistEntry) => string | null;
  /** Adds the places not already present (up to the limit); returns the ids added. */
  addMany: (entries: readonly NewShortlistEntry[]) => string[];
  rename: (id: string, name: string) => void;
  annotate: (id: string, note: string) => void;
  /** Moves an entry up (-1) or down (+1). */
  move: (id: string, delta: number) => void;
  remove: (id: string) => void;
  removeMany: (ids: readonly string[]) => void;
  /** Replaces the whole list (undo of a replace or a bulk remove). */
  replaceAll: (entries: readonly ShortlistEntry[]) => void;
  /** Adds shared entries not already present; returns how many were added. */
  mergeShared: (entries: readonly NewShortlistEntry[]) => number;
  /** Drops unreadable stored data (its backup, if any, stays under the backup key) and starts empty. */
  startNew: () => void;
  discardSetAside: () => void;
  /** Downloads the list as stored (with the set-aside entries): what cannot be saved here. */
  download: () => void;
}

export interface ShortlistDeps {
  notify: (title: string, details: string[], actions?: NoticeAction[]) => void;
}

const defaultNotify: ShortlistDeps['notify'] = (title, details, actions) =>
  useNoticesStore.getState().push({ kind: 'error', title, details, ...(actions ? { actions } : {}) });

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Events = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export type ShortlistStore = StoreApi<ShortlistState> & {
  /**
   * Reads storage and starts listening to other tabs (null: the browser has no usable storage). Idempotent.
   * Returns a disconnect function.
   */
  connect: (storage: KeyValueStorage | null, events?: Events) => () => void;
};

export function createShortlistStore(deps: ShortlistDeps = { notify: defaultNotify }): ShortlistStore {
  let storage: KeyValueStorage | null = null;
  let disconnect: (() => void) | null = null;
  let connectImpl: ShortlistStore['connect'] = () => () => {};

  const api = createStore<ShortlistState>()((set, get) => {
    const downloadAction: NoticeAction = { label: 'Download the shortlist', run: () => get().download() };
    /** Memory is ahead of storage: build on it, and do not let a stored copy replace it. */
    const memoryAhead = () => get().save.kind === 'failing';

    const failed = (reason: string) => {
      const before = get().save.kind;
      set({ save: { kind: 'failing', reason } });
      if (before !== 'failing')
        deps.notify(
          'The shortlist could not be saved',
          [
            `Your browser refused to store it (${reason}). Your changes are kept in this tab while it stays open, not after you close or reload it: download the shortlist to keep them.`,
          ],
          [downloadAction],
        );
    };

    const persist = (entries: ShortlistEntry[], setAside = get().setAside) => {
      if (!storage) return;
      try {
        storage.setItem(SHORTLIST_KEY, writeShortlist(entries, setAside));
        if (get().save.kind !== 'saved') set({ save: { kind: 'saved' } });
      } catch (error) {
        failed(message(error));
      }
    };

    /** Applies what storage holds now; returns the entries to build on (null when storage is unreadable). */
    const reload = (): ShortlistEntry[] | null => {
      if (!storage || memoryAhead()) return get().entries;
      let raw: string | null;
      try {
        raw = storage.getItem(SHORTLIST_KEY);
      } catch (error) {
        failed(`it could not be read: ${message(error)}`);
        return get().entries;
      }
      const read = readShortlist(raw);
      if (read.kind === 'corrupt') {
        let backedUp = false;
        try {
          if (storage.getItem(SHORTLIST_BACKUP_KEY) !== read.raw)
            storage.setItem(SHORTLIST_BACKUP_KEY, read.raw);
          backedUp = true;
        } catch {
          // Said in the problem notice: the raw text then lives only in memory (for the download) and storage.
        }
        set({ entries: [], problem: { raw: read.raw, reason: read.reason, backedUp } });
        return null;
      }
      const entries = read.kind === 'ok' ? read.entries : [];
      const setAside = read.kind === 'ok' ? read.setAside : [];
      set({ entries, setAside, problem: null });
      if (read.kind === 'ok' && read.newlySetAside > 0)
        deps.notify(
          `${read.newlySetAside} saved shortlist entr${read.newlySetAside > 1 ? 'ies were' : 'y was'} set aside`,
          [
            ...read.setAside.slice(-read.newlySetAside).map((e) => e.reason),
            'The other entries loaded. Set-aside entries are kept and listed in the Shortlist tab, where you can download them.',
          ],
        );
      if (read.kind === 'ok' && (read.migratedFrom !== null || read.newlySetAside > 0))
        persist(entries, setAside);
      return entries;
    };

    const mutate = (change: (entries: ShortlistEntry[]) => ShortlistEntry[]): boolean => {
      const base = reload();
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

    const full = () =>
      deps.notify('The shortlist is full', [`It holds at most ${MAX_ENTRIES} places; remove some first.`]);

    connectImpl = (s, events) => {
      if (disconnect) return disconnect;
      if (!s) {
        set({ save: { kind: 'unavailable' } });
        return () => {};
      }
      const pending = get().entries;
      storage = s;
      set({ connected: true, save: { kind: 'saved' } });
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

    return {
      entries: [],
      setAside: [],
      problem: null,
      save: { kind: 'pending' },
      connected: false,
      add: (input) => {
        let id: string | null = null;
        mutate((entries) => {
          const result = addNew(entries, [input], { keepExisting: true });
          id = result.ids[0] ?? null;
          if (result.full) full();
          return result.entries;
        });
        return id;
      },
      addMany: (inputs) => {
        let ids: string[] = [];
        mutate((entries) => {
          const result = addNew(entries, inputs, { keepExisting: false });
          ids = result.ids;
          if (result.full) full();
          return result.entries;
        });
        return ids;
      },
      rename: (id, name) => update(id, { name: name.slice(0, MAX_NAME_LENGTH) }),
      annotate: (id, note) => update(id, { note: note.slice(0, MAX_NOTE_LENGTH) }),
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
      remove: (id) => get().removeMany([id]),
      removeMany: (ids) =>
        mutate((entries) => {
          const drop = new Set(ids);
          return entries.some((e) => drop.has(e.id)) ? entries.filter((e) => !drop.has(e.id)) : entries;
        }),
      replaceAll: (replacement) => mutate(() => [...replacement]),
      mergeShared: (shared) => get().addMany(shared).length,
      startNew: () => {
        set({ entries: [], problem: null });
        persist([]);
      },
      discardSetAside: () => {
        set({ setAside: [] });
        persist(get().entries, []);
      },
      download: () =>
        downloadText(
          exportFileName('shortlist', 'json', new Date()),
          'application/json',
          writeShortlist(get().entries, get().setAside),
        ),
    };
  });

  return Object.assign(api, { connect: (s: KeyValueStorage | null, e?: Events) => connectImpl(s, e) });
}

/** The app's shortlist. */
export const shortlistStore = createShortlistStore();

export function useShortlist<T>(selector: (state: ShortlistState) => T): T {
  return useStore(shortlistStore, selector);
}

/** Connects the app's shortlist to localStorage and other tabs (idempotent; call from components). */
export function connectShortlist(): void {
  // Without storage (disabled) the shortlist lives in memory for this tab, and the panel says so.
  shortlistStore.connect(browserStorage(), window);
}
