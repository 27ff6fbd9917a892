/** Feeds the offline basemap sources (regions with tariffs, place labels) from the loaded datasets. */
import { useEffect, useMemo, useState } from 'react';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { BASEMAP_SOURCES, PLACE_LABEL_TIERS, placeTiersNeededAt, placeTierSource } from './layers/basemap.ts';
import { useMap } from './mapHandle.ts';
import { placesToGeoJson, splitByWeight } from './layers/placesGeoJson.ts';
import { countryLabelPoints } from './layers/countryLabelPoints.ts';
import { flattenRegions } from './layers/regionFeatures.ts';
import { useGeoJsonSource, useGeoJsonSources } from './useGeoJsonSource.ts';
import { useTownLabels } from './useTownLabels.ts';

/** Every place of places.json (≥ 50,000 people) can be labelled; each weight tier's layer starts at its zoom. */
const LABEL_MIN_POPULATION = 0;

/** The label tiers the map has needed so far (placeTiersNeededAt the highest zoom it reached): they stay fed. */
function useTiersNeeded(): number {
  const map = useMap();
  const [needed, setNeeded] = useState(0);
  useEffect(() => {
    if (!map) return;
    const check = () => setNeeded((n) => Math.max(n, placeTiersNeededAt(map.getZoom())));
    check();
    map.on('zoom', check);
    return () => void map.off('zoom', check);
  }, [map]);
  return needed;
}

/** `loadTowns`: the gazetteer loader (features/places), passed in by App; without it, no town labels. */
export function BasemapData({ loadTowns }: { loadTowns?: () => Promise<Gazetteer> }) {
  const countries = useDatasetStore((s) => s.data.countries);
  const admin1 = useDatasetStore((s) => s.data.admin1);
  const places = useDatasetStore((s) => s.data.places);
  // one source per label tier (layers/basemap.ts: PLACE_LABEL_TIERS), each fed once the map nears its zoom
  const tiers = useMemo(
    () =>
      places &&
      splitByWeight(
        placesToGeoJson(places, LABEL_MIN_POPULATION),
        PLACE_LABEL_TIERS.map((t) => t.minWeight),
      ),
    [places],
  );
  const tiersNeeded = useTiersNeeded();
  const labelTiers = useMemo(
    () =>
      tiers && Object.fromEntries(tiers.slice(0, tiersNeeded).map((tier, i) => [placeTierSource(i), tier])),
    [tiers, tiersNeeded],
  );
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
