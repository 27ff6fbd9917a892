/** Feeds data into GeoJSON sources once the map is ready, and again whenever the data changes. */
import { useEffect, useMemo } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useMap } from './mapHandle.ts';

/** Several sources at once: `sources` maps a source id to its data (memoise it: a new object sets them all again). */
export function useGeoJsonSources(sources: Readonly<Record<string, GeoJSON.GeoJSON>> | undefined): void {
  const map = useMap();
  useEffect(() => {
    if (!map || !sources) return;
    for (const [id, data] of Object.entries(sources))
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  }, [map, sources]);
}

export function useGeoJsonSource(sourceId: string, data: GeoJSON.GeoJSON | undefined): void {
  useGeoJsonSources(useMemo(() => data && { [sourceId]: data }, [sourceId, data]));
}
