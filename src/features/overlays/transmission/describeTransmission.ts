/** Hover text of a transmission line, a substation and the no-coverage mask (plain text). */
import type { LineProps, LocationQuality, SubstationsFile } from '../../../contract/transmission.ts';
import type { Source } from '../../../data/schemas.ts';
import type { Description } from '../overlay.ts';
import { substationKv } from './transmissionFeatures.ts';

export const LOCATION_QUALITY: Record<LocationQuality, string> = {
  schematic: 'schematic position (ENTSO-E map; can be several km off)',
  surveyed: 'surveyed position',
  osm: 'OpenStreetMap position',
};

const publisher = (sources: Map<string, Source>, id: string) => sources.get(id)?.publisher ?? id;

/** The data/sources.json id of a transmission source name, from the substations file's table. */
export function transmissionSourceId(subs: SubstationsFile | undefined, source: string): string {
  const k = subs?.sources.indexOf(source as SubstationsFile['sources'][number]) ?? -1;
  return k >= 0 && subs ? subs.sourceIds[k] : source;
}

export function describeLine(
  p: Partial<LineProps>,
  subs: SubstationsFile | undefined,
  sources: Map<string, Source>,
): Description {
  const id = transmissionSourceId(subs, String(p.source));
  const kv = p.kv == null ? null : Number(p.kv);
  return {
    title: kv === null ? 'Transmission line, voltage not listed' : `${kv} kV line`,
    lines: [
      p.circuits != null
        ? `${p.circuits} circuit${Number(p.circuits) > 1 ? 's' : ''}`
        : 'Circuits not listed',
      p.underConstruction ? 'Under construction' : '',
      `Source: ${publisher(sources, id)} (${p.sourceId ?? ''}), vintage ${sources.get(id)?.period ?? 'not stated'}`,
    ].filter(Boolean),
  };
}

export function describeSubstation(
  i: number,
  subs: SubstationsFile | undefined,
  sources: Map<string, Source>,
): Description | null {
  const s = subs;
  if (!s || !(i >= 0 && i < s.count)) return null;
  const { kv, fromLines } = substationKv(s, i);
  const id = s.sourceIds[s.source[i]];
  return {
    title: s.name[i] || 'Unnamed substation',
    lines: [
      s.operator[i] ? `Operator: ${s.operator[i]}` : 'Operator not listed',
      kv === null ? 'Voltage not listed' : `${kv} kV${fromLines ? ' (kV from connected lines)' : ''}`,
      s.voltages[i].length > 1 ? `Voltages: ${s.voltages[i].join(' / ')} kV` : '',
      s.status[i] === 'under_construction' ? 'Under construction' : '',
      `Source: ${publisher(sources, id)} (${s.sourceId[i]}), vintage ${s.vintage[i]}`,
      `Location: ${LOCATION_QUALITY[s.locationQuality[i]]}`,
    ].filter(Boolean),
  };
}
