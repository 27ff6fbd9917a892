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
    expect(
      parseKmlSites('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').message,
    ).toMatch(/SVG image/);
    expect(parseKmlSites('<html><body style="color:red">x</body></html>').message).toMatch(/HTML page/);
    expect(parseKmlSites('<Document/>').message).toMatch(/root element is <Document>, not <kml>/);
    expect(parseKmlSites('').message).toMatch(/malformed/);
  });

  it('refuses DOCTYPE and entity declarations before parsing (no entity is ever expanded)', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE kml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
      kml('<Placemark><name>&lol2;</name><Point><coordinates>1,2</coordinates></Point></Placemark>').replace(
        '<?xml version="1.0"?>',
        '',
      ),
    ].join('');
    const r = parseKmlSites(laughs);
    expect(r.sites).toEqual([]);
    expect(r.message).toMatch(/DOCTYPE or XML entities/);
    expect(parseKmlSites('<!doctype html><html><img src=x></html>').message).toMatch(/HTML page/);
  });

  it('does not know HTML entities: &nbsp; in KML is malformed XML', () => {
    expect(parseKmlSites(kml('<Placemark><name>a&nbsp;b</name></Placemark>')).message).toMatch(/malformed/);
  });

  it('reads GPX waypoints with their name and description', () => {
    const r = parseKmlSites(
      '<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="52.5" lon="13.4"><name>Berlin</name><desc>d</desc></wpt><wpt lat="x" lon="1"/><trk/></gpx>',
    );
    expect(r.format).toBe('gpx');
    expect(r.sites).toEqual([{ row: 1, name: 'Berlin', lat: 52.5, lon: 13.4, note: 'd' }]);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([[2, 'not a number']]);
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
