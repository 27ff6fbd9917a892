/** The places an own price can name, built once the grid manifest and the region names have loaded. */
import { useEffect, useMemo } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { buildPriceRegions, type PriceRegions } from './priceRegions.ts';

export type PriceRegionsState =
  { status: 'ready'; places: PriceRegions } | { status: 'loading' } | { status: 'failed'; message: string };

export function usePriceRegions(): PriceRegionsState {
  const ensure = useDatasetStore((s) => s.ensure);
  const manifest = useDatasetStore((s) => s.data.gridManifest);
  const admin1 = useDatasetStore((s) => s.data.admin1);
  const countries = useDatasetStore((s) => s.data.countries);
  const errors = useDatasetStore((s) => s.errors);
  useEffect(() => {
    ensure('gridManifest');
    ensure('admin1');
    ensure('countries');
  }, [ensure]);
  const places = useMemo(
    () =>
      manifest && admin1 && countries
        ? buildPriceRegions({
            regions: manifest.regions ?? [],
            countries: manifest.countries,
            names: [...countries.features, ...admin1.features].map((f) => f.properties),
          })
        : null,
    [manifest, admin1, countries],
  );
  if (places) return { status: 'ready', places };
  const error = errors.gridManifest ?? errors.admin1 ?? errors.countries;
  return error ? { status: 'failed', message: error } : { status: 'loading' };
}
