/** Feeds imported sites into their map source and provides the diamond icon (hover and click: MapInteractions). */
import { useEffect, useMemo } from 'react';
import { useMapStore } from '../../map/mapStore.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import {
  IMPORTED_ICON,
  IMPORTED_SOURCE,
  diamondIcon,
  importedFeatures,
  type ImportedPoint,
} from './importedOverlay.ts';

export function ImportedSitesLayer({ sites }: { sites: readonly ImportedPoint[] }) {
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);
  useGeoJsonSource(
    IMPORTED_SOURCE,
    useMemo(() => importedFeatures(sites), [sites]),
  );

  useEffect(() => {
    if (!map) return;
    const addIcon = () => {
      if (!map.hasImage(IMPORTED_ICON)) map.addImage(IMPORTED_ICON, diamondIcon(), { pixelRatio: 1 });
    };
    const onMissing = (e: { id: string }) => {
      if (e.id === IMPORTED_ICON) addIcon();
    };
    if (ready) addIcon();
    map.on('styleimagemissing', onMissing);
    return () => void map.off('styleimagemissing', onMissing);
  }, [map, ready]);

  return null;
}
