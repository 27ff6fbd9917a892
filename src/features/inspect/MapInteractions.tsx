/** Hover and click on the map: the topmost interactive feature answers, else the clicked point is selected. */
import { useEffect } from 'react';
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { useMapStore } from '../map/mapStore.ts';
import { LANDING_LAYER } from '../overlays/context/landingPointsOverlay.ts';
import {
  carbonOverlay,
  hazardOverlay,
  waterStressOverlay,
} from '../overlays/context/countryIndicatorOverlays.ts';
import { MINING_LAYERS } from '../overlays/mining/miningOverlay.ts';
import { IMPORTED_LAYER } from '../overlays/imported/importedOverlay.ts';
import { PLANT_LAYERS } from '../overlays/plants/plantsOverlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { TARIFF_LAYERS } from '../overlays/tariffs/tariffsOverlay.ts';
import { useSourceIndex } from '../sources/useSources.ts';
import {
  describeCountryIndicator,
  describeMiningSite,
  describePlant,
  describeRegion,
  type Description,
} from './describeFeature.ts';
import { useSelectionStore, type Selection } from '../../shared/selectionStore.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { scorePlace } from '../scoring/placeScore.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { useSurfaceStore } from '../scoring/surfaceStore.ts';
import { decodeLayerValue, findCellIndex, STAGE_LABELS } from '../../domain/index.ts';
import { GRID_LAYER_OVERLAYS } from '../overlays/grid/gridLayerOverlays.ts';

/** Values of the visible grid-layer overlays (capacity, temperature) in the cell under the pointer. */
function describeGridLayers(lon: number, lat: number, visible: Record<string, boolean>): Description | null {
  const grid = useGridStore.getState().grid;
  const shown = GRID_LAYER_OVERLAYS.filter((o) => visible[o.id]);
  if (!grid || shown.length === 0) return null;
  const index = findCellIndex(grid, lat, lon);
  if (index < 0) return null;
  return {
    title: `${lat.toFixed(2)}, ${lon.toFixed(2)}`,
    lines: shown.map((o) => {
      const value = decodeLayerValue(grid, o.gridLayer, index);
      const info = grid.layerInfo.get(o.gridLayer);
      return `${o.label}: ${value === null ? 'no data' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${info?.unit ?? ''}`}`;
    }),
  };
}

/** The suitability surface under the pointer, as text. */
function describeSurface(lon: number, lat: number): Description | null {
  const grid = useGridStore.getState().grid;
  if (!grid) return null;
  const place = scorePlace(
    grid,
    useScoringStore.getState().config,
    lon,
    lat,
    useSurfaceStore.getState().summary?.histogram,
  );
  if (!place) return null;
  const { result } = place;
  const ttp = result.timeToPower;
  const headline =
    result.status === 'scored'
      ? `Suitability ${result.rounded} / 100`
      : result.status === 'excluded'
        ? `Excluded: ${result.excludedBy.map((v) => v.label).join(', ')}`
        : result.status === 'incomplete'
          ? `Incomplete: no data for ${result.missing.join(', ')}`
          : 'No criterion weighted';
  return {
    title: headline,
    lines: [
      ttp.months === null
        ? 'Time to power: unknown'
        : `Time to power: ${ttp.months.toFixed(0)} months (${ttp.stage ? STAGE_LABELS[ttp.stage] : ''})`,
      'Click for the breakdown',
    ],
  };
}

const INDICATOR_LAYERS: Record<string, 'carbonIntensity' | 'waterStress' | 'hazard'> = {
  [`${carbonOverlay.id}-fill`]: 'carbonIntensity',
  [`${waterStressOverlay.id}-fill`]: 'waterStress',
  [`${hazardOverlay.id}-fill`]: 'hazard',
};

export function MapInteractions() {
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);
  const visible = useLayersStore((s) => s.visible);
  const sector = useLayersStore((s) => s.tariffSector);
  const sources = useSourceIndex();

  useEffect(() => {
    if (!map || !ready) return;
    const layers = OVERLAYS.filter((o) => visible[o.id]).flatMap((o) => o.interactiveLayers);
    const topFeature = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
      layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;

    const describe = (f: MapGeoJSONFeature): Description | null => {
      const data = useDatasetStore.getState().data;
      const p = f.properties ?? {};
      const layer = f.layer.id;
      if (layer === MINING_LAYERS.site || layer === MINING_LAYERS.town)
        return describeMiningSite(String(p.id), data);
      if (layer === PLANT_LAYERS.points) return describePlant(Number(p.i), data);
      if (layer === PLANT_LAYERS.clusters)
        return {
          title: `${p.point_count} power plants`,
          lines: [`${Math.round(Number(p.mw))} MW in total`, 'Zoom in to see each plant'],
        };
      if (layer === IMPORTED_LAYER)
        return { title: String(p.name), lines: ['Imported candidate site', 'Click for its score'] };
      if (layer === LANDING_LAYER)
        return {
          title: String(p.name),
          lines: ['Submarine cable landing point', `${p.n_cables ?? '?'} cables`],
        };
      if (layer === TARIFF_LAYERS.country || layer === TARIFF_LAYERS.subnational)
        return describeRegion(p, sector, sources);
      if (INDICATOR_LAYERS[layer])
        return describeCountryIndicator(String(p.iso3), INDICATOR_LAYERS[layer], data, sources);
      return null;
    };

    const toSelection = (f: MapGeoJSONFeature | undefined, e: MapMouseEvent): Selection => {
      const p = f?.properties ?? {};
      const layer = f?.layer.id;
      if (layer === MINING_LAYERS.site || layer === MINING_LAYERS.town)
        return { kind: 'mining-site', id: String(p.id) };
      if (layer === PLANT_LAYERS.points) return { kind: 'plant', index: Number(p.i) };
      if (layer === IMPORTED_LAYER && f?.geometry.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates;
        return { kind: 'point', lon, lat, label: String(p.name), origin: 'import' };
      }
      if (layer === LANDING_LAYER && f?.geometry.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates;
        return { kind: 'landing-point', name: String(p.name), lon, lat, properties: p };
      }
      return { kind: 'point', lon: e.lngLat.lng, lat: e.lngLat.lat };
    };

    const onMove = (e: MapMouseEvent) => {
      const f = topFeature(e);
      const { lng, lat } = e.lngLat;
      const description = f
        ? describe(f)
        : (describeGridLayers(lng, lat, visible) ?? (visible.suitability ? describeSurface(lng, lat) : null));
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      useSelectionStore
        .getState()
        .setHover(description ? { x: e.point.x, y: e.point.y, ...description } : null);
    };
    const onLeave = () => useSelectionStore.getState().setHover(null);
    const onClick = (e: MapMouseEvent) => {
      const f = topFeature(e);
      if (f?.layer.id === PLANT_LAYERS.clusters) {
        map.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 });
        return;
      }
      useSelectionStore.getState().select(toSelection(f, e));
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [map, ready, visible, sector, sources]);

  return null;
}
