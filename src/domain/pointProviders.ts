/**
 * The point evaluator's providers: one entry per family of derived layers, each computing at a point exactly
 * what the grid builder computes at a cell centre (same records, filters, caps and coverage rule; shared code in
 * spatial.ts and pointRules.ts). Adding a layer family is one entry in POINT_PROVIDERS.
 * Values are raw (unquantised); pointValues.ts quantises them like the grid. A provider returns null where it
 * cannot decide at the point (its layers then keep the cell's value).
 */
import { energisedMwBasis, isEnergisedStatus } from '../contract/statuses.ts';
import { COVERAGE } from '../contract/transmissionCodes.ts';
import { coverageLookup } from '../contract/transmissionCoverage.ts';
import type { LayerId } from './layerIds.ts';
import type { PointOutput, PointProvider, PointQuery } from './pointSources.ts';
import {
  CAPACITY_RADIUS_KM,
  DISTANCE_CAP_KM,
  effectiveKv,
  ENERGIZED_CAP_KM,
  isAccessSubstation,
  KV_THRESHOLDS,
  OPERATING_CLASSES,
  PIPELINE_CLASSES,
} from './pointRules.ts';
import {
  forEachWithin,
  nearest,
  NearestInBlock,
  pointSet,
  sumWithin,
  WithinInBlock,
  type PointSet,
} from './spatial.ts';
import { areaLayers } from './pointArea.ts';
import { indexPopulation, populationWithin } from './population.ts';
import { populationLayer, POPULATION_RADII } from './populationReach.ts';
import { HYPERSCALE_PROVIDERS } from '../contract/cloudProviders.ts';

/** Erases the state type so providers of different states share one registry. */
export type AnyPointProvider = PointProvider<unknown>;
const entry = <S>(p: PointProvider<S>): AnyPointProvider => p as unknown as AnyPointProvider;

interface NearestSet {
  ps: PointSet;
  /** Index into the source records of each point. */
  ids: number[];
  /** The same search per block of query points (PointQuery.block). */
  blocks: NearestInBlock;
}
const nearestSet = (lon: readonly number[], lat: readonly number[], ids: number[]): NearestSet => {
  const ps = pointSet(ids.map((i) => ({ lon: lon[i]!, lat: lat[i]! })));
  return { ps, ids, blocks: new NearestInBlock(ps) };
};

/** nearest(ps, q.lon, q.lat), through the block search when the query has a block (same result). */
function nearestAt(ps: PointSet, blocks: NearestInBlock, q: PointQuery): [number, number] {
  if (!q.block) return nearest(ps, q.lon, q.lat);
  blocks.query(q.block, q.lon, q.lat, q.cos);
  return [blocks.index, blocks.km];
}

/** forEachWithin(ps, q.lon, q.lat, blocks.radiusKm, visit), through the block search when the query has a block. */
function forEachWithinAt(blocks: WithinInBlock, q: PointQuery, visit: (i: number) => void): void {
  if (!q.block) forEachWithin(blocks.ps, q.lon, q.lat, blocks.radiusKm, visit);
  else blocks.forEach(q.block, q.lon, q.lat, q.cos, visit);
}

/** sumWithin(ps, weights, q.lon, q.lat, blocks.radiusKm): the same points added in the same order. */
function sumWithinAt(blocks: WithinInBlock, weights: Float64Array, q: PointQuery): number {
  if (!q.block) return sumWithin(blocks.ps, weights, q.lon, q.lat, blocks.radiusKm);
  return blocks.sum(q.block, q.lon, q.lat, q.cos, weights);
}

/** nearestAt for a NearestSet: km, and the source record's index (-1 for none); NaN km for an empty set. */
function nearestRecord(set: NearestSet, q: PointQuery): [km: number, record: number] {
  if (!set.ids.length) return [NaN, -1];
  const [j, km] = nearestAt(set.ps, set.blocks, q);
  return [km, j >= 0 ? set.ids[j]! : -1];
}

/** Coverage code → its COVERAGE key (the transmission_coverage label). */
const COVERAGE_LABEL = new Map(Object.entries(COVERAGE).map(([k, c]) => [c as number, k]));

