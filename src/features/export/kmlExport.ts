/**
 * KML export, written by hand: one Placemark per site with the CSV's columns as ExtendedData, and the metadata
 * on the Document. Every text goes through escapeXml; characters XML 1.0 forbids are dropped.
 */
import { metadataLines, type ExportMetadata } from './exportMetadata.ts';
import type { SiteRecord } from './siteRecord.ts';

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/FFFF). */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const data = (name: string, value: string | number | null) =>
  `<Data name="${escapeXml(name)}"><value>${escapeXml(value === null ? '' : String(value))}</value></Data>`;

export function toKml(
  columns: readonly string[],
  records: readonly SiteRecord[],
  metadata: ExportMetadata,
): string {
  const placemarks = records.map((r) =>
    [
      '    <Placemark>',
      `      <name>${escapeXml(String(r.name ?? ''))}</name>`,
      `      <description>${escapeXml(String(r.notes ?? ''))}</description>`,
      `      <ExtendedData>${columns.map((c) => data(c, r[c] ?? null)).join('')}</ExtendedData>`,
      `      <Point><coordinates>${Number(r.lon)},${Number(r.lat)}</coordinates></Point>`,
      '    </Placemark>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '  <Document>',
    '    <name>Gridscout shortlist</name>',
    `    <description>${escapeXml(metadataLines(metadata).join('\n'))}</description>`,
    `    <ExtendedData>${[
      data('app_version', metadata.appVersion),
      data('exported_at', metadata.exportedAt),
      data('metadata_json', JSON.stringify(metadata)),
    ].join('')}</ExtendedData>`,
    ...placemarks,
    '  </Document>',
    '</kml>',
    '',
  ].join('\n');
}
