/**
 * What the point evaluator reads: the point and line datasets the app loads (the same records the grid builder
 * used, in the same order), as plain shapes so the domain core needs no schema library. Each is optional: a
 * provider whose dataset is absent (not loaded, failed) leaves its layers at the cell's value.
 */
import type { GridManifest } from '../contract/index.ts';
import type { PlantsFile } from '../contract/plants.ts';
import type { CloudProvider } from '../contract/cloudRegions.ts';
import type { PopulationPoints } from './population.ts';
import type { CoverageFile, SubstationsFile } from '../contract/transmission.ts';
import type { ScoringGrid } from './grid.ts';
import type { LayerId, PlaceValues } from './layerIds.ts';
import type { PolygonFeature } from './regionIndex.ts';
import type { QueryBlock } from './spatial.ts';

export interface TariffLike {
  usdPerKwh: number;
  basis: string;
  sourceId: string;
}

/** A data/regions/*.geojson feature: its code (ISO 3166-2 for admin-1), country and chosen tariff. */
export interface RegionFeatureLike extends PolygonFeature {
  properties: { code: string; iso3: string; tariff: TariffLike | null };
}

interface DatedLike {
  value: number;
  sourceId: string;
}
export interface IndicatorsLike {
  iso3: string;
  carbonIntensity: DatedLike | null;
  waterStress: DatedLike | null;
  hazard: DatedLike | null;
}

export interface PointDatasets {
  /** The grid manifest: layer quantisation and declared sources. */
  manifest: GridManifest;
  /** The loaded grid: per-state lookups of area layers that have no file of their own (queue_region). */
  grid?: ScoringGrid;
  countries?: { features: readonly RegionFeatureLike[] };
  admin1?: { features: readonly RegionFeatureLike[] };
  indicators?: readonly IndicatorsLike[];
  substations?: SubstationsFile;
  coverage?: CoverageFile;
  plants?: PlantsFile;
  /** data/mining_sites.json sites, file order. */
  miningSites?: readonly {
    lon: number;
    lat: number;
    status: string;
    powerMw: number | null;
    powerMwPlanned: number | null;
  }[];
  /** data/landing_points.geojson points, file order. */
  landing?: readonly { lon: number; lat: number }[];
  /** data/cloud_regions.json regions (the hyperscale ones are measured to). */
  cloudRegions?: readonly { lon: number; lat: number; provider: CloudProvider }[];
  /** data/population_points.json: the places population_100km / population_300km sum, as columns. */
  populationPoints?: PopulationPoints;
}

/** The region the point lies in (the polygons the app has), or the cell's when the point is in none. */
export interface AreaAt {
  iso3: string | null;
  /** Admin-1 code, only where the admin-1 polygon and the country polygon agree on the country (as the grid). */
  region: string | null;
  country: RegionFeatureLike['properties'] | null;
  sub: RegionFeatureLike['properties'] | null;
  /** False when no country polygon contains the point (at sea): area layers keep the cell's value. */
  inPolygon: boolean;
}

export interface PointQuery {
  lon: number;
  lat: number;
  /** cosLat(lat) (geo.ts), computed once per point. */
  cos: number;
  /**
   * The block of points being evaluated together (the fine surface's lattice blocks), if any: providers may gather
   * candidates once per block (spatial.ts NearestInBlock, WithinInBlock); the values are the same as without.
   */
  block?: QueryBlock;
  /** Only `values` are read (the fine surface): a provider may leave `sources` out. */
  valuesOnly?: boolean;
  cell: PlaceValues;
  area: AreaAt;
  /** Declared sources of a layer (manifest). */
  declared: (id: LayerId) => readonly string[];
}

export interface PointOutput {
  /** Raw numbers (NaN or null = no data) for numeric layers, labels for categorical ones. */
  values: Partial<Record<LayerId, number | string | null>>;
  /** Sources actually used per layer at this point; a layer left out cites its declared sources. */
  sources?: Partial<Record<LayerId, readonly string[]>>;
}

export interface PointProvider<S> {
  id: string;
  /** Datasets it needs; without one of them its layers keep the cell's value. */
  needs: readonly (keyof PointDatasets)[];
  layers: readonly LayerId[];
  prepare(d: PointDatasets): S;
  at(state: S, q: PointQuery): PointOutput | null;
}
