/**
 * The import layers: each successful import is a named layer (shown on the map, kept in localStorage), plus the
 * outcome of the last attempt (its row errors and message) and the read in progress. Files are read in the
 * import worker (importClient.ts). A failed, stopped or cancelled attempt never touches what is saved; a saved
 * value that cannot be read is copied to a backup key, explained in a notice and never overwritten.
 */
import { createStore, useStore } from 'zustand';
import { browserStorage, type KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { readImportFile } from './importClient.ts';
import {
  IMPORT_BACKUP_KEY,
  IMPORT_STORAGE_KEY,
  readSavedImports,
  writeSavedImports,
  type ImportLayer,
} from './importStorage.ts';
import type { ImportStage } from './importText.ts';
import {
  MAX_IMPORT_LAYERS,
  MAX_LAYER_NAME_LENGTH,
  emptyResult,
  sizeProblem,
  type ColumnChoice,
  type ImportResult,
} from './importTypes.ts';

export interface ImportAttempt {
  fileName: string;
  result: ImportResult;
  /** True when its sites became a layer (new or replacing one). */
  applied: boolean;
  /** The layer it made or replaced. */
  layerId?: string;
}

/** A saved value that could not be read: why, and whether a copy is kept under IMPORT_BACKUP_KEY. */
export interface UnreadableSave {
  problem: string;
  raw: string;
  backedUp: boolean;
}

export interface ImportState {
  layers: ImportLayer[];
  attempt: ImportAttempt | null;
  /** The file being read and its stage, while the worker reads it. */
  progress: { fileName: string; stage: ImportStage | 'loading' } | null;
  /** Where the next import goes: a new layer, or the id of the layer it replaces. */
  target: 'new' | string;
  /** Set when the layers could not be stored (too large, storage refused, unreadable save kept). */
  storageProblem: string | null;
  unreadable: UnreadableSave | null;
  setTarget: (target: 'new' | string) => void;
  importBytes: (fileName: string, bytes: Uint8Array, choice?: ColumnChoice) => Promise<ImportAttempt>;
  /** Reads the last CSV again with columns the user chose; null when there is no last file. */
  chooseColumns: (choice: ColumnChoice) => Promise<ImportAttempt> | null;
  cancel: () => void;
  /** Records an attempt refused before reading (too large, unreadable); the layers stay. */
  refuse: (fileName: string, message: string) => ImportAttempt;
  setVisible: (id: string, visible: boolean) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  /** Replaces the sites of a layer with these (e.g. latitude and longitude swapped). */
  replaceSites: (id: string, sites: ImportLayer['sites']) => void;
  /** Deletes the backup of an unreadable save (after the user downloaded it or chose to drop it). */
  discardUnreadable: () => void;
}

export type ImportStore = ReturnType<typeof createImportStore>;

const NOT_SAVED = 'The import layers could not be saved in this browser; they stay until you close this tab.';
const LOCKED =
  'New imports are not saved in this browser, so they do not overwrite the saved import that could not be read (download it below).';

export function createImportStore() {
  let storage: KeyValueStorage | null = null;
  /** True while an unreadable save has no backup: the main key must then not be written. */
  let locked = false;
  /** The last file's bytes, in memory only, so columns can be chosen without reading the file again. */
  let lastFile: { fileName: string; bytes: Uint8Array; target: 'new' | string } | null = null;
  let running: AbortController | null = null;

  const store = createStore<ImportState>()((set, get) => {
    const persist = (layers: ImportLayer[]) => {
      if (!storage) return;
      if (locked) return set({ storageProblem: LOCKED });
      try {
        if (layers.length) storage.setItem(IMPORT_STORAGE_KEY, writeSavedImports(layers));
        else storage.removeItem(IMPORT_STORAGE_KEY);
        set({ storageProblem: null });
      } catch {
        set({ storageProblem: NOT_SAVED });
      }
    };
    const update = (layers: ImportLayer[]) => {
      set({ layers });
      persist(layers);
    };
    const nextId = () => {
      const used = new Set(get().layers.map((l) => l.id));
      let n = get().layers.length + 1;
      while (used.has(`layer-${n}`)) n++;
      return `layer-${n}`;
    };

    const record = (fileName: string, result: ImportResult, target: 'new' | string): ImportAttempt => {
      const { layers } = get();
      const replacing = target === 'new' ? undefined : layers.find((l) => l.id === target);
      if (result.sites.length > 0 && !replacing && layers.length >= MAX_IMPORT_LAYERS)
        result = {
          ...result,
          sites: [],
          message: `There are already ${MAX_IMPORT_LAYERS} import layers, the most kept: remove one, or choose a layer to replace.`,
        };
      if (result.sites.length === 0) {
        const attempt = { fileName, result, applied: false };
        set({ attempt });
        return attempt;
      }
      const layer: ImportLayer = {
        id: replacing?.id ?? nextId(),
        name: replacing?.name ?? fileName.slice(0, MAX_LAYER_NAME_LENGTH),
        fileName,
        format: result.format,
        visible: true,
        sites: result.sites,
        errors: result.errors,
      };
      const attempt = { fileName, result, applied: true, layerId: layer.id };
      set({ attempt, target: 'new' });
      update(replacing ? layers.map((l) => (l.id === layer.id ? layer : l)) : [...layers, layer]);
      return attempt;
    };

    const read = async (fileName: string, bytes: Uint8Array, choice: ColumnChoice | undefined) => {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      const target = get().target;
      lastFile = { fileName, bytes, target };
      set({ progress: { fileName, stage: 'loading' } });
      const outcome = await readImportFile(fileName, bytes, choice, {
        signal: controller.signal,
        onStage: (stage) => {
          if (running === controller) set({ progress: { fileName, stage } });
        },
      });
      if (running === controller) {
        running = null;
        set({ progress: null });
      }
      if ('stopped' in outcome) return get().refuse(fileName, outcome.stopped);
      return record(fileName, outcome.result, target);
    };

    const edit = (id: string, change: (l: ImportLayer) => ImportLayer) =>
      update(get().layers.map((l) => (l.id === id ? change(l) : l)));

    return {
      layers: [],
      attempt: null,
      progress: null,
      target: 'new',
      storageProblem: null,
      unreadable: null,
      setTarget: (target) => set({ target }),
      importBytes: (fileName, bytes, choice) => read(fileName, bytes, choice),
      chooseColumns: (choice) => {
        if (!lastFile) return null;
        set({ target: lastFile.target });
        return read(lastFile.fileName, lastFile.bytes, choice);
      },
      cancel: () => running?.abort(),
      refuse: (fileName, message) => {
        const attempt = { fileName, result: emptyResult('csv', message), applied: false };
        set({ attempt });
        return attempt;
      },
      setVisible: (id, visible) => edit(id, (l) => ({ ...l, visible })),
      rename: (id, name) => {
        const clean = name.trim().slice(0, MAX_LAYER_NAME_LENGTH);
        if (clean) edit(id, (l) => ({ ...l, name: clean }));
      },
      remove: (id) => {
        update(get().layers.filter((l) => l.id !== id));
        if (get().target === id) set({ target: 'new' });
      },
      replaceSites: (id, sites) => edit(id, (l) => ({ ...l, sites })),
      discardUnreadable: () => {
        const current = get().unreadable;
        if (!current) return;
        try {
          if (storage && current.backedUp) storage.removeItem(IMPORT_BACKUP_KEY);
        } catch {
          // Storage refused: the copy stays, which is the safe side.
        }
        set({ unreadable: null });
      },
    };
  });

  /** Keeps an unreadable saved value under the backup key, unless another backup is there already. */
  const backUp = (s: KeyValueStorage, raw: string): boolean => {
    try {
      const existing = s.getItem(IMPORT_BACKUP_KEY);
      if (existing !== null && existing !== raw) return false;
      s.setItem(IMPORT_BACKUP_KEY, raw);
      return true;
    } catch {
      return false;
    }
  };

  return Object.assign(store, {
    /** Reads the saved layers from storage and keeps later changes there. Idempotent. */
    connect(s: KeyValueStorage) {
      if (storage === s) return;
      storage = s;
      let raw: string | null;
      let backup: string | null;
      try {
        raw = s.getItem(IMPORT_STORAGE_KEY);
        backup = s.getItem(IMPORT_BACKUP_KEY);
      } catch {
        return;
      }
      const saved = readSavedImports(raw);
      if ('layers' in saved) {
        if (saved.layers.length && store.getState().layers.length === 0)
          store.setState({ layers: saved.layers });
        if (backup !== null)
          store.setState({
            unreadable: { problem: 'kept from an earlier visit', raw: backup, backedUp: true },
          });
        return;
      }
      const backedUp = backUp(s, raw ?? '');
      locked = !backedUp;
      store.setState({ unreadable: { problem: saved.problem, raw: raw ?? '', backedUp } });
      useNoticesStore.getState().push({
        kind: 'error',
        title: 'Your saved imported sites could not be read',
        details: [
          `The saved import in this browser could not be read: ${saved.problem}.`,
          backedUp
            ? 'A copy is kept: download it from the Shortlist tab (Import candidate sites). New imports do not overwrite it.'
            : 'It is left as it was, and new imports are not saved over it: download it from the Shortlist tab.',
        ],
      });
    },
  });
}

export const importStore = createImportStore();

export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(importStore, selector);
}

/** Connects the app's import store to localStorage (idempotent; call from components). */
export function connectImportStore(): void {
  const storage = browserStorage();
  // Without storage (disabled) imports live in memory for this tab.
  if (storage) importStore.connect(storage);
}

/** Reads a File, refusing one over the size limit before reading it. */
export async function importFile(file: File): Promise<ImportAttempt> {
  const { importBytes, refuse } = importStore.getState();
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return refuse(file.name, tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(file.name, 'The file could not be read.');
  }
  return importBytes(file.name, bytes);
}
