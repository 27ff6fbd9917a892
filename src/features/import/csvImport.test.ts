import { describe, expect, it } from 'vitest';
import { initialConfig } from '../scoring/scoringStore.ts';
import { buildShortlistExport } from '../export/shortlistExport.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { detectColumns } from './columnDetection.ts';
import { parseCsvSites } from './csvImport.ts';
import { MAX_IMPORT_ROWS } from './importTypes.ts';

const MIXED = [
  'Site Name,Latitude,Longitude,Notes',
  'Good one,30.6,-97.0,first',
  'No lon,30.6,,',
  'Bad lat,abc,10,',
  'Too far north,91,10,',
  'Duplicate,30.6,-97.0,',
  '',
  'Good two,65.6,22.1,<b>bold</b>',
].join('\r\n');

describe('column detection', () => {
  it('finds the usual names, case- and punctuation-insensitively', () => {
    expect(detectColumns(['ID', 'LAT_DD', 'Long', 'Site'])).toEqual({
      lat: 'LAT_DD',
      lon: 'Long',
      name: 'Site',
      note: null,
    });
    expect(detectColumns(['y', 'x', 'Description'])).toEqual({
      lat: 'y',
      lon: 'x',
      name: null,
      note: 'Description',
    });
    expect(detectColumns(['Latitude (deg)', 'lng', 'name'])).toMatchObject({
      lat: null,
      lon: 'lng',
      name: 'name',
    });
    expect(detectColumns(['lat', 'lon', 'latitude']).lat).toBe('lat');
  });
});

describe('parseCsvSites', () => {
  it('keeps valid rows and lists the others with spreadsheet row numbers and reasons', () => {
    const r = parseCsvSites(MIXED);
    expect(r.columns).toEqual({ lat: 'Latitude', lon: 'Longitude', name: 'Site Name', note: 'Notes' });
    expect(r.sites).toEqual([
      { row: 2, name: 'Good one', lat: 30.6, lon: -97, note: 'first' },
      { row: 8, name: 'Good two', lat: 65.6, lon: 22.1, note: '<b>bold</b>' },
    ]);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([
      [3, 'missing coordinate'],
      [4, 'not a number'],
      [5, 'out of range'],
      [6, 'duplicate'],
    ]);
    expect(r.errors[3].detail).toBe('same place as row 2');
    expect(r.message).toMatch(/4 rows skipped/);
  });

  it('asks for columns it cannot recognise, and reads with the ones chosen', () => {
    const text = 'where,north,east\nA,10,20\nB,11,21\n';
    const first = parseCsvSites(text);
    expect(first.sites).toEqual([]);
    expect(first.headers).toEqual(['where', 'north', 'east']);
    expect(first.message).toMatch(/No latitude or longitude column/);
    const chosen = parseCsvSites(text, { lat: 'north', lon: 'east', name: 'where' });
    expect(chosen.sites.map((s) => [s.name, s.lat, s.lon])).toEqual([
      ['A', 10, 20],
      ['B', 11, 21],
    ]);
  });

  it('reads semicolons with decimal commas, tabs, and names rows without a name column', () => {
    expect(parseCsvSites('lat;lon\n52,37;4,89\n').sites[0]).toMatchObject({
      lat: 52.37,
      lon: 4.89,
      name: 'Unnamed site 2',
    });
    expect(parseCsvSites('lat\tlng\tname\n1.5\t2.5\tT\n').sites[0]).toMatchObject({
      lat: 1.5,
      lon: 2.5,
      name: 'T',
    });
  });

  it('rejects hex, Infinity and huge numbers', () => {
    const r = parseCsvSites('lat,lon\n0x10,1\nInfinity,1\n1e400,1\n1e300,1\n');
    expect(r.errors.map((e) => e.reason)).toEqual([
      'not a number',
      'not a number',
      'not a number',
      'out of range',
    ]);
    expect(r.message).toMatch(/No valid site/);
  });

  it('says so for an empty file or a header alone', () => {
    expect(parseCsvSites('').message).toBe('The file holds no rows.');
    expect(parseCsvSites('lat,lon\n').message).toBe('The file holds no sites.');
  });

  it("reads back Gridscout's own CSV export, comment block and all", () => {
    const grid = testGrid();
    const config = initialConfig();
    const file = buildShortlistExport(
      'csv',
      TEST_ENTRIES,
      scoreEntries(grid, config, TEST_ENTRIES, null),
      config,
      null,
      new Date(),
    );
    const r = parseCsvSites(file.text);
    expect(r.errors).toEqual([]);
    // The exporter's formula escaping is reversible: every name reads back exactly as written.
    expect(r.sites.map((s) => s.name)).toEqual(TEST_ENTRIES.map((e) => e.name));
    expect(r.sites.map((s) => [s.lat, s.lon])).toEqual(TEST_ENTRIES.map((e) => [e.lat, e.lon]));
    expect(r.sites.map((s) => s.note)).toEqual(TEST_ENTRIES.map((e) => e.note));
  });

  it('keeps MAX_IMPORT_ROWS rows of a longer file and says how many of how many', () => {
    const total = MAX_IMPORT_ROWS + 3;
    const lines = ['lat,lon'];
    for (let i = 0; i < total; i++) lines.push(`${(i % 1000) / 20},${Math.floor(i / 1000)}`);
    const r = parseCsvSites(lines.join('\n'));
    expect(r.sites).toHaveLength(MAX_IMPORT_ROWS);
    expect(r.sites.at(-1)?.row).toBe(MAX_IMPORT_ROWS + 1);
    expect(r.message).toBe(
      `Only the first ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows of about ${total.toLocaleString('en-US')} were read (the limit for one file).`,
    );
  });
});