const withBlocks = (ps: PointSet) => ({ ps, blocks: new NearestInBlock(ps) });

const SUBSTATION_LAYERS = [
  'substation_km',
  'substation_110_km',
  'substation_220_km',
  'substation_345_km',
  'substation_kv',
  'transmission_coverage',
] as const satisfies readonly LayerId[];

/** scripts/grid-truth/gridAccess.ts: nearest usable substation (any, >= 110/220/345 kV), covered places only. */
const substations = entry({
  id: 'substations',
  needs: ['substations', 'coverage'],
  layers: SUBSTATION_LAYERS,
  prepare: (d) => {
    const f = d.substations!;
    const usable = f.status.flatMap((s, i) => (isAccessSubstation(s) ? [i] : []));
    const kvOf = (i: number) => effectiveKv({ maxKv: f.maxKv[i]!, lineKv: f.lineKv[i]! }, true);
    const atLeast = (kv: number) => usable.filter((i) => (kvOf(i) ?? -1) >= kv);
    const [t110, t220, t345] = KV_THRESHOLDS;
    return {
      f,
      kvOf,
      lookup: coverageLookup(d.coverage!),
      any: nearestSet(f.lon, f.lat, usable),
      kv110: nearestSet(f.lon, f.lat, atLeast(t110)),
      kv220: nearestSet(f.lon, f.lat, atLeast(t220)),
      kv345: nearestSet(f.lon, f.lat, atLeast(t345)),
    };
  },
  at: (s, q) => {
    if (q.area.iso3 === null) return null;
    const code = s.lookup.at(q.area.iso3, q.area.region, q.lon, q.lat);
    const source = COVERAGE_LABEL.get(code)!;
    if (code === COVERAGE.none) {
      const values: PointOutput['values'] = { transmission_coverage: 'none' };
      for (const id of SUBSTATION_LAYERS) if (id !== 'transmission_coverage') values[id] = null;
      return { values, sources: {} };
    }
    const [km110, i110] = nearestRecord(s.kv110, q);
    const values: PointOutput['values'] = {
      substation_km: nearestRecord(s.any, q)[0],
      substation_110_km: km110,
      substation_220_km: nearestRecord(s.kv220, q)[0],
      substation_345_km: nearestRecord(s.kv345, q)[0],
      substation_kv: i110 >= 0 ? (s.kvOf(i110) ?? null) : null,
      transmission_coverage: source,
    };
    if (q.valuesOnly) return { values };
    const covering = s.f.sourceIds[s.f.sources.indexOf(source as (typeof s.f.sources)[number])]!;
    const txIds = new Set(s.f.sourceIds);
    const sources: PointOutput['sources'] = {};
    for (const id of SUBSTATION_LAYERS)
      sources[id] = [covering, ...q.declared(id).filter((x) => !txIds.has(x))];
    return { values, sources };
  },
});

/** scripts/grid/layers/energised.ts: the nearest energised mining/HPC site, capped distance, its MW and status. */
const energised = entry({
  id: 'energised sites',
  needs: ['miningSites'],
  layers: [
    'energized_site_km',
    'energized_site_mw',
    'energized_site_mw_planned',
    'energized_site_mw_basis',
    'energized_site_status',
  ],
  prepare: (d) => {
    const sites = d.miningSites!.filter((s) => isEnergisedStatus(s.status));
    return { sites, ...withBlocks(pointSet(sites)) };
  },
  at: (s, q) => {
    const [i, d] = nearestAt(s.ps, s.blocks, q);
    const site = i >= 0 ? s.sites[i]! : null;
    return {
      values: {
        energized_site_km: site ? Math.min(d, ENERGIZED_CAP_KM) : null,
        energized_site_mw: site?.powerMw ?? null,
        energized_site_mw_planned: site?.powerMwPlanned ?? null,
        energized_site_mw_basis: site ? energisedMwBasis(site.powerMw, site.powerMwPlanned) : null,
        energized_site_status: site?.status ?? null,
      },
    };
  },
});

