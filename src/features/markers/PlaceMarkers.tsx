/**
 * Puts the place markers on the map (style: markerStyle.ts, mounted once by App): the best sites of the last run,
 * the selected place and the shortlisted places. Hovering a best-site marker highlights its list row (and the
 * marker); hovering a row does the same through the markers store; hovering a shortlist marker shows its name.
 */
import { useEffect, useMemo } from 'react';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { useMap } from '../map/mapHandle.ts';
import { useGeoJsonSource } from '../map/useGeoJsonSource.ts';
import { bestSiteFeatures, selectedFeatures, shortlistFeatures } from './markerFeatures.ts';
import { MARKER_LAYERS, MARKER_SOURCES } from './markerStyle.ts';
import { useMarkersStore } from './markersStore.ts';
import './markers.css';

export interface PlaceMarkersProps {
  /** The shortlisted places (App reads them from the shortlist, a feature beside this one). */
  shortlisted: readonly { name: string; lon: number; lat: number }[];
}

const idOf = (e: MapLayerMouseEvent): number | null => {
  const id = e.features?.[0]?.id;
  return typeof id === 'number' ? id : null;
};

export function PlaceMarkers({ shortlisted }: PlaceMarkersProps) {
  const map = useMap();
  const bestSites = useMarkersStore((s) => s.bestSites);
  const highlighted = useMarkersStore((s) => s.highlighted);
  const selection = useSelectionStore((s) => s.selection);

  const best = useMemo(() => bestSiteFeatures(bestSites), [bestSites]);
  const selected = useMemo(() => selectedFeatures(selection), [selection]);
  const shortlist = useMemo(() => shortlistFeatures(shortlisted), [shortlisted]);
  useGeoJsonSource(MARKER_SOURCES.best, best);
  useGeoJsonSource(MARKER_SOURCES.selected, selected);
  useGeoJsonSource(MARKER_SOURCES.shortlist, shortlist);

  // The highlighted best site's marker, by feature-state (id = rank).
  useEffect(() => {
    if (!map) return;
    map.removeFeatureState({ source: MARKER_SOURCES.best });
    if (highlighted !== null)
      map.setFeatureState({ source: MARKER_SOURCES.best, id: highlighted }, { highlight: true });
  }, [map, best, highlighted]);

  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    const onBest = (e: MapLayerMouseEvent) => useMarkersStore.getState().highlight(idOf(e));
    const offBest = () => useMarkersStore.getState().highlight(null);
    let hovered: number | null = null;
    const setHovered = (id: number | null) => {
      if (hovered === id) return;
      if (hovered !== null)
        map.setFeatureState({ source: MARKER_SOURCES.shortlist, id: hovered }, { hover: false });
      hovered = id;
      if (id !== null) map.setFeatureState({ source: MARKER_SOURCES.shortlist, id }, { hover: true });
    };
    const onShortlist = (e: MapLayerMouseEvent) => {
      setHovered(idOf(e));
      canvas.style.cursor = 'pointer';
    };
    const offShortlist = () => setHovered(null);
    map.on('mousemove', MARKER_LAYERS.best, onBest);
    map.on('mouseleave', MARKER_LAYERS.best, offBest);
    map.on('mousemove', MARKER_LAYERS.shortlist, onShortlist);
    map.on('mouseleave', MARKER_LAYERS.shortlist, offShortlist);
    return () => {
      map.off('mousemove', MARKER_LAYERS.best, onBest);
      map.off('mouseleave', MARKER_LAYERS.best, offBest);
      map.off('mousemove', MARKER_LAYERS.shortlist, onShortlist);
      map.off('mouseleave', MARKER_LAYERS.shortlist, offShortlist);
    };
  }, [map]);

  return null;
}
