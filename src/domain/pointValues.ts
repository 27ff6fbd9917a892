/**
 * The card's point evaluator: a place's layer values at the exact point, not at its 0.25° cell. Values from points
 * and lines (substations, energised sites, landings, metros, plants within 50 km) are computed at the point from
 * the records the grid builder used; values from areas (tariff, country indicators) come from the region polygon
 * containing the point. Every value is quantised like its grid layer, so at a cell centre the point value equals
 * the cell's exactly. Layers no provider derives (temperature, line_220_km, ...) keep the cell's value.
 */
import { isCategoricalLayerId, type LayerId, type PlaceValues } from './layerIds.ts';
import { POINT_PROVIDERS, type AnyPointProvider } from './pointProviders.ts';
import type { AreaAt, PointDatasets, PointQuery } from './pointSources.ts';
import { cosLat } from './geo.ts';
import type { QueryBlock } from './spatial.ts';
import { quantizedValue } from './quantize.ts';
import { createRegionIndex, type RegionIndex } from './regionIndex.ts';
import type { GridLayer } from '../contract/index.ts';
import type { RegionFeatureLike } from './pointSources.ts';

export type { PointDatasets } from './pointSources.ts';

/** Prepared indexes over the point datasets, built once (preparePointSources). */
export interface PointSources {
  layers: Map<string, GridLayer>;
  countries: RegionIndex<RegionFeatureLike> | null;
  admin1: RegionIndex<RegionFeatureLike> | null;
  /** Each available provider, its prepared state and its layers this grid has (quantisation, categorical flag). */
  providers: { provider: AnyPointProvider; state: unknown; keys: LayerKey[] }[];
  /** Providers that could not run for lack of a dataset, with the datasets missing. */
  unavailable: { id: string; missing: string[] }[];
  /** The manifest's layer ids in order: pointValuesInto's slots. */
  slotIds: readonly LayerId[];
  /** Declared sources of a layer (manifest). */
  declared: (id: LayerId) => readonly string[];
  /** pointValues over these sources: callers that load this module lazily need no static import of it. */
  evaluate: (at: readonly [number, number], cellValues: PlaceValues) => PointValuesResult;
}

/** A layer a provider derives that the grid has. */
interface LayerKey {
  id: LayerId;
  /** Its index in the manifest's layers (PointSources.slotIds). */
  slot: number;
  layer: GridLayer;
  categorical: boolean;
}

export function preparePointSources(d: PointDatasets): PointSources {
  const providers: PointSources['providers'] = [];
  const unavailable: PointSources['unavailable'] = [];
  const layers = new Map(d.manifest.layers.map((l) => [l.id, l]));
  for (const provider of POINT_PROVIDERS) {
    const missing = provider.needs.filter((k) => d[k] === undefined);
    if (missing.length) unavailable.push({ id: provider.id, missing });
    else {
      // A layer this grid does not have stays as it is.
      const keys = provider.layers.flatMap((id) => {
        const layer = layers.get(id);
        const slot = d.manifest.layers.indexOf(layer!);
        return layer ? [{ id, slot, layer, categorical: isCategoricalLayerId(id) }] : [];
      });
      providers.push({ provider, state: provider.prepare(d), keys });
    }
  }
  const sources: PointSources = {
    layers,
    slotIds: d.manifest.layers.map((l) => l.id),
    declared: (id) => layers.get(id)?.sourceIds ?? [],
    countries: d.countries ? createRegionIndex(d.countries.features) : null,
    admin1: d.admin1 ? createRegionIndex(d.admin1.features) : null,
    providers,
    unavailable,
    evaluate: (at, cellValues) => pointValues(at, sources, cellValues),
  };
  return sources;
}

export interface PointValuesResult {
  /** The cell's values with every layer derived at the point replaced. */
  values: PlaceValues;
  /** Layers whose value was derived at the point (the others are the 0.25° cell's). */
  exact: Set<LayerId>;
  /** Sources actually used per exact layer; absent = the layer's declared sources. */
  layerSources: Partial<Record<LayerId, readonly string[]>>;
}

function regionProps(
  index: RegionIndex<RegionFeatureLike> | null,
  lon: number,
  lat: number,
  block: QueryBlock | undefined,
): RegionFeatureLike['properties'] | null {
  if (!index) return null;
  return (block ? index.atInBlock(block, lon, lat) : index.at(lon, lat))?.properties ?? null;
}

function areaAt(
  s: PointSources,
  lon: number,
  lat: number,
  cell: PlaceValues,
  block: QueryBlock | undefined,
): AreaAt {
  const country = regionProps(s.countries, lon, lat, block);
  if (!country)
    return {
      iso3: cell.country ?? null,
      region: cell.region ?? null,
      country: null,
      sub: null,
      inPolygon: false,
    };
  const sub = regionProps(s.admin1, lon, lat, block);
  const region = sub && sub.iso3 === country.iso3 ? sub.code : null;
  return { iso3: country.iso3, region, country, sub: region ? sub : null, inPolygon: true };
}

/**
 * The one evaluation: every provider at the point, each derived layer's value (quantised like the grid) written into
 * `values`, and `derived(layer, sources used)` called per layer when given (the card's exact set and sources).
 */
function evaluate(
  lon: number,
  lat: number,
  sources: PointSources,
  cellValues: PlaceValues,
  values: Record<string, unknown> | unknown[],
  block: QueryBlock | undefined,
  derived: ((key: LayerId, used: readonly string[] | undefined) => void) | null,
): void {
  const area = areaAt(sources, lon, lat, cellValues, block);
  const q: PointQuery = {
    lon,
    lat,
    cos: cosLat(lat),
    cell: cellValues,
    area,
    declared: sources.declared,
    valuesOnly: !derived,
  };
  const bySlot = Array.isArray(values);
  if (block) q.block = block;
  for (const { provider, state, keys } of sources.providers) {
    const out = provider.at(state, q);
    if (!out) continue;
    const v = out.values;
    for (let k = 0; k < keys.length; k++) {
      const { id, layer, categorical, slot } = keys[k]!;
      const raw = v[id];
      if (raw === undefined && !(id in v)) continue; // not derived here: the cell's value stays
      const value = categorical
        ? typeof raw === 'string'
          ? raw
          : null
        : quantizedValue(layer, typeof raw === 'number' ? raw : null);
      if (bySlot) (values as unknown[])[slot] = value;
      else (values as Record<string, unknown>)[id] = value;
      derived?.(id, out.sources?.[id]);
    }
  }
}

/** The layer values at `[lon, lat]` (see the module comment); `cellValues` are the containing land cell's. */
export function pointValues(
  [lon, lat]: readonly [number, number],
  sources: PointSources,
  cellValues: PlaceValues,
): PointValuesResult {
  const values: Record<string, number | string | null | undefined> = { ...cellValues };
  const exact = new Set<LayerId>();
  const layerSources: PointValuesResult['layerSources'] = {};
  evaluate(lon, lat, sources, cellValues, values, undefined, (key, used) => {
    exact.add(key);
    if (used) layerSources[key] = used;
  });
  return { values: values as PlaceValues, exact, layerSources };
}

/**
 * The fine surface's path: pointValues' values at `[lon, lat]`, a point of `block`, written into `slots` (indexed
 * like `sources.slotIds`, holding the cell's values on entry), without the exact set or the sources. Same
 * providers, same values.
 */
export function pointValuesInto(
  lon: number,
  lat: number,
  sources: PointSources,
  cellValues: PlaceValues,
  slots: unknown[],
  block: QueryBlock,
): void {
  evaluate(lon, lat, sources, cellValues, slots, block, null);
}
