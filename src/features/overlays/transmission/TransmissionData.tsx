/** Feeds lines and substations into the transmission sources, adds the hatch image and sets the coverage mask. */
import { useEffect, useMemo } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useMap } from '../../map/mapHandle.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import { coverageMaskFilters, substationFeatures } from './transmissionFeatures.ts';
import { HATCH_IMAGE, TRANSMISSION_LAYERS, TRANSMISSION_SOURCES } from './transmissionStyle.ts';

const HATCH = 8;

/** Diagonal grey stripes on transparent: reads as "no data", not as a value. */
function hatchPixels(): Uint8Array {
  const px = new Uint8Array(HATCH * HATCH * 4);
  for (let y = 0; y < HATCH; y++)
    for (let x = 0; x < HATCH; x++) if ((x + y) % HATCH < 2) px.set([82, 82, 91, 200], (y * HATCH + x) * 4);
  return px;
}

export function TransmissionData() {
  const map = useMap();
  const lines = useDatasetStore((s) => s.data.transmissionLines);
  const substations = useDatasetStore((s) => s.data.substations);
  const coverage = useDatasetStore((s) => s.data.transmissionCoverage);

  useGeoJsonSource(TRANSMISSION_SOURCES.lines, lines as GeoJSON.FeatureCollection | undefined);
  useGeoJsonSource(
    TRANSMISSION_SOURCES.substations,
    useMemo(() => substations && substationFeatures(substations), [substations]),
  );

  useEffect(() => {
    if (!map || map.hasImage(HATCH_IMAGE)) return;
    map.addImage(HATCH_IMAGE, { width: HATCH, height: HATCH, data: hatchPixels() });
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const filters = coverageMaskFilters(coverage);
    map.setFilter(TRANSMISSION_LAYERS.maskCountries, filters.countries);
    map.setFilter(TRANSMISSION_LAYERS.maskRegions, filters.regions);
    map.setFilter(TRANSMISSION_LAYERS.maskOutline, filters.regions);
  }, [map, coverage]);

  return null;
}
