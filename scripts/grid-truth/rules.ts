/**
 * The rules of the current plant layer (issue 11) as data: source ids and vintages, fuel and status maps,
 * and the de-duplication table. scripts/README.md explains each choice.
 */
import type { LocationAccuracy, PlantFuel, PlantStatusClass } from '../../src/contract/plants.ts';
import { SRC } from '../source-ids.ts';

export const GEM_TRACKERS = ['coal', 'oil_gas', 'nuclear', 'hydro', 'geothermal', 'bioenergy'] as const;
export type GemTracker = (typeof GEM_TRACKERS)[number];

/** Source ids (data/sources.json) and vintages per GEM tracker, from grid/plants/PROVENANCE.md §1. */
export const GEM_TRACKER_SOURCE: Record<GemTracker, { id: string; vintage: string }> = {
  coal: { id: 'GEM_GCPT_2024_07', vintage: '2024-07' }, // July 2024 release
  oil_gas: { id: 'GEM_GOGPT_2024_08', vintage: '2024-08-29' }, // map-file date
  nuclear: { id: 'GEM_GNPT_2024_07', vintage: '2024-07-17' }, // map-file date
  hydro: { id: 'GEM_GHPT_2024_05', vintage: '2024-05' }, // May 2024 release
  geothermal: { id: 'GEM_GGPT_2025_03', vintage: '2025-03-18' }, // map-file date
  bioenergy: { id: 'GEM_GBPT_2024_09', vintage: '2024-09-23' }, // map-file date
};
export const EIA_SOURCE = { id: 'EIA_860M_2025_12', vintage: '2025-12' } as const;
/** GPPD vintage: its year_of_capacity_data where given, else the release. */
export const GPPD_SOURCE = { id: SRC.gppd, releaseVintage: 'v1.3.0 (2021)' } as const;

// --- status -------------------------------------------------------------------------------------------
/** GEM statuses (lower case, as published) → class. */
export const GEM_STATUS_CLASS: Record<string, PlantStatusClass> = {
  operating: 'operating',
  construction: 'construction',
  'pre-construction': 'planned',
  'pre-permit': 'planned',
  permitted: 'planned',
  announced: 'planned',
  retired: 'retired',
  shelved: 'inactive',
  mothballed: 'inactive',
  cancelled: 'inactive',
};
/** EIA-860M (third-party aggregation) statuses → class; `retooled` see EIA_RELABELLED_RETOOLED. */
export const EIA_STATUS_CLASS: Record<string, PlantStatusClass> = {
  operating: 'operating',
  retiring: 'operating', // still operating; a generator has a planned retirement date
  retired: 'retired',
  retooled: 'retired', // the Retired-sheet units of a plant that also has live units
};
/**
 * PROVENANCE §3 caveat (ii): these 14 (plant, state) rows were relabelled retiring → retooled by hand; their MW are
 * Operating-sheet capacity, so their row in the Operating-sheet block of the file (up to the last operating or
 * retiring row) is classed operating. The loader fails if the rows it finds there differ from this list.
 */
export const EIA_RELABELLED_RETOOLED: readonly string[] = [
  'GREC|OK',
  'Lake Catherine|AR',
  'Comanche (CO)|CO',
  'Big Bend|FL',
  'Mill Creek (KY)|KY',
  'Shawnee|KY',
  'J H Campbell|MI',
  'Monroe (MI)|MI',
  'Four Corners|NM',
  'Marshall (NC)|NC',
  'Cardinal|OH',
  'Johnsonville|TN',
  'Victor J Daniel Jr|MS',
  'Elwood Energy LLC|IL',
];

/** Statuses whose capacity physically exists or existed: what an older source may have listed (de-dup candidates). */
export const BUILT_CLASSES: ReadonlySet<PlantStatusClass> = new Set(['operating', 'retired']);
export const BUILT_RAW_INACTIVE = 'mothballed';