/** scripts/grid/layers/connectivity.ts: nearest cable landing, capped. */
const landing = entry({
  id: 'cable landings',
  needs: ['landing'],
  layers: ['landing_km'],
  prepare: (d) => withBlocks(pointSet(d.landing!)),
  at: (s, q) => ({ values: { landing_km: Math.min(DISTANCE_CAP_KM, nearestAt(s.ps, s.blocks, q)[1]) } }),
});

/** scripts/grid/layers/connectivity.ts: nearest hyperscale cloud region, capped. */
const cloudRegions = entry({
  id: 'cloud regions',
  needs: ['cloudRegions'],
  layers: ['cloud_region_km'],
  prepare: (d) =>
    withBlocks(pointSet(d.cloudRegions!.filter((r) => HYPERSCALE_PROVIDERS.includes(r.provider)))),
  at: (s, q) => ({
    values: { cloud_region_km: Math.min(DISTANCE_CAP_KM, nearestAt(s.ps, s.blocks, q)[1]) },
  }),
});

/** scripts/grid/layers/connectivity.ts: people within 100 and 300 km (populationWithin over the same places). */
const population = entry({
  id: 'population',
  needs: ['populationPoints'],
  layers: POPULATION_RADII.map(populationLayer),
  prepare: (d) => indexPopulation(d.populationPoints!),
  at: (index, q) => ({
    values: Object.fromEntries(
      POPULATION_RADII.map((km) => [populationLayer(km), populationWithin(index, [q.lon, q.lat], km)]),
    ),
  }),
});

/**
 * scripts/grid-truth/plantLayers.ts: operating and pipeline MW within 50 km, summed in the builder's order. The
 * sources are those of the plants counted. stranded_power needs the full gazetteer (>= 1,000 people), which the app
 * does not load: exact only where no operating capacity is near (then 0), else the cell's value.
 */
const capacity = entry({
  id: 'plants',
  needs: ['plants'],
  layers: ['grid_capacity_mw', 'grid_pipeline_mw', 'stranded_power'],
  prepare: (d) => {
    const f = d.plants!;
    const sel = (classes: ReadonlySet<string>) => {
      const ids = f.statusClass.flatMap((c, i) => (classes.has(f.statusClasses[c]!) ? [i] : []));
      const ps = pointSet(ids.map((i) => ({ lon: f.lon[i]!, lat: f.lat[i]! })));
      const mw = Float64Array.from(ids, (i) => f.capacityMw[i]!);
      return { ids, mw, blocks: new WithinInBlock(ps, CAPACITY_RADIUS_KM) };
    };
    return { f, operating: sel(OPERATING_CLASSES), pipeline: sel(PIPELINE_CLASSES) };
  },
  at: (s, q) => {
    const usedSources = (set: typeof s.operating) => {
      const used = new Set<string>();
      forEachWithinAt(set.blocks, q, (j) => used.add(s.f.sources[s.f.source[set.ids[j]!]!]!));
      return [...used].sort();
    };
    const op = sumWithinAt(s.operating.blocks, s.operating.mw, q);
    const pipe = sumWithinAt(s.pipeline.blocks, s.pipeline.mw, q);
    const values: PointOutput['values'] = { grid_capacity_mw: op, grid_pipeline_mw: pipe };
    if (op === 0) values.stranded_power = 0;
    if (q.valuesOnly) return { values };
    const sources: PointOutput['sources'] = {
      grid_capacity_mw: usedSources(s.operating),
      grid_pipeline_mw: usedSources(s.pipeline),
    };
    if (op === 0) sources.stranded_power = [];
    return { values, sources };
  },
});

/** Every provider, in evaluation order. */
export const POINT_PROVIDERS: readonly AnyPointProvider[] = [
  entry(areaLayers),
  substations,
  energised,
  landing,
  cloudRegions,
  population,
  capacity,
];

/** Layers derivable at a point when every dataset is loaded (the rest always keep the cell's value). */
export const POINT_LAYERS: ReadonlySet<LayerId> = new Set(POINT_PROVIDERS.flatMap((p) => p.layers));
