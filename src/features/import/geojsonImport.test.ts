import { describe, expect, it } from 'vitest';
import { initialConfig } from '../scoring/scoringStore.ts';
import { buildShortlistExport } from '../export/shortlistExport.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { parseGeoJsonSites } from './geojsonImport.ts';

const point = (coordinates: unknown, properties: object = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

describe('parseGeoJsonSites', () => {
  it('reads a FeatureCollection, numbering features from 1 and reporting the bad ones', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        point([10, 50], { name: 'A', notes: 'n' }),
        point([10, 95], { name: 'B' }),
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
        point(['x', 1]),
        { type: 'Feature', geometry: null, properties: {} },
        point([10, 50], { name: 'A again' }),
      ],
    });
    const r = parseGeoJsonSites(text);
    expect(r.sites).toEqual([{ row: 1, name: 'A', lat: 50, lon: 10, note: 'n' }]);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([
      [2, 'out of range'],
      [3, 'not a point'],
      [4, 'not a number'],
      [5, 'missing coordinate'],
      [6, 'duplicate'],
    ]);
  });

  it('reads a single Feature and a bare Point', () => {
    expect(parseGeoJsonSites(JSON.stringify(point([1, 2], { name: 'F' }))).sites[0]).toMatchObject({
      name: 'F',
      lon: 1,
      lat: 2,
    });
    expect(parseGeoJsonSites('{"type":"Point","coordinates":[3,4]}').sites[0]).toMatchObject({
      lon: 3,
      lat: 4,
    });
  });

  it('explains what is not GeoJSON', () => {
    expect(parseGeoJsonSites('{').message).toMatch(/Not valid JSON/);
    expect(parseGeoJsonSites('[1,2]').message).toMatch(/Not GeoJSON/);
    expect(parseGeoJsonSites('{"type":"FeatureCollection","features":[]}').message).toBe(
      'The file holds no sites.',
    );
  });

  it("reads back Gridscout's own GeoJSON export", () => {
    const config = initialConfig();
    const file = buildShortlistExport(
      'geojson',
      TEST_ENTRIES,
      scoreEntries(testGrid(), config, TEST_ENTRIES, null),
      config,
      null,
      new Date(),
    );
    const r = parseGeoJsonSites(file.text);
    expect(r.errors).toEqual([]);
    expect(r.sites.map((s) => [s.name, s.lat, s.lon, s.note])).toEqual(
      TEST_ENTRIES.map((e) => [e.name, e.lat, e.lon, e.note]),
    );
  });
});
