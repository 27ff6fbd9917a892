/**
 * From a file's name and bytes to an import result: the size limit, the text encoding (UTF-8 only; UTF-16 and
 * binary files get a message), the format (by extension, else by content) and the parser. Pure; never throws.
 */
import { parseCsvSites } from './csvImport.ts';
import { parseGeoJsonSites } from './geojsonImport.ts';
import { parseKmlSites } from './kmlImport.ts';
import {
  emptyResult,
  sizeProblem,
  type ColumnChoice,
  type ImportFormat,
  type ImportResult,
} from './importTypes.ts';

/** The bytes as text, or why they are not UTF-8 text. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      problem:
        'The file is UTF-16 text. Save it as UTF-8 (e.g. “CSV UTF-8” in a spreadsheet) and import it again.',
    };
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: 'The file looks binary (it holds NUL bytes), not CSV, GeoJSON or KML text.' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: 'The file is not UTF-8 text. Save it as UTF-8 and import it again.' };
  }
}

/** The format from the file name's extension, else from the first non-blank character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.kml') || name.endsWith('.gpx')) return 'kml';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'geojson' : first === '<' ? 'kml' : 'csv';
}

export function parseSitesText(format: ImportFormat, text: string, choice?: ColumnChoice): ImportResult {
  try {
    if (format === 'geojson') return parseGeoJsonSites(text);
    if (format === 'kml' || format === 'gpx') return parseKmlSites(text);
    return parseCsvSites(text, choice);
  } catch (error) {
    // The parsers do not throw; this is the last guard so a bad file can never break the page.
    return emptyResult(
      format,
      `The file could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
  }
}

export interface DecodedImport {
  format: ImportFormat;
  text: string;
}

/** Checks and decodes a file's bytes; a message when it cannot be imported. */
export function decodeImport(fileName: string, bytes: Uint8Array): DecodedImport | { problem: string } {
  if (fileName.toLowerCase().endsWith('.kmz'))
    return { problem: 'KMZ files are zipped: unzip it and import the KML inside (doc.kml).' };
  const size = sizeProblem(bytes.byteLength);
  if (size) return { problem: size };
  if (bytes.byteLength === 0) return { problem: 'The file is empty.' };
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return decoded;
  return { format: detectFormat(fileName, decoded.text), text: decoded.text };
}

/** Stages of reading a file, for the progress line. */
export type ImportStage = 'decoding' | 'parsing';

/** A file's bytes to an import result (a refused file is an empty result with its message). Never throws. */
export function readImport(
  fileName: string,
  bytes: Uint8Array,
  choice?: ColumnChoice,
  onStage?: (stage: ImportStage) => void,
): ImportResult {
  onStage?.('decoding');
  const decoded = decodeImport(fileName, bytes);
  if ('problem' in decoded) return emptyResult(detectFormat(fileName, ''), decoded.problem);
  onStage?.('parsing');
  return parseSitesText(decoded.format, decoded.text, choice);
}
