/**
 * Grid-access layers from the transmission sources (grid-truth/gridAccess.ts): distance to the nearest substation
 * (any, >= 110, >= 220, >= 345 kV), the kV of the nearest >= 110 kV one, km of >= 220 kV line within 25 km, and
 * the coverage code. A cell no source covers is noData in every numeric layer (never "far"), coverage 0 "none".
 */
import {
  COVERAGE,
  TRANSMISSION_SOURCES,
  type TransmissionSource,
} from '../../../src/contract/transmission.ts';
import { gridAccess, LINE_KV_MIN, LINE_RADIUS_KM, LINE_SAMPLE_KM } from '../../grid-truth/gridAccess.ts';
import { SUBSTATION_DECIMALS } from '../../grid-truth/transmission.ts';
import { cellCoverage } from '../../grid-truth/transmissionCoverage.ts';
import { round } from '../../lib/num.ts';
import { TRANSMISSION_SOURCE_IDS } from '../../grid-truth/transmissionSources.ts';
import { SRC } from '../../source-ids.ts';
import type { LayerFamily, LayerValues } from '../types.ts';

/** 1 km steps, as the other distance layers (a cell is 0.25°, ~28 km, wide). */
const KM = { unit: 'km', type: 'uint16', scale: 1, offset: 0, noData: 65535 } as const;
const STEP = 'Rounded to 1 km (error <= 0.5 km).';
const NO_DATA =
  'noData where no substation source covers the cell (transmission_coverage = none): unknown, not far.';
const LINE_KV_RULE =
  'An OSM substation without a listed voltage takes the highest kV of the OSM lines ending at it (flagged kV-from-lines in data/transmission/substations.json); GA non-operational substations are left out.';
const idsOf = (sources: Iterable<TransmissionSource>) =>
  [...new Set(sources)].sort().map((s) => TRANSMISSION_SOURCE_IDS[s]);

export const transmissionLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const { substations, lines, coverage: cov } = inp.transmission;
  const iso3 = Array.from(g.countryOf, (c) => inp.admin0[c]!.iso3);
  const region = Array.from(g.regionOf, (r) => (r >= 0 ? inp.admin1[r]!.code : null));
  const coverage = cellCoverage(cov, { lon: g.lon, lat: g.lat, iso3, region });
  // Distances from the substations as data/transmission/substations.json gives them (rounded coordinates), so
  // the app's point evaluator (src/domain/pointValues.ts) reproduces a cell's value exactly at its centre.
  const asPublished = substations.map((s) => ({
    ...s,
    lon: round(s.lon, SUBSTATION_DECIMALS),
    lat: round(s.lat, SUBSTATION_DECIMALS),
  }));
  const acc = gridAccess({ lon: g.lon, lat: g.lat, coverage }, asPublished, lines);
  log(`grid: transmission access (${Date.now() - t0} ms)`);
  const subIds = [...idsOf(substations.map((s) => s.source)), SRC.neAdmin0, SRC.neAdmin1];
  const lineIds = [...idsOf(lines.map((l) => l.source)), SRC.neAdmin0, SRC.neAdmin1];
  const dist = (
    id: LayerValues['spec']['id'],
    label: string,
    what: string,
    km: Float64Array,
  ): LayerValues => ({
    spec: {
      id,
      label,
      ...KM,
      description: `Great-circle distance from the cell centre to the nearest ${what} (geokdbush). ${LINE_KV_RULE} ${NO_DATA} ${STEP}`,
      sourceIds: subIds,
    },
    values: km,
  });
  return [
    dist(
      'substation_km',
      'Distance to the nearest substation',
      'substation of any voltage (voltage unknown included)',
      acc.any.km,
    ),
    dist(
      'substation_110_km',
      'Distance to a substation >= 110 kV',
      'substation whose highest voltage is >= 110 kV',
      acc.kv110.km,
    ),
    dist(
      'substation_220_km',
      'Distance to a substation >= 220 kV',
      'substation whose highest voltage is >= 220 kV (ENTSO-E lists 380-400 kV as 380)',
      acc.kv220.km,
    ),
    dist(
      'substation_345_km',
      'Distance to a substation >= 345 kV',
      'substation whose highest voltage is >= 345 kV',
      acc.kv345.km,
    ),
    {
      spec: {
        id: 'substation_kv',
        label: 'Voltage of the nearest substation >= 110 kV',
        unit: 'kV',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Highest voltage (kV) of the substation in substation_110_km. ${LINE_KV_RULE} Exact (the sources give whole kV). ${NO_DATA}`,
        sourceIds: subIds,
      },
      values: acc.kv110.kv,
    },
    {
      spec: {
        id: 'line_220_km',
        label: 'Line >= 220 kV within 25 km',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Kilometres of transmission line with a listed voltage >= ${LINE_KV_MIN} kV within ${LINE_RADIUS_KM} km of the cell centre: each line segment is cut into pieces of at most ${LINE_SAMPLE_KM} km, counted by their midpoints (a piece straddling the radius counts whole or not at all). Parallel circuits count each. OSM lines are straight segments between end vertices, ENTSO-E lines schematic. ${NO_DATA} Rounded to 1 km (error <= 0.5 km, plus the ${LINE_SAMPLE_KM} km sampling at the edge).`,
        sourceIds: lineIds,
      },
      values: acc.line220Km,
    },
    {
      spec: {
        id: 'transmission_coverage',
        label: 'Transmission data coverage',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: {
          [String(COVERAGE.none)]: 'none',
          ...Object.fromEntries(TRANSMISSION_SOURCES.map((s) => [String(COVERAGE[s]), s])),
        },
        description: `Which substation source covers the cell (data/transmission/coverage.json): ${cov.rule}`,
        sourceIds: subIds,
      },
      values: Float64Array.from(acc.coverage),
    },
  ];
};
