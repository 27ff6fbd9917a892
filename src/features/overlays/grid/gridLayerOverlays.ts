/**
 * Overlays drawn from one analysis-grid layer: generation capacity within 50 km and mean annual
 * temperature. Each is an image source redrawn from the grid on the main thread when first shown.
 */
import type { ClassBreak, Rgba } from '../../../domain/index.ts';
import { MERCATOR_IMAGE_COORDINATES } from '../../../domain/index.ts';
import type { Overlay, OverlayId } from '../overlay.ts';
import { describeGridLayerAt, gridLayerData, type GridImageSpec } from './gridLayerImage.ts';

export type GridLayerOverlay = Overlay & GridImageSpec;

const hex = (c: Rgba) =>
  `#${c
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
const NO_DATA: Rgba = [190, 190, 190, 160];

function gridLayerOverlay(spec: {
  id: OverlayId;
  label: string;
  group?: Overlay['group'];
  gridLayer: string;
  unit: string;
  order: number;
  description: string;
  breaks: ClassBreak[];
  digits: number;
}): GridLayerOverlay {
  const source = `${spec.id}-image`;
  const layer = `${spec.id}-raster`;
  const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: spec.digits });
  const image: GridImageSpec = {
    label: spec.label,
    gridLayer: spec.gridLayer,
    breaks: spec.breaks,
    noData: NO_DATA,
    sourceName: source,
  };
  return {
    ...image,
    id: spec.id,
    group: spec.group ?? 'Context',
    defaultVisible: false,
    description: spec.description,
    Data: gridLayerData(image),
    describeAt: (lon, lat, ctx) => describeGridLayerAt(image, ctx.grid, lon, lat),
    style: {
      sources: {
        [source]: {
          type: 'image',
          url: `${import.meta.env.BASE_URL}transparent.png`,
          coordinates: MERCATOR_IMAGE_COORDINATES,
        },
      },
      layers: [
        {
          order: spec.order,
          layer: {
            id: layer,
            type: 'raster',
            source,
            paint: { 'raster-opacity': 0.8, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
          },
        },
      ],
    },
    opacity: [[layer, 'raster-opacity', 0.8]],
    interactiveLayers: [],
    legend: {
      kind: 'ramp',
      unit: spec.unit,
      stops: spec.breaks.map((b, i) => ({
        value: b.value,
        color: hex(b.color),
        label:
          i === 0
            ? `< ${fmt(spec.breaks[1].value)}`
            : i === spec.breaks.length - 1
              ? `≥ ${fmt(b.value)}`
              : `${fmt(b.value)}–${fmt(spec.breaks[i + 1].value)}`,
      })),
      noData: 'No data',
    },
    sourceIds: (data) => data.gridManifest?.layers.find((l) => l.id === spec.gridLayer)?.sourceIds ?? [],
  };
}

/** Display classes only; values come from data/grid. */
export const capacityDensityOverlay = gridLayerOverlay({
  id: 'capacity-density',
  label: 'Operating generation within 50 km',
  group: 'Power',
  gridLayer: 'grid_capacity_mw',
  unit: 'MW of operating generation within 50 km',
  order: 125,
  digits: 0,
  description:
    'Operating generation capacity within 50 km of each 0.25° cell: GEM trackers, EIA-860M (US) and WRI GPPD where neither lists the plant, de-duplicated. Plants under construction or planned are not counted.',
  breaks: [
    { value: 0, color: [255, 255, 255, 0] },
    { value: 1, color: [254, 240, 217, 200] },
    { value: 100, color: [253, 204, 138, 210] },
    { value: 500, color: [252, 141, 89, 220] },
    { value: 2000, color: [227, 74, 51, 230] },
    { value: 8000, color: [179, 0, 0, 240] },
  ],
});

export const temperatureOverlay = gridLayerOverlay({
  id: 'temperature',
  label: 'Mean temperature',
  gridLayer: 'temperature_mean',
  unit: '°C, annual mean 1991–2020',
  order: 135,
  digits: 0,
  description:
    'Mean annual air temperature, 1991–2020 (NOAA NCEP/NCAR reanalysis, interpolated to the grid).',
  breaks: [
    { value: -60, color: [49, 54, 149, 210] },
    { value: -10, color: [69, 117, 180, 210] },
    { value: 0, color: [145, 191, 219, 210] },
    { value: 8, color: [224, 243, 248, 210] },
    { value: 15, color: [254, 224, 144, 210] },
    { value: 22, color: [252, 141, 89, 210] },
    { value: 27, color: [215, 48, 39, 210] },
  ],
});

export const GRID_LAYER_OVERLAYS = [capacityDensityOverlay, temperatureOverlay] as const;
