/**
 * Reads candidate sites from KML or GPX. KML: each Placemark is a row, numbered from 1, with its Point's first
 * "lon,lat[,alt]" tuple, its <name> and its <description> as the note. GPX: each waypoint (<wpt lat lon>) is a
 * row, with its <name> and <desc>. Never throws.
 *
 * Parsed as XML only, with @xmldom/xmldom (plain JavaScript, so it runs in the import worker and never builds a
 * browser document: nothing in the file can run, load or style anything). A DOCTYPE or entity declaration is
 * refused before parsing, so no entity is ever expanded ("billion laughs") and no HTML entity is known.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { SiteCollector } from './siteValidation.ts';
import {
  MAX_IMPORT_ROWS,
  emptyResult,
  summarise,
  type ImportFormat,
  type ImportResult,
} from './importTypes.ts';

const ELEMENT_NODE = 1;

const children = (parent: XmlElement): XmlElement[] =>
  Array.from(parent.childNodes).filter((c): c is XmlElement => c.nodeType === ELEMENT_NODE);
const child = (parent: XmlElement, name: string): XmlElement | undefined =>
  children(parent).find((c) => c.localName === name);
const textOf = (element: XmlElement | undefined) => element?.textContent ?? '';

/** Root elements people mistake for KML, named in the message. */
const NOT_KML: Record<string, string> = {
  html: 'The file is an HTML page, not CSV, GeoJSON, KML or GPX.',
  svg: 'The file is an SVG image, not KML or GPX.',
};

/** Why the text must not be parsed as XML, or null. */
export function xmlProblem(text: string): string | null {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    return 'The file declares a DOCTYPE or XML entities, which Gridscout does not read (entities can blow a small file up to gigabytes). Remove the <!DOCTYPE …> block and import it again.';
  return null;
}

/** An HTML page (often not well-formed XML), recognised before parsing so the message names it. */
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i;

function parseXml(text: string): { root: XmlElement } | { problem: string } {
  if (HTML_START.test(text.slice(0, 4096))) return { problem: NOT_KML.html };
  const refused = xmlProblem(text);
  if (refused) return { problem: refused };
  let failure: string | null = null;
  try {
    const doc = new DOMParser({
      locator: false,
      onError: (level, message) => {
        if (level !== 'warning') failure ??= message;
      },
    }).parseFromString(text, 'text/xml');
    if (failure !== null || !doc.documentElement) return { problem: 'Not valid KML: the XML is malformed.' };
    return { root: doc.documentElement };
  } catch {
    return { problem: 'Not valid KML: the XML is malformed.' };
  }
}

function readKml(root: XmlElement, collector: SiteCollector): number {
  const placemarks = Array.from(root.getElementsByTagNameNS('*', 'Placemark'));
  placemarks.slice(0, MAX_IMPORT_ROWS).forEach((placemark, i) => {
    const row = i + 1;
    const point = placemark.getElementsByTagNameNS('*', 'Point')[0];
    if (!point) return collector.fail(row, 'not a point', 'the placemark has no Point');
    const coordinates = textOf(child(point, 'coordinates')).trim();
    if (coordinates === '') return collector.fail(row, 'missing coordinate', 'the Point has no coordinates');
    const [lon, lat] = coordinates.split(/\s+/)[0].split(',');
    collector.add({
      row,
      lon: lon ?? '',
      lat: lat ?? '',
      name: textOf(child(placemark, 'name')),
      note: textOf(child(placemark, 'description')),
    });
  });
  return placemarks.length;
}

function readGpx(root: XmlElement, collector: SiteCollector): number {
  const waypoints = children(root).filter((c) => c.localName === 'wpt');
  waypoints.slice(0, MAX_IMPORT_ROWS).forEach((wpt, i) =>
    collector.add({
      row: i + 1,
      lat: wpt.getAttribute('lat'),
      lon: wpt.getAttribute('lon'),
      name: textOf(child(wpt, 'name')),
      note: textOf(child(wpt, 'desc')),
    }),
  );
  return waypoints.length;
}

export function parseKmlSites(text: string): ImportResult {
  const parsed = parseXml(text);
  if ('problem' in parsed) return emptyResult('kml', parsed.problem);
  const name = parsed.root.localName ?? '';
  if (name !== 'kml' && name !== 'gpx')
    return emptyResult(
      'kml',
      NOT_KML[name.toLowerCase()] ??
        `Not KML: the root element is <${name.slice(0, 40)}>, not <kml> or <gpx>.`,
    );
  const format: ImportFormat = name === 'gpx' ? 'gpx' : 'kml';
  const collector = new SiteCollector();
  const total = format === 'gpx' ? readGpx(parsed.root, collector) : readKml(parsed.root, collector);
  return {
    format,
    sites: collector.sites,
    errors: collector.errors,
    columns:
      format === 'gpx'
        ? { lat: 'wpt/@lat', lon: 'wpt/@lon', name: 'name', note: 'desc' }
        : { lat: 'Point/coordinates', lon: 'Point/coordinates', name: 'name', note: 'description' },
    headers: [],
    message: summarise(collector.sites.length, collector.errors.length, total),
  };
}
