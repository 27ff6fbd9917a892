/**
 * Loads the point evaluator's datasets (lazily: on the first place scored at its exact point) and prepares their
 * indexes once per grid. A dataset that fails to load leaves its layers at the 0.25° cell's value; the failure is
 * reported (`failed`) so the card can say so.
 */
import { useEffect, useState } from 'react';
import type { ScoringGrid } from '../../domain/index.ts';
import type { PointSources } from '../../domain/pointValues.ts';
import { useDatasetStore, type DatasetKey } from '../../data/datasetStore.ts';
import { POINT_DATASET_KEYS, toPointDatasets, type RawPointDatasets } from './pointDatasets.ts';

export interface PointSourcesState {
  status: 'idle' | 'loading' | 'ready';
  sources: PointSources | null;
  /** Datasets that failed to load, with the error text. */
  failed: { key: DatasetKey; error: string }[];
}

type Loaded = Pick<PointSourcesState, 'sources' | 'failed'>;
const cache = new WeakMap<ScoringGrid, Promise<Loaded>>();
const done = new WeakMap<ScoringGrid, Loaded>();

/** The prepared sources for `grid`, loading the datasets on the first call. */
export function loadPointSources(grid: ScoringGrid): Promise<Loaded> {
  let p = cache.get(grid);
  if (!p) {
    const store = useDatasetStore.getState();
    // The evaluator (providers, spatial indexes) is its own chunk: nothing of it is needed before a place is opened.
    const evaluator = import('../../domain/pointValues.ts');
    p = Promise.all([Promise.allSettled(POINT_DATASET_KEYS.map((k) => store.load(k))), evaluator]).then(
      ([settled, mod]) => {
        const data: RawPointDatasets = {};
        const failed: Loaded['failed'] = [];
        settled.forEach((r, i) => {
          const key = POINT_DATASET_KEYS[i]!;
          if (r.status === 'fulfilled') Object.assign(data, { [key]: r.value });
          else failed.push({ key, error: r.reason instanceof Error ? r.reason.message : String(r.reason) });
        });
        const loaded = { sources: mod.preparePointSources(toPointDatasets(grid, data)), failed };
        done.set(grid, loaded);
        return loaded;
      },
      // The evaluator's chunk failed to load: the card keeps the 0.25° cell's score.
      (): Loaded => ({ sources: null, failed: [] }),
    );
    cache.set(grid, p);
  }
  return p;
}

/**
 * The point sources for `grid`; starts loading them when `enabled` (else only reports ones already prepared), once
 * the first view is ready (they are not part of it: a shortlist at start waits for the map, not the other way round).
 */
export function usePointSources(grid: ScoringGrid | null, enabled: boolean): PointSourcesState {
  const firstViewReady = useDatasetStore((s) => s.firstViewReady);
  const ready = grid ? done.get(grid) : undefined;
  const [state, setState] = useState<PointSourcesState>(() =>
    ready ? { status: 'ready', ...ready } : { status: 'idle', sources: null, failed: [] },
  );
  useEffect(() => {
    if (!grid) return;
    const now = done.get(grid);
    if (now) {
      setState((s) => (s.sources === now.sources ? s : { status: 'ready', ...now }));
      return;
    }
    // Read now, not from the render: the loading progress may have started holding in this same commit.
    const held = !useDatasetStore.getState().firstViewReady;
    if (!enabled && !cache.has(grid)) return;
    setState((s) => (s.status === 'loading' ? s : { status: 'loading', sources: null, failed: [] }));
    if (held && !cache.has(grid)) return;
    let live = true;
    void loadPointSources(grid).then((l) => {
      if (live) setState({ status: 'ready', ...l });
    });
    return () => {
      live = false;
    };
  }, [grid, enabled, firstViewReady]);
  return state;
}
