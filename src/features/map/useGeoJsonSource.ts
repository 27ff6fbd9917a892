/** Feeds data into a GeoJSON source once the map is ready, and again whenever the data changes. */
import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useMap } from './mapHandle.ts';

export function useGeoJsonSource(sourceId: string, data: GeoJSON.GeoJSON | undefined): void {
  const map = useMap();
  useEffect(() => {
    if (!map || !data) return;
    (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
  }, [map, sourceId, data]);
}
