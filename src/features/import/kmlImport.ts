/**
 * Reads candidate sites from KML: each Placemark is a row, numbered from 1, with its Point's first
 * "lon,lat[,alt]" tuple, its <name> and its <description> as the note. Parsed with DOMParser (the browser's, or
 * jsdom's in tests), which loads no external entities. Never throws.
 */
import { SiteCollector } from './siteValidation.ts';
import { MAX_IMPORT_ROWS, emptyResult, summarise, type ImportResult } from './importTypes.ts';

const child = (parent: Element, name: string): Element | undefined =>
  Array.from(parent.children).find((c) => c.localName === name);

export function parseKmlSites(text: string, parser?: DOMParser): ImportResult {
  let doc: Document;
  try {
    const domParser = parser ?? (typeof DOMParser === 'undefined' ? null : new DOMParser());
    if (!domParser) return emptyResult('kml', 'KML can only be read in a browser.');
    doc = domParser.parseFromString(text, 'application/xml');
  } catch {
    return emptyResult('kml', 'Not valid KML: the XML could not be read.');
  }
  if (doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement)
    return emptyResult('kml', 'Not valid KML: the XML is malformed.');
  if (doc.documentElement.localName !== 'kml')
    return emptyResult('kml', 'Not KML: the root element is not <kml>.');
  const placemarks = Array.from(doc.getElementsByTagNameNS('*', 'Placemark'));
  const collector = new SiteCollector();
  placemarks.slice(0, MAX_IMPORT_ROWS).forEach((placemark, i) => {
    const row = i + 1;
    const point = placemark.getElementsByTagNameNS('*', 'Point')[0];
    if (!point) return collector.fail(row, 'not a point', 'the placemark has no Point');
    const coordinates = child(point, 'coordinates')?.textContent?.trim() ?? '';
    if (coordinates === '') return collector.fail(row, 'missing coordinate', 'the Point has no coordinates');
    const [lon, lat] = coordinates.split(/\s+/)[0].split(',');
    collector.add({
      row,
      lon: lon ?? '',
      lat: lat ?? '',
      name: child(placemark, 'name')?.textContent ?? '',
      note: child(placemark, 'description')?.textContent ?? '',
    });
  });
  return {
    format: 'kml',
    sites: collector.sites,
    errors: collector.errors,
    columns: { lat: 'Point/coordinates', lon: 'Point/coordinates', name: 'name', note: 'description' },
    headers: [],
    message: summarise(collector.sites.length, collector.errors.length, placemarks.length > MAX_IMPORT_ROWS),
  };
}
