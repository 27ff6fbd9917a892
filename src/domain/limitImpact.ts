/**
 * What a hard limit removes on the grid: the land cells it excludes and the countries it removes whole (every cell
 * with data fails). For a country-level quantity (carbon, water stress, disaster risk) the two coincide: the UI asks
 * for confirmation with these counts before applying such a limit.
 */
import type { LimitDef } from './constraints.ts';
import { limitFails } from './constraints.ts';
import { decodeRaw, type ScoringGrid } from './grid.ts';

export interface LimitImpact {
  /** ISO3 codes of the countries whose every cell with data fails the limit, sorted. */
  countries: string[];
  /** Land cells failing the limit. */
  cells: number;
  /** cells / all land cells (0–1). */
  landShare: number;
}

/** Impact of one limit on a grid layer (limits on time to power need the scorer: not handled here). */
export function limitImpact(grid: ScoringGrid, def: LimitDef, limit: number): LimitImpact | null {
  if (def.reads === 'time_to_power') return null;
  const raw = grid.layers.get(def.reads);
  const info = grid.layerInfo.get(def.reads);
  const country = grid.layers.get('country');
  const countryInfo = grid.layerInfo.get('country');
  if (!raw || !info || !country || !countryInfo) return null;
  const codes = grid.manifest.countries;
  const failing = new Uint32Array(codes.length);
  const withData = new Uint32Array(codes.length);
  let cells = 0;
  for (let i = 0; i < raw.length; i++) {
    const value = decodeRaw(info, raw[i]);
    if (value === null) continue;
    const fails = limitFails(def, limit, value);
    if (fails) cells++;
    const c = country[i];
    if (c === countryInfo.noData || c >= codes.length) continue;
    withData[c]++;
    if (fails) failing[c]++;
  }
  const countries = codes.filter((_, c) => withData[c] > 0 && failing[c] === withData[c]).sort();
  return { countries, cells, landShare: raw.length ? cells / raw.length : 0 };
}
