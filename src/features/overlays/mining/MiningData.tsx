/** Feeds the mining sites into their map source. */
import { useMemo } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import { MINING_SOURCE, miningFeatures } from './miningSites.ts';

export function MiningData() {
  const sites = useDatasetStore((s) => s.data.miningSites);
  useGeoJsonSource(
    MINING_SOURCE,
    useMemo(() => sites && miningFeatures(sites), [sites]),
  );
  return null;
}
