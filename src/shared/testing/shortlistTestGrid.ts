/** A tiny grid with three fully described places, and shortlist entries on them, for tests. */
import { gridFromPlaces } from '../../domain/testing/syntheticGrid.ts';
import type { PlaceValues } from '../../domain/index.ts';
import type { ShortlistEntry } from '../shortlistTypes.ts';

const base: PlaceValues = {
  country: 'AAB',
  power_price_basis: 'subnational',
  energized_site_status: 'mining',
  temperature_warmest: 25,
  landing_km: 300,
  population_100km: 2_000_000,
  population_300km: 9_000_000,
  cloud_region_km: 80,
};

export const TEST_PLACES = [
  {
    lat: 30.6,
    lon: -97.0,
    values: {
      ...base,
      power_price: 0.05,
      grid_capacity_mw: 3000,
      stranded_power: 4,
      energized_site_km: 2,
      energized_site_mw: 300,
      substation_km: 1,
      substation_110_km: 1,
      substation_220_km: 3,
      substation_345_km: 3,
      substation_kv: 345,
      line_220_km: 120,
      transmission_coverage: 'osm_2017',
      temperature_mean: 20,
      carbon: 400,
      water_stress: 2,
      hazard: 4,
    },
  },
  {
    lat: 65.6,
    lon: 22.1,
    values: {
      ...base,
      country: 'AAC',
      substation_km: 12,
      substation_110_km: 12,
      substation_220_km: 30,
      substation_345_km: 30,
      substation_kv: 400,
      line_220_km: 20,
      transmission_coverage: 'entsoe_gridkit_2022',
      power_price: 0.08,
      grid_capacity_mw: 1500,
      stranded_power: 8,
      energized_site_km: 200,
      energized_site_mw: 0,
      temperature_mean: 2,
      carbon: 30,
      water_stress: 0.5,
      hazard: 1,
    },
  },
  {
    lat: 40.2,
    lon: -100.3,
    values: {
      ...base,
      power_price: 0.12,
      grid_capacity_mw: 500,
      substation_km: 20,
      substation_110_km: 25,
      substation_220_km: 60,
      substation_345_km: 140,
      substation_kv: 115,
      line_220_km: 0,
      transmission_coverage: 'osm_2017',
      stranded_power: 1,
      energized_site_km: 500,
      energized_site_mw: 0,
      temperature_mean: 12,
      carbon: 600,
      water_stress: 3,
      hazard: 3,
      power_price_basis: 'worldbank_2019',
    },
  },
] as const;

export function testGrid() {
  return gridFromPlaces(
    TEST_PLACES.map((p) => ({ lat: p.lat, lon: p.lon, values: p.values })),
    { resolutionDeg: 0.25, countries: ['AAB', 'AAC'] },
  );
}

export const TEST_ENTRIES: ShortlistEntry[] = [
  {
    id: 'e1',
    name: 'Rockdale, TX',
    lon: -97.0,
    lat: 30.6,
    origin: 'mining-site',
    refId: 'rockdale',
    note: 'Energised "now" & cheap',
    addedAt: '2026-11-24T00:00:00Z',
  },
  {
    id: 'e2',
    name: 'Luleå <north>',
    lon: 22.1,
    lat: 65.6,
    origin: 'search',
    note: '',
    addedAt: '2026-11-24T00:00:00Z',
  },
  {
    id: 'e3',
    name: '=Point in Nebraska',
    lon: -100.3,
    lat: 40.2,
    origin: 'point',
    note: 'multi\nline, note',
    addedAt: '2026-11-24T00:00:00Z',
  },
];
