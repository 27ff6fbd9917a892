/**
 * The user's own prices ("your figure"), one per region or country code: persisted to localStorage beside the
 * shortlist, kept in step with other tabs, and fed into the scoring configuration (`priceOverrides`), so the
 * surface and the card are rescored when they change. Only validated overrides ever enter the store.
 * Unreadable storage is never overwritten silently: its raw text is kept under a backup key until the user
 * starts a new table.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { validatePriceOverrides, type PriceOverride } from '../../domain/index.ts';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { browserStorage, type KeyValueStorage } from '../../shared/keyValueStorage.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { PRICES_BACKUP_KEY, PRICES_KEY, readPrices, writePrices } from './priceStorage.ts';

export interface PricesProblem {
  raw: string;
  reason: string;
}

export interface PricesState {
  /** Sorted by code; valid by validatePriceOverrides. */
  prices: PriceOverride[];
  /** Set when the stored table could not be read; editing waits until the user starts a new table. */
  problem: PricesProblem | null;
  /** Adds these prices, replacing the figure of any code already there; false when refused (nothing changes). */
  upsert: (prices: readonly PriceOverride[]) => boolean;
  remove: (code: string) => void;
  /** Drops an unreadable stored table (its backup stays under the backup key) and starts empty. */
  startNew: () => void;
}

export type PricesStore = StoreApi<PricesState> & {
  /** Reads storage and listens to other tabs. Idempotent. Returns a disconnect function. */
  connect: (
    storage: KeyValueStorage,
    events?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  ) => () => void;
};

export interface PricesDeps {
  notify: (title: string, details: string[]) => void;
}

const defaultNotify = (title: string, details: string[]) =>
  useNoticesStore.getState().push({ kind: 'error', title, details });

const sorted = (prices: readonly PriceOverride[]) =>
  [...prices].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

export function createPricesStore(deps: PricesDeps = { notify: defaultNotify }): PricesStore {
  let storage: KeyValueStorage | null = null;
  let disconnect: (() => void) | null = null;

  const persist = (prices: PriceOverride[]) => {
    if (!storage) return;
    try {
      storage.setItem(PRICES_KEY, writePrices(prices));
    } catch (error) {
      deps.notify('Your own prices could not be saved', [
        `Your browser refused to store them (${error instanceof Error ? error.message : String(error)}). They are kept until you close this tab.`,
      ]);
    }
  };

  /** Applies what storage holds now; returns the prices to build on (null when storage is unreadable). */
  const reload = (): PriceOverride[] | null => {
    const state = api.getState();
    if (!storage) return state.problem ? null : state.prices;
    let raw: string | null;
    try {
      raw = storage.getItem(PRICES_KEY);
    } catch {
      return state.prices;
    }
    const read = readPrices(raw);
    if (read.kind === 'corrupt') {
      try {
        if (storage.getItem(PRICES_BACKUP_KEY) !== read.raw) storage.setItem(PRICES_BACKUP_KEY, read.raw);
      } catch {
        // Best effort; the raw text also stays in memory for the download.
      }
      api.setState({ prices: [], problem: { raw: read.raw, reason: read.reason } });
      return null;
    }
    const prices = read.kind === 'ok' ? sorted(read.prices) : [];
    api.setState({ prices, problem: null });
    if (read.kind === 'ok' && read.migratedFrom !== null) persist(prices);
    return prices;
  };

  const mutate = (change: (prices: PriceOverride[]) => PriceOverride[]): boolean => {
    const base = reload();
    if (base === null) {
      deps.notify('Your own prices are not editable yet', [
        'The saved table could not be read. Download it or start a new table first (Score tab, Your prices).',
      ]);
      return false;
    }
    const next = sorted(change(base));
    const problem = validatePriceOverrides(next);
    if (problem) {
      deps.notify('Your own prices were not changed', [problem]);
      return false;
    }
    api.setState({ prices: next });
    persist(next);
    return true;
  };

  const api = createStore<PricesState>()(() => ({
    prices: [],
    problem: null,
    upsert: (prices) =>
      mutate((base) => {
        const codes = new Set(prices.map((p) => p.code));
        return [...base.filter((p) => !codes.has(p.code)), ...prices];
      }),
    remove: (code) => void mutate((base) => base.filter((p) => p.code !== code)),
    startNew: () => {
      try {
        storage?.removeItem(PRICES_KEY);
      } catch {
        // Storage refused: the table starts empty in memory either way; the backup key is untouched.
      }
      api.setState({ prices: [], problem: null });
    },
  }));

  const connect: PricesStore['connect'] = (next, events) => {
    if (disconnect) return disconnect;
    storage = next;
    reload();
    const onStorage = (e: StorageEvent) => {
      if (e.key === PRICES_KEY || e.key === null) reload();
    };
    events?.addEventListener('storage', onStorage as EventListener);
    disconnect = () => {
      events?.removeEventListener('storage', onStorage as EventListener);
      storage = null;
      disconnect = null;
    };
    return disconnect;
  };

  return Object.assign(api, { connect });
}

/** The app's table, fed into the scoring configuration on every change. */
export const pricesStore = createPricesStore();
pricesStore.subscribe((s, prev) => {
  if (s.prices !== prev.prices) useScoringStore.getState().setPriceOverrides(s.prices);
});

/** Connects the app's table to the browser's storage (once; in memory only where there is none). */
export function connectPrices(): void {
  const storage = browserStorage();
  if (storage) pricesStore.connect(storage, window);
}

export const usePrices = <T>(select: (s: PricesState) => T): T => useStore(pricesStore, select);

/** A share link's own prices: added to the table (replacing the figure of a code already there), with a notice. */
export function applySharedPrices(prices: readonly PriceOverride[]): void {
  const before = new Map(pricesStore.getState().prices.map((p) => [p.code, p.usdPerKwh]));
  if (!pricesStore.getState().upsert(prices)) return;
  const n = prices.length;
  useNoticesStore.getState().push({
    kind: 'info',
    title: `This link carries your own price${n > 1 ? 's' : ''} for ${n} region${n > 1 ? 's' : ''}`,
    details: [
      ...prices.map(
        (p) =>
          `${p.code}: ${p.usdPerKwh} USD/kWh (your figure${p.label ? `, ${p.label}` : ''})${
            before.has(p.code) && before.get(p.code) !== p.usdPerKwh
              ? `, replacing ${before.get(p.code)} USD/kWh`
              : ''
          }`,
      ),
      'They are in Your prices on the Score tab and override the data for those regions.',
    ],
  });
}
