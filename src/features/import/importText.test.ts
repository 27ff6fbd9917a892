import { describe, expect, it } from 'vitest';
import { decodeImport, decodeText, detectFormat, parseSitesText } from './importText.ts';
import { MAX_IMPORT_BYTES, sizeProblem } from './importTypes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding and format', () => {
  it('refuses files over the size limit, with the sizes', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(sizeProblem(MAX_IMPORT_BYTES + 1)).toMatch(/20\.0 MB; files over 20\.0 MB are not imported/);
  });

  it('explains UTF-16, binary and invalid UTF-8 input, and strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x6c, 0x00]))).toEqual({
      problem: expect.stringMatching(/UTF-16/),
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x6c]))).toEqual({
      problem: expect.stringMatching(/UTF-16/),
    });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toEqual({
      problem: expect.stringMatching(/binary/),
    });
    expect(decodeText(new Uint8Array([0x6c, 0xe9, 0x74]))).toEqual({
      problem: expect.stringMatching(/not UTF-8/),
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('lat,lon')]))).toEqual({ text: 'lat,lon' });
  });

  it('picks the format by extension, else by content', () => {
    expect(detectFormat('a.KML', '')).toBe('kml');
    expect(detectFormat('a.geojson', '')).toBe('geojson');
    expect(detectFormat('a.txt', ' {"type":"Point"}')).toBe('geojson');
    expect(detectFormat('sites', '<kml/>')).toBe('kml');
    expect(detectFormat('sites.dat', 'lat,lon')).toBe('csv');
  });

  it('refuses empty files and KMZ, and decodes the rest', () => {
    expect(decodeImport('a.csv', new Uint8Array())).toEqual({ problem: 'The file is empty.' });
    expect(decodeImport('a.kmz', utf8('PK'))).toEqual({ problem: expect.stringMatching(/unzip/) });
    expect(decodeImport('a.csv', utf8('lat,lon\n1,2'))).toEqual({ format: 'csv', text: 'lat,lon\n1,2' });
  });

  it('parses by format', () => {
    expect(parseSitesText('csv', 'lat,lon\n1,2').sites).toHaveLength(1);
    expect(parseSitesText('geojson', '{"type":"Point","coordinates":[2,1]}').sites).toHaveLength(1);
    expect(parseSitesText('kml', '<kml/>').message).toBe('The file holds no sites.');
    expect(parseSitesText('gpx', '<gpx><wpt lat="1" lon="2"/></gpx>').sites).toHaveLength(1);
  });
});
