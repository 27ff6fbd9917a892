// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CRITERIA } from '../../domain/index.ts';
import { initialConfig } from '../scoring/scoringStore.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { entryArbitrary } from '../../shared/testing/entryArbitrary.ts';
import { CSV_BOM } from './csvExport.ts';
import { parseMetadataSidecar } from './exportMetadataSchema.ts';
import { buildShortlistExport } from './shortlistExport.ts';
import { siteRecordColumns } from './siteRecord.ts';
import { shownPercentile } from '../../shared/format.ts';
import { escapeXml, xmlSafeText } from './kmlExport.ts';
import type { SitesGeoJson } from './geojsonExport.ts';
import { unescapeFormula } from './formulaEscape.ts';

const grid = testGrid();
const config = { ...initialConfig(), constraints: { maxCarbon: 500 } };
const scores = scoreEntries(grid, config, TEST_ENTRIES, null);
const now = new Date('2026-11-24T12:00:00Z');
const build = (format: 'csv' | 'geojson' | 'kml', entries = TEST_ENTRIES) =>
  buildShortlistExport(
    format,
    entries,
    scoreEntries(grid, config, entries, null),
    config,
    'miner_playbook',
    now,
  );

/** As a reader with papaparse's default options sees it: rows of cells, the first the header. */
const parseCsv = (text: string) => {
  const { data, errors } = Papa.parse<string[]>(text);
  expect(errors).toEqual([]);
  const [header, ...rows] = data;
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, data: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))), errors };
};

describe('CSV export', () => {
  it('has one row per site with score, time to power, every criterion and the notes', () => {
    const file = build('csv');
    expect(file.filename).toBe('gridscout-shortlist-2026-11-24.csv');
    const { data, errors } = parseCsv(file.text);
    expect(errors).toEqual([]);
    expect(data.map((r) => r.name)).toEqual(['Rockdale, TX', 'Luleå <north>', "'=Point in Nebraska"]);
    const first = data[0];
    const s1 = scores.get('e1')!.result;
    expect(Number(first.score)).toBe(Number(s1.score!.toFixed(1)));
    expect(Number(first.time_to_power_months)).toBe(s1.timeToPower.months);
    for (const c of CRITERIA) {
      expect(first).toHaveProperty(`${c.id}_value`);
      expect(first[`${c.id}_unit`]).toBe(c.unit);
    }
    expect(Number(first.power_price_value)).toBe(0.05);
    expect(first.notes).toBe('Energised "now" & cheap');
    expect(data[2].notes).toBe('multi\nline, note');
    expect(data[2].status).toBe('excluded');
    expect(data[2].excluded_by).toMatch(/Grid carbon 600/);
    expect(data[2].data_notes).toMatch(/World Bank/);
    expect(first.rank_percentile).toBe('');
  });

  it('starts with a BOM and the header line, then rows of the header length, no comment lines', () => {
    const text = build('csv').text;
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(siteRecordColumns().join(','));
    expect(text).not.toMatch(/^#/m);
    expect(parseCsv(text).header).toEqual(siteRecordColumns());
  });

  it('writes coordinates with 6 decimals and the rank percentile as the app shows it', () => {
    const entries = [{ ...TEST_ENTRIES[0], lon: -102.10000000000015, lat: 30.123456789 }];
    const row = parseCsv(build('csv', entries).text).data[0];
    expect(row.lon).toBe('-102.1');
    expect(row.lat).toBe('30.123457');
    const withRank = new Map([[entries[0].id, { ...scores.get('e1')!, percentile: 99.97 }]]);
    const csv = buildShortlistExport('csv', entries, withRank, config, null, now).text;
    expect(parseCsv(csv).data[0].rank_percentile).toBe(String(shownPercentile(99.97)));
    expect(shownPercentile(99.97)).toBe(99.9);
  });

  it('puts date, weights, constraints, assumptions and app version in the metadata file beside it', () => {
    const file = build('csv');
    expect(file.sidecar?.filename).toBe('gridscout-shortlist-2026-11-24.metadata.json');
    const meta = parseMetadataSidecar(file.sidecar!.text);
    expect(meta.describes).toBe(file.filename);
    expect(meta.exportedAt).toBe('2026-11-24T12:00:00.000Z');
    expect(meta.summary.find((l) => l.startsWith('Weights: '))).toContain('Power price 30%');
    expect(meta.summary.join('\n')).toContain('maxCarbon=500');
    expect(meta.config).toEqual(config);
    expect(meta.assumptions.length).toBeGreaterThan(5);
    expect(meta.weightsPercent.power_price).toBe(30);
    expect(meta.appVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('a metadata file that lost a field does not validate', () => {
    const meta = JSON.parse(build('csv').sidecar!.text);
    delete meta.weightsPercent;
    expect(() => parseMetadataSidecar(JSON.stringify(meta))).toThrow(/weightsPercent/);
  });

  it('round-trips any names and notes', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { minLength: 1, maxLength: 5 }), (entries) => {
        const { data } = parseCsv(build('csv', entries).text);
        expect(data.map((r) => unescapeFormula(r.name))).toEqual(entries.map((e) => e.name));
        expect(data.map((r) => unescapeFormula(r.notes))).toEqual(
          entries.map((e) => e.note.replace(/\r\n?/g, '\n')),
        );
        // Coordinates to 6 decimals (+ 0 makes a rounded -0 the 0 the CSV writes).
        expect(data.map((r) => Number(r.lat))).toEqual(entries.map((e) => Number(e.lat.toFixed(6)) + 0));
      }),
      { numRuns: 50 },
    );
  });
});

