/**
 * Which source and year stand behind one criterion value at one place. The grid layers list every
 * source a layer can draw on; for a single place the card names the one that applies there: the
 * region's chosen tariff for the power price, the country's indicator year for carbon, water and hazard.
 */
import type { CriterionBreakdown } from '../../domain/index.ts';
import type { CountryIndicators, RegionProps, Source, Tariff } from '../../data/schemas.ts';

export interface PlaceContext {
  /** The tariff that applies at the place (subnational where published, else country). */
  tariff: Tariff | null;
  country: CountryIndicators | null;
  /**
   * Grid truth at the place, once loaded: the data/sources.json ids of every transmission source, the one that
   * covers the place (null: none), and the sources of the operating plants within 50 km.
   */
  transmission?: { allSourceIds: readonly string[]; coveringSourceId: string | null };
  plantSourceIds?: readonly string[];
}

export interface Provenance {
  text: string;
  sourceIds: string[];
}

const cite = (sources: Map<string, Source>, id: string, year?: string): string => {
  const s = sources.get(id);
  return s ? `${s.publisher} (${year ?? s.period})` : id;
};

const INDICATOR: Partial<
  Record<string, keyof Pick<CountryIndicators, 'carbonIntensity' | 'waterStress' | 'hazard'>>
> = {
  carbon: 'carbonIntensity',
  water_stress: 'waterStress',
  hazard: 'hazard',
};

export function rowProvenance(
  row: CriterionBreakdown,
  place: PlaceContext,
  sources: Map<string, Source>,
): Provenance {
  if (row.id === 'power_price') {
    const p = powerPriceProvenance(row, place, sources);
    if (p) return p;
  }
  // grid access rows: only the transmission source that covers the place (none: the row is missing anyway)
  const tx = place.transmission;
  if (tx && row.sourceIds.some((id) => tx.allSourceIds.includes(id))) {
    const ids = row.sourceIds.filter((id) => !tx.allSourceIds.includes(id) || id === tx.coveringSourceId);
    const text = ids.map((id) => cite(sources, id)).join('; ');
    return {
      text: tx.coveringSourceId ? text : `${text}${text ? ' · ' : ''}no substation source covers this place`,
      sourceIds: ids,
    };
  }
  // capacity within 50 km: only the plant sources that list a plant counted here
  if (row.id === 'grid_capacity' && place.plantSourceIds) {
    const used = new Set(place.plantSourceIds);
    const ids = row.sourceIds.filter((id) => used.has(id));
    return {
      text: ids.length ? ids.map((id) => cite(sources, id)).join('; ') : 'no plant listed within 50 km',
      sourceIds: ids,
    };
  }
  const key = INDICATOR[row.id];
  const value = key && place.country ? place.country[key] : null;
  if (key && value) return { text: cite(sources, value.sourceId, value.year), sourceIds: [value.sourceId] };
  return { text: row.sourceIds.map((id) => cite(sources, id)).join('; '), sourceIds: row.sourceIds };
}

/** The tariff a region feature carries, preferring the subnational one when it has its own price. */
export function tariffAt(
  subnational: RegionProps | undefined,
  country: RegionProps | undefined,
): Tariff | null {
  return subnational?.tariff ?? country?.tariff ?? null;
}

/**
 * The power-price row cites only the source its value came from: none for the user's own figure, the wholesale
 * source on the wholesale basis, else the place's tariff (with its period and consumption band). null = no
 * price information on the row and no tariff (fall back to the row's own sources).
 */
function powerPriceProvenance(
  row: CriterionBreakdown,
  place: PlaceContext,
  sources: Map<string, Source>,
): Provenance | null {
  const used = row.price;
  if (used?.origin === 'own') return { text: used.text, sourceIds: [] };
  if (used?.origin === 'wholesale')
    return { text: row.sourceIds.map((id) => cite(sources, id)).join('; '), sourceIds: row.sourceIds };
  const t = place.tariff;
  // The tariff of the clicked point, unless the row's value came from another source (a cell across a border).
  if (t && (!used || row.sourceIds.length === 0 || row.sourceIds.includes(t.sourceId))) {
    const wb =
      t.basis === 'worldbank_2019' ? ' · small-business connection price, not an industrial tariff' : '';
    const band = t.band ? ` · ${t.band}` : '';
    return { text: `${cite(sources, t.sourceId, t.period)}${band}${wb}`, sourceIds: [t.sourceId] };
  }
  return null;
}
