// @vitest-environment jsdom
/**
 * Property tests: whatever the bytes, importing never throws and always explains an empty result. The parsers
 * are called directly, not through parseSitesText's last-resort catch, so a parser that throws fails here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsvSites } from './csvImport.ts';
import { parseGeoJsonSites } from './geojsonImport.ts';
import { decodeImport } from './importText.ts';
import { parseKmlSites } from './kmlImport.ts';
import { MAX_HEADER_CHARS, emptyResult, type ImportFormat, type ImportResult } from './importTypes.ts';

const PARSERS: Record<ImportFormat, (text: string) => ImportResult> = {
  csv: parseCsvSites,
  geojson: parseGeoJsonSites,
  kml: parseKmlSites,
  gpx: parseKmlSites,
};

function wellFormed(r: ImportResult) {
  expect(Array.isArray(r.sites)).toBe(true);
  expect(Array.isArray(r.errors)).toBe(true);
  // An empty result says why.
  expect(r.sites.length > 0 || (typeof r.message === 'string' && r.message.length > 0)).toBe(true);
  for (const s of r.sites) {
    expect(Math.abs(s.lat)).toBeLessThanOrEqual(90);
    expect(Math.abs(s.lon)).toBeLessThanOrEqual(180);
    expect(s.name.length).toBeGreaterThan(0);
  }
  for (const e of r.errors) expect(Number.isInteger(e.row)).toBe(true);
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    'NaN',
    '-0',
    '1e999',
    '-1e-999',
    '9'.repeat(400),
    '\u0000',
    '\ufeff',
    '\r',
  ),
);
const csvText = fc
  .tuple(
    fc.constantFrom('lat,lon,name', 'Latitude;Longitude', 'y\tx', 'a,b', '', '# comment\nlat,lng'),
    fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, d, nl]) => [header, ...rows.map((r) => r.join(d))].join(nl));

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const geoJsonText = fc.oneof(
  fc.string(),
  jsonValue.map((v) => JSON.stringify(v) ?? ''),
  fc
    .array(
      fc.record({
        type: fc.constantFrom('Feature', 'x'),
        geometry: fc.oneof(
          jsonValue,
          fc.record({
            type: fc.constant('Point'),
            coordinates: fc.array(fc.oneof(fc.double(), fc.string(), jsonValue), { maxLength: 3 }),
          }),
        ),
        properties: jsonValue,
      }),
      { maxLength: 10 },
    )
    .map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
);

const xmlText = fc.array(fc.string({ maxLength: 15 }), { maxLength: 8 });
const kmlText = fc.oneof(
  fc.string(),
  fc
    .tuple(xmlText, xmlText)
    .map(
      ([names, coords]) =>
        `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${names
          .map(
            (n, i) =>
              `<Placemark><name>${n}</name><Point><coordinates>${coords[i] ?? ''}</coordinates></Point></Placemark>`,
          )
          .join('')}</Document></kml>`,
    ),
);

/** Markup soup: KML, GPX, SVG and HTML pieces, entity declarations and references, CDATA, comments. */
const hostileXml = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<?xml version="1.0"?>',
        '<!DOCTYPE kml [<!ENTITY a "aaaa">]>',
        '<!ENTITY b SYSTEM "file:///etc/passwd">',
        '&a;',
        '&amp;',
        '&nbsp;',
        '&#x41;',
        '<kml>',
        '</kml>',
        '<Placemark>',
        '</Placemark>',
        '<Point><coordinates>',
        '</coordinates></Point>',
        '<gpx>',
        '</gpx>',
        '<wpt lat="1" lon="2">',
        '</wpt>',
        '<svg onload="x()">',
        '<script>',
        '</script>',
        '<html><body style="x">',
        '<![CDATA[',
        ']]>',
        '<!--',
        '-->',
        '<a:b xmlns:a="urn:x">',
        '<c:d>',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('import never crashes', () => {
  it('on random and malformed CSV', () => {
    fc.assert(
      fc.property(csvText, (text) => wellFormed(parseCsvSites(text))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => wellFormed(parseCsvSites(text))),
    );
  });

  it('on random and malformed GeoJSON', () => {
    fc.assert(
      fc.property(geoJsonText, (text) => wellFormed(parseGeoJsonSites(text))),
      { numRuns: 300 },
    );
  });

  it('on random and malformed KML', () => {
    fc.assert(
      fc.property(kmlText, (text) => wellFormed(parseKmlSites(text))),
      { numRuns: 200 },
    );
  });

  it('on hostile XML (entities, DOCTYPE, SVG, HTML, unbound prefixes): a result or a message, no entity expanded', () => {
    fc.assert(
      fc.property(hostileXml, (text) => {
        const r = parseKmlSites(text);
        wellFormed(r);
        // A file declaring a DOCTYPE or entities is refused whole (with a message: wellFormed).
        expect(/<!DOCTYPE|<!ENTITY/i.test(text) && r.sites.length > 0).toBe(false);
        for (const site of r.sites) expect(site.name).not.toContain('aaaa');
      }),
      { numRuns: 300 },
    );
  });

  it('on a long CSV first line: refused with a message naming its length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_HEADER_CHARS + 1, max: MAX_HEADER_CHARS * 3 }),
        fc.boolean(),
        (n, nl) => {
          const r = parseCsvSites('a'.repeat(n) + (nl ? '\n1,2' : ''));
          expect(r.sites).toEqual([]);
          expect(r.message).toContain(`${n.toLocaleString('en-US')} characters long`);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('on arbitrary bytes under any file name (wrong encodings, binary, empty)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('a.csv', 'a.geojson', 'a.kml', 'a.gpx', 'a.kmz', 'a'),
        (bytes, name) => {
          const decoded = decodeImport(name, bytes);
          // Either a stated problem or text that its format's parser reads without throwing.
          const result =
            'text' in decoded ? PARSERS[decoded.format](decoded.text) : emptyResult('csv', decoded.problem);
          wellFormed(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on any UTF-8 text under any file name: decoded, then parsed by its format', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(csvText, geoJsonText, kmlText, fc.string({ unit: 'grapheme', maxLength: 200 }))
          .filter((t) => t.length > 0 && !t.includes('\u0000')), // NUL bytes mean binary: a stated problem
        fc.constantFrom('a.csv', 'a.tsv', 'a.geojson', 'a.json', 'a.kml', 'a.txt', 'a'),
        (text, name) => {
          const decoded = decodeImport(name, new TextEncoder().encode(text));
          expect(decoded).toHaveProperty('format');
          const { format, text: read } = decoded as { format: ImportFormat; text: string };
          wellFormed(PARSERS[format](read));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on huge numbers', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (lat, lon) => {
        const r = parseCsvSites(`lat,lon\n${lat},${lon}\n`);
        wellFormed(r);
        expect(r.sites.length + r.errors.length).toBe(1);
      }),
    );
  });
});