describe('GeoJSON export', () => {
  it('has a point per site with the CSV properties and the metadata', () => {
    const gj = JSON.parse(build('geojson').text) as SitesGeoJson;
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features.map((f) => f.geometry.coordinates)).toEqual(TEST_ENTRIES.map((e) => [e.lon, e.lat]));
    expect(gj.features[0].properties.name).toBe('Rockdale, TX');
    expect(gj.features[0].properties.score).toBe(Number(scores.get('e1')!.result.score!.toFixed(1)));
    expect(gj.metadata.exportedAt).toBe('2026-11-24T12:00:00.000Z');
    expect(gj.metadata.constraints).toEqual({ maxCarbon: 500 });
  });
});

describe('KML export', () => {
  const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

  it('is well-formed XML with escaped names, coordinates and extended data', () => {
    const doc = parse(build('kml').text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const placemarks = [...doc.getElementsByTagName('Placemark')];
    expect(placemarks.map((p) => p.getElementsByTagName('name')[0].textContent)).toEqual(
      TEST_ENTRIES.map((e) => e.name),
    );
    expect(placemarks[0].getElementsByTagName('coordinates')[0].textContent).toBe('-97,30.6');
    const score = [...placemarks[0].getElementsByTagName('Data')].find(
      (d) => d.getAttribute('name') === 'score',
    );
    expect(Number(score?.textContent)).toBe(Number(scores.get('e1')!.result.score!.toFixed(1)));
    const metaJson = [...doc.getElementsByTagName('Data')].find(
      (d) => d.getAttribute('name') === 'metadata_json',
    );
    expect(JSON.parse(metaJson!.textContent!).weightsPercent.power_price).toBe(30);
  });

  it('stays well-formed for any names and notes', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { minLength: 1, maxLength: 4 }), (entries) => {
        const doc = parse(build('kml', entries).text);
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        const names = [...doc.getElementsByTagName('Placemark')].map(
          (p) => p.getElementsByTagName('name')[0].textContent,
        );
        expect(names).toEqual(entries.map((e) => xmlSafeText(e.name).replace(/\r\n?/g, '\n')));
      }),
      { numRuns: 50 },
    );
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
