/**
 * Town labels: the full gazetteer (data/gazetteer.json, not first view; its loader comes from App, since `places`
 * sits beside `map`) is loaded the first time the map reaches TOWN_LABEL_MIN_ZOOM. Then the towns around the view
 * (townAreaAround) go to the towns source, again whenever the view leaves that area or crosses zoom 8 (below it
 * only towns of TOWN_MIN_POPULATION_Z6 or more are labelled, so no smaller town is sent). A failed load leaves
 * towns unlabelled; the loader keeps the failure (useGazetteerError) for whoever shows it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import { BASEMAP_SOURCES, TOWN_LABEL_MIN_ZOOM, TOWN_MIN_POPULATION_Z6 } from './layers/basemap.ts';
import { areaContains, townAreaAround, townsToGeoJson, type TownArea } from './layers/townsGeoJson.ts';
import { getMap, onViewChange } from './mapHandle.ts';
import { useGeoJsonSource } from './useGeoJsonSource.ts';

interface Feed {
  area: TownArea;
  minPopulation: number;
}

export function useTownLabels(
  loadTowns: (() => Promise<Gazetteer>) | undefined,
  belowPopulation: number | undefined,
): void {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [feed, setFeed] = useState<Feed | null>(null);
  useEffect(() => {
    if (!loadTowns) return;
    let requested = false;
    const stop = onViewChange((view) => {
      if (view.zoom < TOWN_LABEL_MIN_ZOOM) return;
      if (!requested) {
        requested = true;
        loadTowns().then(setGazetteer, () => (requested = false));
      }
      const b = getMap()?.getBounds();
      if (!b) return;
      const bounds: TownArea = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const minPopulation = view.zoom < 8 ? TOWN_MIN_POPULATION_Z6 : 0;
      setFeed((old) =>
        old && old.minPopulation === minPopulation && areaContains(old.area, bounds)
          ? old
          : { area: townAreaAround(bounds), minPopulation },
      );
    });
    return stop;
  }, [loadTowns]);
  const towns = useMemo(
    () =>
      gazetteer && feed && belowPopulation !== undefined
        ? townsToGeoJson(gazetteer, belowPopulation, feed.area, feed.minPopulation)
        : undefined,
    [gazetteer, feed, belowPopulation],
  );
  useGeoJsonSource(BASEMAP_SOURCES.towns, towns);
}
