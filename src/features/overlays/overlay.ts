/**
 * An overlay is data: the sources and layers it adds (with draw order), the map layers it
 * controls, its legend and the dataset sources behind it. The map only mounts them.
 */
import type { Datasets } from '../../data/datasetStore.ts';
import type { StylePart } from '../map/mapStyle.ts';

export type OverlayId =
  | 'tariffs'
  | 'power-plants'
  | 'capacity-density'
  | 'mining-sites'
  | 'temperature'
  | 'carbon'
  | 'water-stress'
  | 'hazard'
  | 'landing-points'
  | 'suitability'
  | 'imported-sites';

export type LegendSpec =
  | { kind: 'ramp'; unit: string; stops: { value: number; color: string; label: string }[]; noData?: string }
  | { kind: 'categories'; items: { color: string; label: string; shape?: 'circle' | 'ring' | 'square' }[] };

export interface Overlay {
  id: OverlayId;
  label: string;
  group: 'Power' | 'Mining' | 'Context' | 'Scoring';
  defaultVisible: boolean;
  style: StylePart;
  /** Paint properties scaled by the overlay's opacity slider: [layer id, property, full opacity]. */
  opacity: [string, string, number][];
  /** Layers whose features answer hover and click. */
  interactiveLayers: string[];
  legend: LegendSpec;
  /** Ids in data/sources.json behind this overlay; a function when they depend on the loaded data. */
  sourceIds: string[] | ((data: Partial<Datasets>) => string[]);
  description: string;
}

/** Every map layer id an overlay owns (visibility toggles all of them). */
export const overlayLayerIds = (overlay: Overlay): string[] => overlay.style.layers.map((l) => l.layer.id);

export const overlaySourceIds = (overlay: Overlay, data: Partial<Datasets>): string[] =>
  typeof overlay.sourceIds === 'function' ? overlay.sourceIds(data) : overlay.sourceIds;
