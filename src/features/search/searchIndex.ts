/**
 * Offline search over places (GeoNames gazetteer), mining sites (name, operator) and regions
 * (countries, states, provinces). Pure: built from loaded data, queried without the network.
 */
import type { MiningSite, PlacesFile } from '../../data/schemas.ts';
import type { RegionCollection } from '../../data/datasets.ts';

export type SearchHit =
  | { kind: 'place'; label: string; detail: string; lon: number; lat: number; weight: number }
  | {
      kind: 'mining-site';
      label: string;
      detail: string;
      lon: number;
      lat: number;
      weight: number;
      id: string;
    }
  | {
      kind: 'region';
      label: string;
      detail: string;
      lon: number;
      lat: number;
      weight: number;
      bbox: [number, number, number, number];
    };

interface Entry {
  key: string; // normalised search text
  hit: SearchHit;
}

export const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

function bboxOf(geometry: GeoJSON.Geometry): [number, number, number, number] {
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return [w, s, e, n];
}

export interface SearchData {
  places?: PlacesFile;
  miningSites?: readonly MiningSite[];
  countries?: RegionCollection;
  admin1?: RegionCollection;
}

export function buildSearchIndex(data: SearchData): Entry[] {
  const entries: Entry[] = [];
  const p = data.places;
  if (p)
    for (let i = 0; i < p.name.length; i++)
      entries.push({
        key: normalise(p.name[i]),
        hit: {
          kind: 'place',
          label: p.name[i],
          detail: `${[p.admin1[i], p.country[i]].filter(Boolean).join(', ')} · pop. ${p.population[i].toLocaleString('en-US')}`,
          lon: p.lon[i],
          lat: p.lat[i],
          weight: p.population[i],
        },
      });
  for (const s of data.miningSites ?? []) {
    const hit: SearchHit = {
      kind: 'mining-site',
      id: s.id,
      label: s.name,
      detail: `Mining site · ${s.operator}${s.city ? ` · ${s.city}` : ''}`,
      lon: s.lon,
      lat: s.lat,
      weight: 1e9,
    };
    entries.push({ key: normalise(s.name), hit }, { key: normalise(s.operator), hit });
  }
  for (const collection of [data.countries, data.admin1]) {
    for (const f of collection?.features ?? []) {
      const box = bboxOf(f.geometry as GeoJSON.Geometry);
      entries.push({
        key: normalise(f.properties.name),
        hit: {
          kind: 'region',
          label: f.properties.name,
          detail: f.properties.level === 'country' ? 'Country' : `Region · ${f.properties.iso2}`,
          lon: (box[0] + box[2]) / 2,
          lat: (box[1] + box[3]) / 2,
          bbox: box,
          weight: f.properties.level === 'country' ? 2e9 : 1.5e9,
        },
      });
    }
  }
  return entries;
}

/** Exact matches first, then prefix, then word-prefix, then substring; ties by weight. */
export function search(index: readonly Entry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const scored: { rank: number; hit: SearchHit }[] = [];
  for (const { key, hit } of index) {
    let rank: number;
    if (key === q) rank = 0;
    else if (key.startsWith(q)) rank = 1;
    else if (key.includes(` ${q}`)) rank = 2;
    else if (key.includes(q)) rank = 3;
    else continue;
    scored.push({ rank, hit });
  }
  scored.sort((a, b) => a.rank - b.rank || b.hit.weight - a.hit.weight);
  const seen = new Set<SearchHit>();
  const out: SearchHit[] = [];
  for (const { hit } of scored) {
    if (seen.has(hit)) continue;
    seen.add(hit);
    out.push(hit);
    if (out.length === limit) break;
  }
  return out;
}
