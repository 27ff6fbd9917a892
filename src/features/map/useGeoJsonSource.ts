/** Feeds data into GeoJSON sources once the map is ready, and again whenever the data changes. */
import { useEffect, useMemo, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from './mapHandle.ts';

/**
 * Several sources at once: `sources` maps a source id to its data. Only the sources whose data object changed since
 * the last call are set again (setData has MapLibre walk every feature to message its worker), so adding a source to
 * the record does not resend the others. A source left out keeps what it was given.
 */
export function useGeoJsonSources(sources: Readonly<Record<string, GeoJSON.GeoJSON>> | undefined): void {
  const map = useMap();
  const sent = useRef<{ map: MapLibreMap; data: Map<string, GeoJSON.GeoJSON> } | null>(null);
  useEffect(() => {
    if (!map || !sources) return;
    if (sent.current?.map !== map) sent.current = { map, data: new Map() };
    const { data: last } = sent.current;
    for (const [id, data] of Object.entries(sources)) {
      if (last.get(id) === data) continue;
      const source = map.getSource(id) as GeoJSONSource | undefined;
      if (!source) continue;
      source.setData(data);
      last.set(id, data);
    }
  }, [map, sources]);
}

export function useGeoJsonSource(sourceId: string, data: GeoJSON.GeoJSON | undefined): void {
  useGeoJsonSources(useMemo(() => data && { [sourceId]: data }, [sourceId, data]));
}
