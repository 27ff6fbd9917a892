/** Feeds each overlay's data into its map source, loading lazy datasets when an overlay is first shown. */
import { useEffect, useMemo } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { BASEMAP_SOURCES } from '../map/layers/basemap.ts';
import { useMapStore } from '../map/mapStore.ts';
import { useGeoJsonSource } from '../map/useGeoJsonSource.ts';
import { indicatorStates } from './context/countryIndicatorOverlays.ts';
import { LANDING_SOURCE } from './context/landingPointsOverlay.ts';
import { MINING_SOURCE, miningFeatures } from './mining/miningOverlay.ts';
import { PLANTS_SOURCE, plantFeatures } from './plants/plantsOverlay.ts';

export function OverlayData() {
  const { miningSites, powerPlants, landingPoints, indicators, countries } = useDatasetStore((s) => s.data);
  const ensure = useDatasetStore((s) => s.ensure);
  const visible = useLayersStore((s) => s.visible);
  const plantFilter = useLayersStore((s) => s.plantFilter);
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);

  useEffect(() => {
    if (visible['power-plants']) ensure('powerPlants');
    if (visible['landing-points']) ensure('landingPoints');
  }, [visible, ensure]);

  useGeoJsonSource(
    MINING_SOURCE,
    useMemo(() => miningSites && miningFeatures(miningSites), [miningSites]),
  );
  useGeoJsonSource(
    PLANTS_SOURCE,
    useMemo(() => powerPlants && plantFeatures(powerPlants, plantFilter), [powerPlants, plantFilter]),
  );
  useGeoJsonSource(LANDING_SOURCE, landingPoints as GeoJSON.FeatureCollection | undefined);

  // Country indicators live in feature-state on the basemap's country polygons.
  useEffect(() => {
    if (!map || !ready || !indicators || !countries) return;
    const states = indicatorStates(indicators);
    for (const f of countries.features) {
      const state = states.get(f.properties.iso3);
      if (state) map.setFeatureState({ source: BASEMAP_SOURCES.countries, id: f.properties.code }, state);
    }
  }, [map, ready, indicators, countries]);

  return null;
}