// --- fuel ---------------------------------------------------------------------------------------------
/** GEM: by tracker; oil_gas by the first fuel GEM lists for the unit ("fossil gas: natural gas, fossil liquids: …"). */
export const GEM_TRACKER_FUEL: Record<Exclude<GemTracker, 'oil_gas'>, PlantFuel> = {
  coal: 'coal',
  nuclear: 'nuclear',
  hydro: 'hydro', // includes pumped storage (technology column)
  geothermal: 'geothermal',
  bioenergy: 'bioenergy',
};
export const GEM_OIL_GAS_FIRST_FUEL: Record<string, PlantFuel> = {
  'fossil gas': 'gas',
  'fossil liquids': 'oil',
  'industrial by-product': 'gas', // blast furnace / coke oven gas
  other: 'other',
};
/** EIA-860M technology with the most MW at the plant → fuel. */
export const EIA_FUEL: Record<string, PlantFuel> = {
  'Solar Photovoltaic': 'solar',
  'Solar Thermal without Energy Storage': 'solar',
  'Solar Thermal with Energy Storage': 'solar',
  'Onshore Wind Turbine': 'wind',
  'Offshore Wind Turbine': 'wind',
  'Natural Gas Fired Combined Cycle': 'gas',
  'Natural Gas Fired Combustion Turbine': 'gas',
  'Natural Gas Steam Turbine': 'gas',
  'Natural Gas Internal Combustion Engine': 'gas',
  'Other Gases': 'gas',
  'Conventional Steam Coal': 'coal',
  'Coal Integrated Gasification Combined Cycle': 'coal',
  'Conventional Hydroelectric': 'hydro',
  'Hydroelectric Pumped Storage': 'hydro', // as GEM's hydro tracker and GPPD "Hydro"
  Batteries: 'storage',
  'Petroleum Liquids': 'oil',
  'Petroleum Coke': 'oil',
  Nuclear: 'nuclear',
  Geothermal: 'geothermal',
  'Wood/Wood Waste Biomass': 'bioenergy',
  'Municipal Solid Waste': 'bioenergy',
  'Other Waste Biomass': 'bioenergy',
  'Landfill Gas': 'bioenergy',
  'All Other': 'other',
};
/** GPPD primary_fuel → fuel. */
export const GPPD_FUEL: Record<string, PlantFuel> = {
  Coal: 'coal',
  Gas: 'gas',
  Oil: 'oil',
  Petcoke: 'oil',
  Nuclear: 'nuclear',
  Hydro: 'hydro',
  Wind: 'wind',
  Solar: 'solar',
  Geothermal: 'geothermal',
  Biomass: 'bioenergy',
  Waste: 'bioenergy', // GEM's bioenergy tracker includes refuse
  Storage: 'storage',
  Cogeneration: 'other',
  Other: 'other',
  'Wave and Tidal': 'other',
};
/**
 * Fuel classes of the de-duplication rule. The combustion fuels form one class: the EIA-860M aggregation labels a plant
 * by its largest technology only (Barry AL: one "Natural Gas Fired Combined Cycle" row that holds the coal units too),
 * coal units converted to gas since 2019-24 show up as gas steam turbines (Jim Bridger, Belews Creek), GPPD gives one
 * primary fuel per plant where GEM splits coal and gas units into two trackers, and dual-fuel gas/oil units differ by
 * source.
 */
export const MATCH_CLASS: Record<PlantFuel, string> = {
  coal: 'combustion',
  gas: 'combustion',
  oil: 'combustion',
  bioenergy: 'combustion',
  other: 'combustion',
  nuclear: 'nuclear',
  hydro: 'hydro',
  wind: 'wind',
  solar: 'solar',
  geothermal: 'geothermal',
  storage: 'storage',
};
export function matchGroup(f: PlantFuel): string {
  return MATCH_CLASS[f];
}

// --- de-duplication -----------------------------------------------------------------------------------
/**
 * An older record (GPPD; or GEM where EIA-860M has the US plant) is a duplicate, and dropped, when newer-source
 * records of the same fuel group with built status lie within D km and the older capacity is at most (1 + T) × their
 * summed capacity. README.md gives the measurements behind D and T.
 */
export const DEDUP_RULE = {
  /** D by the newer record's location accuracy, km. */
  distanceKm: { exact: 3, unknown: 3, approximate: 10 } satisfies Record<LocationAccuracy, number>,
  /** T: the older capacity may exceed the newer one by this share (net vs gross, derating); any smaller is growth. */
  capacityTolerance: 0.25,
} as const;
export const MAX_DEDUP_KM = Math.max(...Object.values(DEDUP_RULE.distanceKm));
