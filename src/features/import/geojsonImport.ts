/**
 * Reads candidate sites from GeoJSON: a FeatureCollection, a single Feature or a bare Point. Each feature is a
 * row, numbered from 1; non-point features are reported. Name from properties.name, note from
 * properties.notes / description. Never throws.
 */
import { detectColumns } from './columnDetection.ts';
import { SiteCollector } from './siteValidation.ts';
import { MAX_IMPORT_ROWS, emptyResult, summarise, type ImportResult } from './importTypes.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function features(doc: Json): unknown[] | null {
  if (doc.type === 'FeatureCollection') return Array.isArray(doc.features) ? doc.features : null;
  if (doc.type === 'Feature') return [doc];
  if (doc.type === 'Point') return [{ type: 'Feature', geometry: doc, properties: {} }];
  return null;
}

function textProperty(props: Json, kind: 'name' | 'note'): unknown {
  const key = detectColumns(Object.keys(props))[kind];
  return key === null ? undefined : props[key];
}

export function parseGeoJsonSites(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return emptyResult(
      'geojson',
      `Not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  const list = isObject(doc) ? features(doc) : null;
  if (!list)
    return emptyResult('geojson', 'Not GeoJSON: expected a FeatureCollection, a Feature or a Point.');
  const collector = new SiteCollector();
  list.slice(0, MAX_IMPORT_ROWS).forEach((feature, i) => {
    const row = i + 1;
    const geometry = isObject(feature) ? feature.geometry : undefined;
    const props = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    if (!isObject(geometry)) return collector.fail(row, 'missing coordinate', 'the feature has no geometry');
    if (geometry.type !== 'Point')
      return collector.fail(row, 'not a point', `a ${String(geometry.type).slice(0, 30)}, not a Point`);
    const c = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
    collector.add({
      row,
      lon: c[0],
      lat: c[1],
      name: textProperty(props, 'name'),
      note: textProperty(props, 'note'),
    });
  });
  return {
    format: 'geojson',
    sites: collector.sites,
    errors: collector.errors,
    columns: {
      lat: 'coordinates[1]',
      lon: 'coordinates[0]',
      name: 'properties.name',
      note: 'properties.notes',
    },
    headers: [],
    message: summarise(collector.sites.length, collector.errors.length, list.length),
  };
}
