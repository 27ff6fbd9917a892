// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { initialConfig } from '../scoring/scoringStore.ts';
import { buildShortlistExport } from '../export/shortlistExport.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { parseKmlSites } from './kmlImport.ts';

const kml = (placemarks: string) =>
  `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;

describe('parseKmlSites', () => {
  it('reads placemarks with points and reports the others', () => {
    const r = parseKmlSites(
      kml(`
      <Placemark><name>One &lt;b&gt;</name><description>d</description><Point><coordinates> 10.5,50.25,0 </coordinates></Point></Placemark>
      <Placemark><name>Line</name><LineString><coordinates>1,2 3,4</coordinates></LineString></Placemark>
      <Placemark><name>Empty</name><Point><coordinates></coordinates></Point></Placemark>
      <Placemark><name>Far</name><Point><coordinates>200,10</coordinates></Point></Placemark>
      <Folder><Placemark><name>Nested</name><Point><coordinates>-3,40</coordinates></Point></Placemark></Folder>`),
    );
    expect(r.sites).toEqual([
      { row: 1, name: 'One <b>', lat: 50.25, lon: 10.5, note: 'd' },
      { row: 5, name: 'Nested', lat: 40, lon: -3, note: '' },
    ]);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([
      [2, 'not a point'],
      [3, 'missing coordinate'],
      [4, 'out of range'],
    ]);
  });

  it('explains malformed XML and other XML', () => {
    expect(parseKmlSites('<kml><Placemark>').message).toMatch(/malformed/);
    expect(parseKmlSites('<svg xmlns="http://www.w3.org/2000/svg"/>').message).toMatch(/not <kml>/);
    expect(parseKmlSites('').message).toMatch(/malformed/);
  });

  it("reads back Gridscout's own KML export", () => {
    const config = initialConfig();
    const file = buildShortlistExport(
      'kml',
      TEST_ENTRIES,
      scoreEntries(testGrid(), config, TEST_ENTRIES, null),
      config,
      null,
      new Date(),
    );
    const r = parseKmlSites(file.text);
    expect(r.errors).toEqual([]);
    expect(r.sites.map((s) => [s.name, s.lat, s.lon, s.note])).toEqual(
      TEST_ENTRIES.map((e) => [e.name, e.lat, e.lon, e.note]),
    );
  });
});
