/**
 * The Power price term of the grid scorer under the user's price settings, in the order of price.ts: the user's
 * figure for the cell's region, else its country; else (wholesale basis) the wholesale price; else the retail one.
 * Codes index the concatenation [retail score table | wholesale score table | one score per override], so the
 * weight-only path re-sums them like any other term; the per-cell choice is one allocation-free pass.
 */
import type { ResolvedConfig } from './config.ts';
import { getCriterion } from './criteria.ts';
import { decodeRaw } from './grid.ts';
import { codeArray, type CodeArray } from './gridKernels.ts';
import type { PreparedLayer } from './gridLuts.ts';
import type { GridTables } from './gridTables.ts';
import { transformScore } from './transforms.ts';

// As gridKernels.ts's per-cell flags.
const MISSING = 1;
const EXCLUDED = 2;

/** Override index per raw code of the country / region layer (-1 = none), from the layers' labels. */
function overrideLut(
  layer: PreparedLayer,
  labels: readonly string[],
  index: ReadonlyMap<string, number>,
): Int32Array {
  const size = layer.max >= layer.min ? layer.max + 1 : 1;
  const lut = new Int32Array(size).fill(-1);
  for (let r = Math.max(0, layer.min); r <= layer.max; r++) {
    const label = labels[r];
    if (r !== layer.noData && label !== undefined) lut[r] = index.get(label) ?? -1;
  }
  return lut;
}

export interface PriceKernelInput {
  region: PreparedLayer;
  regionLut: Int32Array;
  country: PreparedLayer;
  countryLut: Int32Array;
  /** null on the retail basis. */
  wholesale: PreparedLayer | null;
  retail: PreparedLayer;
  wholesaleBase: number;
  overrideBase: number;
  /** Code of cells without any price (its table entry is never summed). */
  skip: number;
}

/**
 * Chooses each cell's price code and adds its weighted score (when `sum` is given); flags and counts cells
 * without any price.
 */
export function addPriceCodes(
  k: PriceKernelInput,
  weighted: Float64Array,
  out: CodeArray,
  sum: Float64Array | null,
  flags: Uint8Array,
): number {
  const { region, regionLut, country, countryLut, wholesale, retail, wholesaleBase, overrideBase, skip } = k;
  const rRaw = region.raw;
  const rNd = region.noData;
  const cRaw = country.raw;
  const cNd = country.noData;
  const wRaw = wholesale ? wholesale.raw : null;
  const wNd = wholesale ? wholesale.noData : -1;
  const pRaw = retail.raw;
  const pNd = retail.noData;
  let missing = 0;
  for (let i = 0; i < pRaw.length; i++) {
    let code = -1;
    const rr = rRaw[i];
    if (rr !== rNd && rr < regionLut.length && regionLut[rr] >= 0) code = overrideBase + regionLut[rr];
    if (code < 0) {
      const cr = cRaw[i];
      if (cr !== cNd && cr < countryLut.length && countryLut[cr] >= 0) code = overrideBase + countryLut[cr];
    }
    if (code < 0 && wRaw !== null && wRaw[i] !== wNd) code = wholesaleBase + wRaw[i];
    if (code < 0 && pRaw[i] !== pNd) code = pRaw[i];
    if (code < 0) {
      out[i] = skip;
      flags[i] |= MISSING;
      missing++;
    } else {
      out[i] = code;
      if (sum !== null) sum[i] += weighted[code];
    }
  }
  return missing;
}

/** The kernel input and the price (USD/kWh) of every code, under r.priceBasis and r.priceOverrides. */
function priceInputs(tables: GridTables, r: ResolvedConfig): { k: PriceKernelInput; values: Float64Array } {
  const retail = tables.layer('power_price');
  const wholesale = r.priceBasis === 'wholesale' ? tables.layer('wholesale_price') : null;
  const size = (l: PreparedLayer | null) => (l && l.max >= l.min ? l.max + 1 : l ? 1 : 0);
  const overrides = r.priceOverrides;
  const wholesaleBase = size(retail);
  const overrideBase = wholesaleBase + size(wholesale);
  const values = new Float64Array(overrideBase + overrides.length + 1).fill(NaN);
  for (let c = 0; c < wholesaleBase; c++) values[c] = decodeRaw(retail.info, c) ?? NaN;
  for (let c = wholesaleBase; c < overrideBase; c++)
    values[c] = decodeRaw(wholesale!.info, c - wholesaleBase) ?? NaN;
  overrides.forEach((o, k) => (values[overrideBase + k] = o.usdPerKwh));
  const index = new Map(overrides.map((o, k) => [o.code, k]));
  const region = tables.layer('region');
  const country = tables.layer('country');
  return {
    k: {
      region,
      regionLut: overrideLut(region, tables.regions, index),
      country,
      countryLut: overrideLut(country, tables.countries, index),
      wholesale,
      retail,
      wholesaleBase,
      overrideBase,
      skip: overrideBase + overrides.length,
    },
    values,
  };
}

/**
 * The Max power price constraint on the price each cell is scored with (as scorePoint checks it): excluded where
 * it fails, MISSING where the cell has no price. Returns the excluded count.
 */
export function applyPriceLimit(
  tables: GridTables,
  r: ResolvedConfig,
  fails: (usdPerKwh: number) => boolean,
  flags: Uint8Array,
): number {
  const { k, values } = priceInputs(tables, r);
  const codes = codeArray(values.length, tables.n);
  addPriceCodes(k, values, codes, null, flags);
  const fail = new Uint8Array(values.length);
  for (let c = 0; c < values.length; c++)
    fail[c] = c !== k.skip && !Number.isNaN(values[c]) && fails(values[c]) ? 1 : 0;
  let count = 0;
  for (let i = 0; i < codes.length; i++) {
    if (fail[codes[i]] === 1) {
      flags[i] |= EXCLUDED;
      count++;
    }
  }
  return count;
}

/** The Power price term (criterion `power_price`), under r.priceBasis and r.priceOverrides. */
export function addPriceTerm(
  // gridTerms.ts's TermContext (not imported: gridTerms imports this module).
  ctx: {
    tables: GridTables;
    weigh(table: Float64Array, w: number): Float64Array;
    codes(id: 'power_price', size: number): CodeArray;
  },
  r: ResolvedConfig,
  sum: Float64Array,
  flags: Uint8Array,
): { term: { id: 'power_price'; codes: CodeArray; table: Float64Array }; missing: number } {
  const id = 'power_price';
  const { tables } = ctx;
  const c = getCriterion(id);
  const { k, values } = priceInputs(tables, r);
  // Retail and wholesale entries from the cached score tables (the same numbers scorePoint computes); the last
  // entry is the code of cells without a price, never summed (they are incomplete).
  const table = new Float64Array(values.length);
  table.set(tables.scoreLut('power_price', id, r));
  if (k.wholesale) table.set(tables.scoreLut('wholesale_price', id, r), k.wholesaleBase);
  for (let o = k.overrideBase; o < k.skip; o++)
    table[o] = transformScore(r.transforms[id], c.direction, values[o]!);
  const codes = ctx.codes(id, table.length);
  const missing = addPriceCodes(k, ctx.weigh(table, r.weightFraction[id]), codes, sum, flags);
  return { term: { id, codes, table }, missing };
}
