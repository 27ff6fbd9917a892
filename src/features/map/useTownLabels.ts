/**
 * Town labels: the full gazetteer (data/gazetteer.json, not first view; its loader comes from App, since `places`
 * sits beside `map`) is loaded the first time the map reaches
 * TOWN_LABEL_MIN_ZOOM, then fed to the towns source once. A failed load leaves towns unlabelled; the loader
 * keeps the failure (useGazetteerError) for whoever shows it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import { BASEMAP_SOURCES, TOWN_LABEL_MIN_ZOOM } from './layers/basemap.ts';
import { townsToGeoJson } from './layers/townsGeoJson.ts';
import { onViewChange } from './mapHandle.ts';
import { useGeoJsonSource } from './useGeoJsonSource.ts';

export function useTownLabels(
  loadTowns: (() => Promise<Gazetteer>) | undefined,
  belowPopulation: number | undefined,
): void {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  useEffect(() => {
    if (!loadTowns) return;
    let done = false;
    const stop = onViewChange((view) => {
      if (done || view.zoom < TOWN_LABEL_MIN_ZOOM) return;
      done = true;
      loadTowns().then(setGazetteer, () => (done = false));
    });
    return stop;
  }, [loadTowns]);
  const towns = useMemo(
    () =>
      gazetteer && belowPopulation !== undefined ? townsToGeoJson(gazetteer, belowPopulation) : undefined,
    [gazetteer, belowPopulation],
  );
  useGeoJsonSource(BASEMAP_SOURCES.towns, towns);
}
