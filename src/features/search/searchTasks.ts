/**
 * Loading and indexing each search source (imported on the first search, so none of it weighs on start-up).
 * Each build is measured (User Timing `search-index:<source>`).
 */
import { useDatasetStore } from '../../data/datasetStore.ts';
import { loadGazetteer } from '../places/gazetteerLoader.ts';
import {
  buildSourceIndex,
  buildSourceIndexAsync,
  type SearchSource,
  type SourceIndex,
} from './searchIndex.ts';
import {
  gazetteerRows,
  miningSitesSource,
  placesSource,
  plantsSource,
  regionNames,
  regionsSource,
  substationsSource,
  type RegionNames,
} from './sources.ts';
import type { SearchSourceKey } from './searchTypes.ts';
import { measure } from '../../shared/userTiming.ts';

const load = useDatasetStore.getState().load;

async function names(): Promise<RegionNames> {
  const [countries, admin1] = await Promise.allSettled([load('countries'), load('admin1')]);
  return regionNames(
    countries.status === 'fulfilled' ? countries.value : undefined,
    admin1.status === 'fulfilled' ? admin1.value : undefined,
  );
}

const SOURCES: Record<SearchSourceKey, () => Promise<SearchSource[]>> = {
  regions: async () => {
    const [n, countries, admin1] = await Promise.all([names(), load('countries'), load('admin1')]);
    return [regionsSource('country', countries, n), regionsSource('region', admin1, n)];
  },
  miningSites: async () => [miningSitesSource(await load('miningSites'), await names())],
  places: async () => [placesSource(gazetteerRows(await loadGazetteer()))],
  plants: async () => [plantsSource(await load('plants'), await names())],
  substations: async () => [substationsSource(await load('substations'), await names())],
};

/** Loads source `key`'s files and indexes them (small sources at once, large ones in slices). */
export async function indexSource(key: SearchSourceKey): Promise<SourceIndex[]> {
  const sources = await SOURCES[key]();
  const start = performance.now();
  const built: SourceIndex[] = [];
  for (const source of sources)
    built.push(source.size < 2000 ? buildSourceIndex(source) : await buildSourceIndexAsync(source));
  measure(`search-index:${key}`, {
    start,
    detail: { rows: sources.reduce((n, s) => n + s.size, 0) },
  });
  return built;
}
