/** Feeds the offline basemap sources (regions with tariffs, place labels) from the loaded datasets. */
import { useMemo } from 'react';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { BASEMAP_SOURCES, PLACE_LABEL_TIERS, placeTierSource } from './layers/basemap.ts';
import { placesToGeoJson, splitByWeight } from './layers/placesGeoJson.ts';
import { countryLabelPoints } from './layers/countryLabelPoints.ts';
import { flattenRegions } from './layers/regionFeatures.ts';
import { useGeoJsonSource, useGeoJsonSources } from './useGeoJsonSource.ts';
import { useTownLabels } from './useTownLabels.ts';

/** Every place of places.json (≥ 50,000 people) can be labelled; each weight tier's layer starts at its zoom. */
const LABEL_MIN_POPULATION = 0;

/** `loadTowns`: the gazetteer loader (features/places), passed in by App; without it, no town labels. */
export function BasemapData({ loadTowns }: { loadTowns?: () => Promise<Gazetteer> }) {
  const countries = useDatasetStore((s) => s.data.countries);
  const admin1 = useDatasetStore((s) => s.data.admin1);
  const places = useDatasetStore((s) => s.data.places);
  // one source per label tier (layers/basemap.ts: PLACE_LABEL_TIERS); each is fed a zoom step before its layer starts
  // (useGeoJsonSources: sourceNeeded), and the state borders from zoom 1.5
  const labelTiers = useMemo(() => {
    if (!places) return undefined;
    const tiers = splitByWeight(
      placesToGeoJson(places, LABEL_MIN_POPULATION),
      PLACE_LABEL_TIERS.map((t) => t.minWeight),
    );
    return Object.fromEntries(tiers.map((tier, i) => [placeTierSource(i), tier]));
  }, [places]);
  // Region polygons carry their chosen tariff, so basemap and tariff choropleth share one upload.
  useGeoJsonSource(
    BASEMAP_SOURCES.countries,
    useMemo(() => countries && flattenRegions(countries), [countries]),
  );
  useGeoJsonSource(
    BASEMAP_SOURCES.admin1,
    useMemo(() => admin1 && flattenRegions(admin1), [admin1]),
  );
  useGeoJsonSources(labelTiers);
  // towns: the gazetteer's places smaller than any of places.json (which the city layer labels)
  useTownLabels(
    loadTowns,
    useMemo(() => places?.population.reduce((a, b) => Math.min(a, b), Infinity), [places]),
  );
  useGeoJsonSource(
    BASEMAP_SOURCES.countryLabels,
    useMemo(() => countries && countryLabelPoints(countries), [countries]),
  );
  return null;
}
