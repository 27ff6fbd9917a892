/**
 * An overlay is one module: how it is drawn (sources and layers with draw order), its legend and sources,
 * the data it needs and the component that feeds its map sources, what its features say on hover and
 * become on click, and its details card. The layers panel, the map and the inspector only loop over the
 * registry (see README.md in this folder).
 */
import type { ComponentType } from 'react';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { DatasetKey, Datasets } from '../../data/datasetStore.ts';
import type { Source } from '../../data/schemas.ts';
import type { PointScore, ScoringGrid } from '../../domain/index.ts';
import type { PlaceOrigin, Selection } from '../../shared/selectionStore.ts';
import type { StylePart } from '../map/mapStyle.ts';

export type OverlayId =
  | 'tariffs'
  | 'price-basis'
  | 'power-plants'
  | 'transmission'
  | 'queue-pressure'
  | 'capacity-density'
  | 'mining-sites'
  | 'temperature'
  | 'carbon'
  | 'water-stress'
  | 'hazard'
  | 'landing-points'
  | 'cloud-regions'
  | 'suitability'
  | 'imported-sites';

export type LegendSpec =
  | { kind: 'ramp'; unit: string; stops: { value: number; color: string; label: string }[]; noData?: string }
  | { kind: 'categories'; items: { color: string; label: string; shape?: 'circle' | 'ring' | 'square' }[] };

/** Plain text for the hover tooltip (rendered as text, never HTML). */
export interface Description {
  title: string;
  lines: string[];
}

/** What an overlay's hover and click code may read, gathered by the inspector at event time. */
export interface OverlayContext {
  data: Partial<Datasets>;
  /** data/sources.json by id. */
  sources: Map<string, Source>;
  /** The analysis grid once loaded. */
  grid: ScoringGrid | null;
  /**
   * The live suitability score of a place under the current scoring settings. It comes from the scoring
   * feature, which sits above the overlays: the app supplies it.
   */
  scoreAt?: (lon: number, lat: number) => PointScore | null;
}

/** How a place shown in a card is named and where it came from (for the shortlist). */
export interface PlaceTarget {
  name: string;
  origin: PlaceOrigin;
  refId?: string;
}

/** The facts every selected place shows (shortlist button, score card, region and power price). */
export type PlaceFacts = ComponentType<{ lon: number; lat: number; target?: PlaceTarget }>;

export interface OverlayDetails {
  /** True for the selections this overlay's `toSelection` makes. */
  owns: (selection: Selection) => boolean;
  /** The card; renders `PlaceFacts` where the place's shared facts belong. */
  Card: ComponentType<{ selection: Selection; PlaceFacts: PlaceFacts }>;
}

/** Datasets loaded on demand (the grid manifest comes with the grid). */
export type LazyDatasetKey = Exclude<DatasetKey, 'gridManifest'>;

export interface Overlay {
  id: OverlayId;
  label: string;
  group: 'Power' | 'Mining' | 'Context' | 'Scoring';
  defaultVisible: boolean;
  description: string;
  style: StylePart;
  /** Paint properties scaled by the overlay's opacity slider: [layer id, property, full opacity]. */
  opacity: [string, string, number][];
  legend: LegendSpec;
  /** Ids in data/sources.json behind this overlay; a function when they depend on the loaded data. */
  sourceIds: string[] | ((data: Partial<Datasets>) => string[]);

  /** Datasets to load the first time the overlay is shown. */
  datasets?: LazyDatasetKey[];
  /**
   * Mounted from the first time the overlay is shown (layers/OverlayData.tsx) for the app's lifetime: feeds the
   * overlay's map sources from its data and applies its options
   * (filters, colours). An overlay fed by a feature above the overlays (the suitability surface by scoring,
   * imported sites by import) leaves it out; the app mounts that feeder.
   */
  Data?: ComponentType<{ visible: boolean }>;
  /** Controls shown under the overlay in the layers panel while it is visible. */
  Options?: ComponentType;

  /** Own layers whose features answer hover and click. */
  interactiveLayers: string[];
  /** Hover text for one of its features. */
  describe?: (feature: MapGeoJSONFeature, ctx: OverlayContext) => Description | null;
  /** What clicking one of its features selects; null selects the clicked point. */
  toSelection?: (feature: MapGeoJSONFeature, ctx: OverlayContext) => Selection | null;
  /** Handles a click on one of its features itself (true: no selection is made). */
  onClick?: (feature: MapGeoJSONFeature, at: { lon: number; lat: number; map: MapLibreMap }) => boolean;
  /** Hover text at a point, for overlays drawn as images (no features to query). */
  describeAt?: (lon: number, lat: number, ctx: OverlayContext) => Description | null;
  /** The details card for the selections it makes. */
  details?: OverlayDetails;
}

/** Every map layer id an overlay owns (visibility toggles all of them). */
export const overlayLayerIds = (overlay: Overlay): string[] => overlay.style.layers.map((l) => l.layer.id);

export const overlaySourceIds = (overlay: Overlay, data: Partial<Datasets>): string[] =>
  typeof overlay.sourceIds === 'function' ? overlay.sourceIds(data) : overlay.sourceIds;

/** The highest draw order among an overlay's layers: which overlay is on top. */
export const overlayTopOrder = (overlay: Overlay): number =>
  Math.max(...overlay.style.layers.map((l) => l.order));
