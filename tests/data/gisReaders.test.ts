/**
 * The shortlist exports open in GIS software: GDAL's ogrinfo (gdal-bin; .ci/run installs it when missing) reads
 * the CSV, GeoJSON and KML written from the test shortlist, with the right number of features and values.
 * Needs no raw data; it lives here because npm test must pass on a machine without GDAL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialConfig } from '../../src/features/scoring/scoringStore.ts';
import { scoreEntries } from '../../src/features/shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../src/shared/testing/shortlistTestGrid.ts';
import { buildShortlistExport, type ExportFormat } from '../../src/features/export/shortlistExport.ts';

const dir = mkdtempSync(join(tmpdir(), 'gridscout-gis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = initialConfig();
const scores = scoreEntries(testGrid(), config, TEST_ENTRIES, null);
const first = scores.get(TEST_ENTRIES[0].id)!.result;

/** Writes the export to the temp folder and returns ogrinfo's listing of every feature. */
function ogrinfo(format: ExportFormat, openOptions: string[] = []): string {
  const file = buildShortlistExport(format, TEST_ENTRIES, scores, config, null, new Date());
  const path = join(dir, file.filename);
  writeFileSync(path, file.text);
  return execFileSync('ogrinfo', ['-ro', '-al', ...openOptions.flatMap((o) => ['-oo', o]), path], {
    encoding: 'utf8',
  });
}

const featureCount = (listing: string) => Number(/Feature Count: (\d+)/.exec(listing)?.[1]);
/** The values of field `name` in feature order. */
const field = (listing: string, name: string) =>
  [...listing.matchAll(new RegExp(`^ {2}${name} \\(\\w+\\) = (.*)$`, 'gm'))].map((m) => m[1]);

describe('GDAL reads the exports', () => {
  it('CSV: one feature per site, the header as fields, points from lat/lon', () => {
    const listing = ogrinfo('csv', ['X_POSSIBLE_NAMES=lon', 'Y_POSSIBLE_NAMES=lat', 'AUTODETECT_TYPE=YES']);
    expect(featureCount(listing)).toBe(TEST_ENTRIES.length);
    expect(field(listing, 'position')).toEqual(TEST_ENTRIES.map((_, i) => String(i + 1)));
    expect(field(listing, 'name')[0]).toBe(TEST_ENTRIES[0].name);
    expect(Number(field(listing, 'score')[0])).toBe(Number(first.score!.toFixed(1)));
    expect(listing).toContain(`POINT (${TEST_ENTRIES[0].lon} ${TEST_ENTRIES[0].lat})`);
  });

  it('GeoJSON: one point per site with the properties', () => {
    const listing = ogrinfo('geojson');
    expect(featureCount(listing)).toBe(TEST_ENTRIES.length);
    expect(field(listing, 'name')).toEqual(TEST_ENTRIES.map((e) => e.name));
    expect(Number(field(listing, 'score')[0])).toBe(Number(first.score!.toFixed(1)));
  });

  it('KML: one placemark per site with its extended data', () => {
    const listing = ogrinfo('kml');
    expect(featureCount(listing)).toBe(TEST_ENTRIES.length);
    // LIBKML names the placemark's <name> field "Name".
    expect(field(listing, 'Name')).toEqual(TEST_ENTRIES.map((e) => e.name));
    expect(Number(field(listing, 'score')[0])).toBe(Number(first.score!.toFixed(1)));
  });
});
