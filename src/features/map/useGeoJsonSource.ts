/** Feeds data into a GeoJSON source once the map is ready, and again whenever the data changes. */
import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useMapStore } from './mapStore.ts';

export function useGeoJsonSource(sourceId: string, data: GeoJSON.GeoJSON | undefined): void {
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);
  useEffect(() => {
    if (!map || !ready || !data) return;
    (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
  }, [map, ready, sourceId, data]);
}
