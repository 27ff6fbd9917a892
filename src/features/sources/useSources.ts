/** Looks up dataset sources by id from data/sources.json. */
import { useMemo } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import type { Source } from '../../data/schemas.ts';

export function useSourceIndex(): Map<string, Source> {
  const sources = useDatasetStore((s) => s.data.sources);
  return useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources]);
}
