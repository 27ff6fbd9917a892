/** Feeds the loaded power plants, filtered by the plant filter, into the plants source. */
import { useMemo } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import { PLANTS_SOURCE, plantFeatures } from './plantFeatures.ts';
import { usePlantFilter } from './plantFilter.ts';

export function PlantsData() {
  const plants = useDatasetStore((s) => s.data.plants);
  const filter = usePlantFilter((s) => s.filter);
  useGeoJsonSource(
    PLANTS_SOURCE,
    useMemo(() => plants && plantFeatures(plants, filter), [plants, filter]),
  );
  return null;
}
