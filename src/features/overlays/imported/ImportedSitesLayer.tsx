/** Feeds the visible imported sites into their map source (drawn as circles; hover and click: importedOverlay). */
import { useMemo } from 'react';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import { IMPORTED_SOURCE, importedFeatures, type ImportedPoint } from './importedOverlay.ts';

export function ImportedSitesLayer({ sites }: { sites: readonly ImportedPoint[] }) {
  useGeoJsonSource(
    IMPORTED_SOURCE,
    useMemo(() => importedFeatures(sites), [sites]),
  );
  return null;
}
