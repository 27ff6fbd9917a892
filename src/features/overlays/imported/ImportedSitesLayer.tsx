/** Feeds imported sites into their map source and provides the diamond icon (hover and click: importedOverlay). */
import { useEffect, useMemo } from 'react';
import { useMap } from '../../map/mapHandle.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import {
  IMPORTED_ICON,
  IMPORTED_SOURCE,
  diamondIcon,
  importedFeatures,
  type ImportedPoint,
} from './importedOverlay.ts';

export function ImportedSitesLayer({ sites }: { sites: readonly ImportedPoint[] }) {
  const map = useMap();
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
    addIcon();
    map.on('styleimagemissing', onMissing);
    return () => void map.off('styleimagemissing', onMissing);
  }, [map]);

  return null;
}
