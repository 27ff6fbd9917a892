/**
 * The imported candidate sites: the last successful import (shown on the map, kept in localStorage) and the
 * outcome of the last attempt (its row errors and message). A failed attempt never replaces what was saved.
 */
import { createStore, useStore } from 'zustand';
import { browserStorage, type KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { IMPORT_STORAGE_KEY, readSavedImport, writeSavedImport, type SavedImport } from './importStorage.ts';
import { emptyResult, type ColumnChoice, type ImportFormat, type ImportResult } from './importTypes.ts';

export interface ImportAttempt {
  fileName: string;
  result: ImportResult;
  /** True when its sites replaced the saved import. */
  applied: boolean;
}

export interface ImportState {
  saved: SavedImport | null;
  attempt: ImportAttempt | null;
  /** Set when the saved import could not be stored (too large, storage refused). */
  storageProblem: string | null;
  importText: (
    fileName: string,
    format: ImportFormat,
    text: string,
    choice?: ColumnChoice,
  ) => Promise<ImportAttempt>;
  importBytes: (fileName: string, bytes: Uint8Array) => Promise<ImportAttempt>;
  /** Reads the last CSV again with columns the user chose; null when there is no last text. */
  chooseColumns: (choice: ColumnChoice) => Promise<ImportAttempt> | null;
  /** Records an attempt refused before parsing (too large, unreadable); the saved import stays. */
  refuse: (fileName: string, message: string) => ImportAttempt;
  clear: () => void;
}

export type ImportStore = ReturnType<typeof createImportStore>;

/** The decoder and the CSV, GeoJSON and KML parsers (papaparse among them) load with the first file. */
const loadParsers = () => import('./importText.ts');

export function createImportStore() {
  let storage: KeyValueStorage | null = null;
  /** The last attempt's text, in memory only, so columns can be chosen without reading the file again. */
  let lastText: { fileName: string; format: ImportFormat; text: string } | null = null;

  const store = createStore<ImportState>()((set, get) => {
    const persist = (saved: SavedImport | null) => {
      if (!storage) return;
      try {
        if (saved) storage.setItem(IMPORT_STORAGE_KEY, writeSavedImport(saved));
        else storage.removeItem(IMPORT_STORAGE_KEY);
        set({ storageProblem: null });
      } catch {
        set({
          storageProblem:
            'The imported sites could not be saved in this browser; they stay until you close this tab.',
        });
      }
    };

    const record = (fileName: string, result: ImportResult): ImportAttempt => {
      const applied = result.sites.length > 0;
      const attempt = { fileName, result, applied };
      if (applied) {
        const saved = { fileName, format: result.format, sites: result.sites, errors: result.errors };
        set({ saved, attempt });
        persist(saved);
      } else set({ attempt });
      return attempt;
    };

    return {
      saved: null,
      attempt: null,
      storageProblem: null,
      importText: async (fileName, format, text, choice) => {
        lastText = { fileName, format, text };
        const { parseSitesText } = await loadParsers();
        return record(fileName, parseSitesText(format, text, choice));
      },
      importBytes: async (fileName, bytes) => {
        const { decodeImport } = await loadParsers();
        const decoded = decodeImport(fileName, bytes);
        if ('problem' in decoded) return get().refuse(fileName, decoded.problem);
        return get().importText(fileName, decoded.format, decoded.text);
      },
      chooseColumns: (choice) =>
        lastText ? get().importText(lastText.fileName, lastText.format, lastText.text, choice) : null,
      refuse: (fileName, message) => {
        lastText = null;
        return record(fileName, emptyResult('csv', message));
      },
      clear: () => {
        set({ saved: null, attempt: null });
        persist(null);
      },
    };
  });

  return Object.assign(store, {
    /** Reads the saved import from storage and keeps later imports there. Idempotent. */
    connect(s: KeyValueStorage) {
      if (storage === s) return;
      storage = s;
      let raw: string | null;
      try {
        raw = s.getItem(IMPORT_STORAGE_KEY);
      } catch {
        return;
      }
      const saved = readSavedImport(raw);
      if (saved && !store.getState().saved) store.setState({ saved });
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
  let parsers: Awaited<ReturnType<typeof loadParsers>>;
  try {
    parsers = await loadParsers();
  } catch {
    return refuse(file.name, 'The importer could not be loaded (offline?). Reload the page and try again.');
  }
  const tooLarge = parsers.sizeProblem(file.size);
  if (tooLarge) return refuse(file.name, tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(file.name, 'The file could not be read.');
  }
  return importBytes(file.name, bytes);
}
