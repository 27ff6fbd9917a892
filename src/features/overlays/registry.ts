/**
 * Every overlay Gridscout can draw, in the order the layers panel lists them (within each group).
 * To add an overlay: write its folder (see README.md here) and add one line below; the layers panel,
 * the map (style, data, visibility, opacity) and hover/click/details pick it up from this list.
 */
import { COUNTRY_INDICATOR_OVERLAYS } from './context/countryIndicatorOverlays.ts';
import { landingPointsOverlay } from './context/landingPointsOverlay.ts';
import { cloudRegionsOverlay } from './cloudRegions/cloudRegionsOverlay.ts';
import { miningOverlay } from './mining/miningOverlay.ts';
import type { Overlay, OverlayId } from './overlay.ts';
import { plantsOverlay } from './plants/plantsOverlay.ts';
import { priceBasisOverlay } from './priceBasis/priceBasisOverlay.ts';
import { tariffsOverlay } from './tariffs/tariffsOverlay.ts';
import { suitabilityOverlay } from './suitability/suitabilityOverlay.ts';
import { capacityDensityOverlay, temperatureOverlay } from './grid/gridLayerOverlays.ts';
import { importedOverlay } from './imported/importedOverlay.ts';
import { queuePressureOverlay } from './context/queuePressureOverlay.ts';
import { transmissionOverlay } from './transmission/transmissionOverlay.ts';

export const OVERLAYS: readonly Overlay[] = [
  suitabilityOverlay,
  tariffsOverlay,
  priceBasisOverlay,
  plantsOverlay,
  transmissionOverlay,
  queuePressureOverlay,
  capacityDensityOverlay,
  miningOverlay,
  temperatureOverlay,
  ...COUNTRY_INDICATOR_OVERLAYS,
  landingPointsOverlay,
  cloudRegionsOverlay,
  importedOverlay,
];

export const overlayById = (id: OverlayId): Overlay | undefined => OVERLAYS.find((o) => o.id === id);

/** The overlay that declares a map layer, by layer id. */
export const OVERLAY_OF_LAYER: ReadonlyMap<string, Overlay> = new Map(
  OVERLAYS.flatMap((o) => o.style.layers.map((l) => [l.layer.id, o] as const)),
);

export const OVERLAY_STYLE_PARTS = OVERLAYS.map((o) => ({
  sources: o.style.sources,
  layers: o.style.layers.map((l) => ({
    ...l,
    layer: {
      ...l.layer,
      layout: { ...(l.layer.layout ?? {}), visibility: o.defaultVisible ? 'visible' : 'none' },
    },
  })) as typeof o.style.layers,
}));
