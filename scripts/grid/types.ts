/** Shared types of the grid builder: its inputs, the rasterised land cells, and what a layer family returns. */
import type { CloudRegion } from '../../src/contract/cloudRegions.ts';
import type { CountryIndicators, MiningSite, RegionProps } from '../../src/data/schemas.ts';
import type { LandingPoint } from '../landing-points.ts';
import type { WholesalePrice } from '../wholesale.ts';
import type { NeAdmin1, NeCountry } from '../natural-earth.ts';
import type { Place } from '../places.ts';
import type { StateIso } from '../grid-truth/queueRegion.ts';
import type { PlantRecord } from '../grid-truth/records.ts';
import type { TransmissionData } from '../grid-truth/transmission.ts';
import type { ClimateGrid } from './climate.ts';
import type { LayerSpec } from './quantize.ts';

export interface GridInputs {
  admin0: NeCountry[];
  admin1: NeAdmin1[];
  countryProps: RegionProps[]; // same order as admin0
  admin1Props: RegionProps[]; // same order as admin1
  /** The merged plant set (GEM + EIA-860M + GPPD, de-duplicated), every status class. */
  plants: PlantRecord[];
  /** Substations, lines and coverage (grid-truth/transmission.ts). */
  transmission: TransmissionData;
  /** US states and the ISO whose queue evidence applies (grid-truth/queueRegion.ts). */
  queueStates: StateIso[];
  places: Place[]; // all gazetteer places (>= 1,000)
  sites: MiningSite[];
  landing: LandingPoint[];
  /** Located cloud regions (cloud_regions.json); the hyperscale ones feed cloud_region_km. */
  cloudRegions: CloudRegion[];
  climate: ClimateGrid;
  indicators: CountryIndicators[];
  tariffSourceIds: string[];
  /** Day-ahead wholesale price by ISO3 country (scripts/wholesale.ts). */
  wholesale: ReadonlyMap<string, WholesalePrice>;
}

/** The land cells, in ascending cell id order, and what each one belongs to. */
export interface GridCells {
  n: number;
  cells: Uint32Array;
  /** Index into inputs.admin0. */
  countryOf: Int32Array;
  /** Index into inputs.admin1, -1 = none. */
  regionOf: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Sorted ISO3 codes of the land cells' countries (manifest.countries). */
  countries: string[];
  /** Sorted admin-1 codes (manifest.regions). */
  regions: string[];
}

/** One layer before quantisation: NaN = no data. */
export interface LayerValues {
  spec: LayerSpec;
  values: Float64Array;
}

/** A group of layers computed together (e.g. the three energized_site_* layers from one nearest-site query). */
export type LayerFamily = (inp: GridInputs, cells: GridCells, log: (m: string) => void) => LayerValues[];

export const nanArray = (n: number): Float64Array => new Float64Array(n).fill(NaN);
