/** Finds the latitude, longitude, name and note columns of a CSV header under their usual names. */
import type { DetectedColumns } from './importTypes.ts';

/** Header text reduced to lower-case letters and digits: "Lat (DD)" → "latdd". */
const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const NAMES: Record<keyof DetectedColumns, readonly string[]> = {
  lat: [
    'lat',
    'latitude',
    'y',
    'latdd',
    'latitudedd',
    'latdeg',
    'latdecimal',
    'decimallatitude',
    'latwgs84',
    'wgs84lat',
    'gpslat',
    'gpslatitude',
    'ycoord',
    'ycoordinate',
    'pointy',
    'lat4326',
    'sitelat',
    'sitelatitude',
  ],
  lon: [
    'lon',
    'lng',
    'long',
    'longitude',
    'x',
    'londd',
    'lngdd',
    'longdd',
    'longitudedd',
    'londeg',
    'londecimal',
    'decimallongitude',
    'lonwgs84',
    'wgs84lon',
    'gpslon',
    'gpslng',
    'gpslongitude',
    'xcoord',
    'xcoordinate',
    'pointx',
    'lon4326',
    'sitelon',
    'sitelng',
    'sitelongitude',
  ],
  name: [
    'name',
    'sitename',
    'site',
    'title',
    'label',
    'placename',
    'place',
    'location',
    'facility',
    'facilityname',
  ],
  note: ['notes', 'note', 'description', 'comment', 'comments', 'desc', 'remarks'],
};

/** The first header matching each kind of column, preferring the earliest name in the list above. */
export function detectColumns(headers: readonly string[]): DetectedColumns {
  const normalised = headers.map(normaliseHeader);
  const find = (kind: keyof DetectedColumns): string | null => {
    for (const name of NAMES[kind]) {
      const i = normalised.indexOf(name);
      if (i >= 0) return headers[i];
    }
    return null;
  };
  return { lat: find('lat'), lon: find('lon'), name: find('name'), note: find('note') };
}
