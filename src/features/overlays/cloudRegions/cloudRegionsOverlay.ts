/**
 * Public-cloud regions (dgl/cloud-regions, July 2022, ODbL 1.0): the hyperscale ones the "Distance to a cloud
 * region" criterion measures to (AWS, Azure, Google Cloud, Oracle), and the small clouds (Linode, Vultr) as rings.
 */
import { useMemo } from 'react';
import { CLOUD_PROVIDER_LABELS, type CloudRegionsFile } from '../../../contract/cloudRegions.ts';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import type { Overlay } from '../overlay.ts';

export const CLOUD_SOURCE = 'cloud-regions';
export const CLOUD_LAYER = 'cloud-regions-circles';
const HYPERSCALE_COLOR = '#7c3aed';
const SMALL_COLOR = '#a78bfa';

export function cloudRegionFeatures(file: CloudRegionsFile): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: file.regions.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: {
        provider: CLOUD_PROVIDER_LABELS[r.provider],
        region: r.region,
        name: r.name,
        hyperscale: r.hyperscale,
      },
    })),
  };
}

function CloudRegionsData() {
  const file = useDatasetStore((s) => s.data.cloudRegions);
  const features = useMemo(() => (file ? cloudRegionFeatures(file) : undefined), [file]);
  useGeoJsonSource(CLOUD_SOURCE, features);
  return null;
}

export const cloudRegionsOverlay: Overlay = {
  id: 'cloud-regions',
  label: 'Cloud regions',
  group: 'Context',
  defaultVisible: false,
  description:
    'Public-cloud regions in July 2022 (dgl/cloud-regions, ODbL 1.0, share-alike; © OpenStreetMap contributors). ' +
    'Locations are city-level, not data-centre sites. Filled: AWS, Azure, Google Cloud, Oracle (the ones the ' +
    '"Distance to a cloud region" criterion measures to); rings: Linode and Vultr.',
  style: {
    sources: { [CLOUD_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        order: 335,
        layer: {
          id: CLOUD_LAYER,
          type: 'circle',
          source: CLOUD_SOURCE,
          paint: {
            'circle-color': ['case', ['get', 'hyperscale'], HYPERSCALE_COLOR, 'rgba(0,0,0,0)'],
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3, 8, 7],
            'circle-opacity': 0.9,
            'circle-stroke-color': ['case', ['get', 'hyperscale'], '#f5f3ff', SMALL_COLOR],
            'circle-stroke-width': ['case', ['get', 'hyperscale'], 1, 2],
          },
        },
      },
    ],
  },
  opacity: [[CLOUD_LAYER, 'circle-opacity', 0.9]],
  datasets: ['cloudRegions'],
  Data: CloudRegionsData,
  interactiveLayers: [CLOUD_LAYER],
  describe: (f) => {
    const p = f.properties ?? {};
    return {
      title: `${String(p.provider)} ${String(p.region)}`,
      lines: [
        String(p.name),
        p.hyperscale === true || p.hyperscale === 'true'
          ? 'Hyperscale cloud region (city-level location, 2022)'
          : 'Small cloud region, not counted by the criterion (2022)',
        'dgl/cloud-regions, ODbL 1.0',
      ],
    };
  },
  legend: {
    kind: 'categories',
    items: [
      { color: HYPERSCALE_COLOR, label: 'AWS, Azure, Google Cloud, Oracle region', shape: 'circle' },
      { color: SMALL_COLOR, label: 'Linode or Vultr region', shape: 'ring' },
    ],
  },
  sourceIds: (data) => (data.cloudRegions ? [data.cloudRegions.sourceId] : []),
};
