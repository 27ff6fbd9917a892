import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESETS, resolveConfig } from '../../domain/index.ts';
import { initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import v1 from './fixtures/prices.v1.json?raw';
import { PRICES_BACKUP_KEY, PRICES_KEY } from './priceStorage.ts';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { applySharedPrices, createPricesStore, pricesStore } from './pricesStore.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const fixturePrices = (JSON.parse(v1) as { prices: { code: string; usdPerKwh: number }[] }).prices;

describe('own prices store', () => {
  it('reads the stored table and saves every change', () => {
    const storage = memoryStorage({ [PRICES_KEY]: v1 });
    const store = createPricesStore({ notify: vi.fn() });
    store.connect(storage);
    expect(store.getState().prices).toEqual(fixturePrices);
    expect(
      store.getState().upsert([
        { code: 'US-TX', usdPerKwh: 0.025 },
        { code: 'FRA', usdPerKwh: 0.09 },
      ]),
    ).toBe(true);
    store.getState().remove('US-WY');
    const saved = createPricesStore({ notify: vi.fn() });
    saved.connect(storage);
    expect(saved.getState().prices.map((p) => [p.code, p.usdPerKwh, p.label])).toEqual([
      ['DEU', fixturePrices[0].usdPerKwh, (fixturePrices[0] as { label?: string }).label],
      ['FRA', 0.09, undefined],
      ['US-TX', 0.025, undefined],
    ]);
  });

  it('refuses an invalid change as a whole and says why', () => {
    const notify = vi.fn();
    const store = createPricesStore({ notify });
    store.connect(memoryStorage());
    expect(store.getState().upsert([{ code: 'US-TX', usdPerKwh: 0.03 }])).toBe(true);
    expect(
      store.getState().upsert([
        { code: 'FRA', usdPerKwh: 0.05 },
        { code: 'Texas', usdPerKwh: 0.02 },
      ]),
    ).toBe(false);
    expect(store.getState().prices).toEqual([{ code: 'US-TX', usdPerKwh: 0.03 }]);
    expect(notify).toHaveBeenCalledWith('Your own prices were not changed', [
      expect.stringMatching(/"Texas" is not a region/),
    ]);
  });

  it('backs up an unreadable table, explains it, and edits only after a new start', () => {
    const raw = '{"version":1,"prices":[{"code":"US-TX"';
    const storage = memoryStorage({ [PRICES_KEY]: raw });
    const notify = vi.fn();
    const store = createPricesStore({ notify });
    store.connect(storage);
    expect(store.getState().problem).toEqual({ raw, reason: expect.stringMatching(/not valid JSON/) });
    expect(storage.data.get(PRICES_BACKUP_KEY)).toBe(raw);
    expect(store.getState().upsert([{ code: 'US-TX', usdPerKwh: 0.03 }])).toBe(false);
    expect(notify).toHaveBeenCalledWith('Your own prices are not editable yet', [expect.any(String)]);
    expect(storage.data.get(PRICES_KEY)).toBe(raw);
    store.getState().startNew();
    expect(store.getState()).toMatchObject({ prices: [], problem: null });
    expect(store.getState().upsert([{ code: 'US-TX', usdPerKwh: 0.03 }])).toBe(true);
    expect(storage.data.get(PRICES_BACKUP_KEY)).toBe(raw);
  });

  it('reloads what another tab saved', () => {
    const storage = memoryStorage();
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events = {
      addEventListener: (_: string, l: EventListener) => void listeners.push(l as (e: StorageEvent) => void),
      removeEventListener: vi.fn(),
    };
    const store = createPricesStore({ notify: vi.fn() });
    store.connect(storage, events as unknown as Window);
    storage.setItem(PRICES_KEY, v1);
    listeners.forEach((l) => l({ key: PRICES_KEY } as StorageEvent));
    expect(store.getState().prices).toEqual(fixturePrices);
  });
});

describe('own prices in the scoring configuration', () => {
  beforeEach(() => {
    pricesStore.getState().startNew();
    useScoringStore.getState().reset();
  });

  it('feeds every change into the config the surface is scored with', () => {
    pricesStore.getState().upsert([{ code: 'US-TX', usdPerKwh: 0.03, label: 'PPA' }]);
    expect(useScoringStore.getState().config.priceOverrides).toEqual([
      { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA' },
    ]);
    expect(resolveConfig(useScoringStore.getState().config).priceOverrides).toEqual([
      { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA' },
    ]);
    pricesStore.getState().remove('US-TX');
    expect(useScoringStore.getState().config.priceOverrides).toBeUndefined();
  });

  it('keeps them across a reset, a preset and settings opened from a link', () => {
    pricesStore.getState().upsert([{ code: 'DEU', usdPerKwh: 0.1 }]);
    useScoringStore.getState().reset();
    useScoringStore.getState().applyPreset(PRESETS[PRESETS.length - 1].id);
    useScoringStore.getState().setConfig(initialConfig(), null);
    expect(useScoringStore.getState().config.priceOverrides).toEqual([{ code: 'DEU', usdPerKwh: 0.1 }]);
  });
});

describe('own prices from a share link', () => {
  beforeEach(() => pricesStore.getState().startNew());

  it('adds them to the table, the link winning for a code already there, and says so', () => {
    pricesStore.getState().upsert([{ code: 'US-TX', usdPerKwh: 0.05 }]);
    const before = useNoticesStore.getState().notices.length;
    applySharedPrices([
      { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote' },
      { code: 'DEU', usdPerKwh: 0.1 },
    ]);
    expect(pricesStore.getState().prices).toEqual([
      { code: 'DEU', usdPerKwh: 0.1 },
      { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote' },
    ]);
    const notices = useNoticesStore.getState().notices.slice(before);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'info',
        title: 'This link carries your own prices for 2 regions',
        details: [
          'US-TX: 0.03 USD/kWh (your figure, PPA quote), replacing 0.05 USD/kWh',
          'DEU: 0.1 USD/kWh (your figure)',
          'They are in Your prices on the Score tab and override the data for those regions.',
        ],
      }),
    ]);
  });
});
