/**
 * The suitability surface: the whole grid scored under the current weights, drawn by the scoring
 * worker as one Web Mercator image. Recolouring replaces the image, never the geometry.
 * Its data comes from the scoring feature (scoring/SurfaceController.tsx, mounted by the app), which
 * sits above the overlays; so does the live score its hover read-out shows (`ctx.scoreAt`).
 */
import { MERCATOR_IMAGE_COORDINATES, SCORE_RAMP, SPECIAL_COLORS } from '../../../domain/index.ts';
import type { Overlay } from '../overlay.ts';
import { describeScore } from './describeScore.ts';

export const SURFACE_SOURCE = 'suitability-surface';
export const SURFACE_LAYER = 'suitability-surface-raster';

const hex = (rgb: readonly number[]) =>
  `#${rgb
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

export const suitabilityOverlay: Overlay = {
  id: 'suitability',
  label: 'Suitability score',
  group: 'Scoring',
  defaultVisible: true,
  description:
    'Every 0.25° land cell scored 0–100 for fast AI data-center buildout under the weights, constraints and assumptions in the Score tab.',
  style: {
    sources: {
      // Starts as a transparent pixel from the app's own files: an image source without an image would
      // keep the map from ever reporting itself loaded.
      [SURFACE_SOURCE]: {
        type: 'image',
        url: `${import.meta.env.BASE_URL}transparent.png`,
        coordinates: MERCATOR_IMAGE_COORDINATES,
      },
    },
    layers: [
      {
        order: 130,
        layer: {
          id: SURFACE_LAYER,
          type: 'raster',
          source: SURFACE_SOURCE,
          paint: { 'raster-opacity': 0.85, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
        },
      },
    ],
  },
  opacity: [[SURFACE_LAYER, 'raster-opacity', 0.85]],
  interactiveLayers: [],
  describeAt: (lon, lat, ctx) => {
    const result = ctx.scoreAt?.(lon, lat);
    return result ? describeScore(result) : null;
  },
  legend: {
    kind: 'categories',
    items: [
      ...SCORE_RAMP.map((s) => ({
        color: hex(s.color),
        label: `Score ${s.score}`,
        shape: 'square' as const,
      })),
      {
        color: hex(SPECIAL_COLORS.incomplete),
        label: 'Incomplete: missing data for a weighted criterion',
        shape: 'square' as const,
      },
      { color: hex(SPECIAL_COLORS.excluded), label: 'Excluded by a constraint', shape: 'square' as const },
    ],
  },
  sourceIds: (data) => [...new Set(data.gridManifest?.layers.flatMap((l) => l.sourceIds) ?? [])].sort(),
};
