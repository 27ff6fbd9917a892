/**
 * The hot loops of the grid scorer, one per kind of term, each a single pass over the cells.
 * Lookup tables hold score × weight, exactly the product scorePoint adds, so sums agree bit for bit.
 */
import type { PreparedLayer } from './gridLuts.ts';
import { AND3 } from './gridLuts.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE } from './scoreCodes.ts';

/** Per-cell flags. */
const MISSING = 1;
const EXCLUDED = 2;
// Hot loops read plain module constants, not import bindings (some loaders, e.g. tsx, compile those to getters).
const T_NO = 0;
const T_YES = 1;
const T_UNKNOWN = 2;
const AND = Uint8Array.from(AND3);
const CODE_EXCLUDED = SCORE_EXCLUDED;
const CODE_INCOMPLETE = SCORE_INCOMPLETE;

export function weighted(lut: Float64Array, w: number): Float64Array {
  const out = new Float64Array(lut.length);
  for (let r = 0; r < lut.length; r++) out[r] = lut[r] * w;
  return out;
}

/** lut: score × weight per raw value (score × weight is exactly what scorePoint adds). */
export function addLayerTerm(
  l: PreparedLayer,
  lut: Float64Array,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  const raw = l.raw;
  const nd = l.noData;
  let missing = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r === nd) {
      flags[i] |= MISSING;
      missing++;
    } else sum[i] += lut[r];
  }
  return missing;
}

/** Nearer of two distances: the better (larger) of the two scores, since the score falls with distance. */
export function addNearestTerm(
  a: PreparedLayer,
  lutA: Float64Array,
  b: PreparedLayer,
  lutB: Float64Array,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  const ra = a.raw;
  const rb = b.raw;
  let missing = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === a.noData || y === b.noData) {
      flags[i] |= MISSING;
      missing++;
    } else {
      const sa = lutA[x];
      const sb = lutB[y];
      sum[i] += sa > sb ? sa : sb; // max(a, b) × w === max(a × w, b × w) for w > 0
    }
  }
  return missing;
}

export function addEnergizedTerm(
  km: PreparedLayer,
  kmLut: Uint8Array,
  st: PreparedLayer,
  stLut: Uint8Array,
  mw: PreparedLayer,
  mwLut: Float64Array,
  zeroContribution: number,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  let missing = 0;
  for (let i = 0; i < km.raw.length; i++) {
    const rk = km.raw[i];
    const rs = st.raw[i];
    const gk: number = rk === km.noData ? T_UNKNOWN : kmLut[rk];
    const gs: number = rs === st.noData ? T_YES : stLut[rs];
    const gate = AND[gk * 3 + gs];
    if (gate === T_NO) sum[i] += zeroContribution;
    else if (gate === T_YES && mw.raw[i] !== mw.noData) sum[i] += mwLut[mw.raw[i]];
    else {
      flags[i] |= MISSING;
      missing++;
    }
  }
  return missing;
}

export function addStageTerm(
  cellStages: Uint8Array,
  byStage: Float64Array,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  let missing = 0;
  for (let i = 0; i < cellStages.length; i++) {
    const s = byStage[cellStages[i]];
    if (s < 0) {
      flags[i] |= MISSING;
      missing++;
    } else sum[i] += s;
  }
  return missing;
}

/** fail table: YES = excluded, NO = passes, UNKNOWN = cannot check (incomplete). noData = cannot check. */
export function applyFailTable(l: PreparedLayer, fail: Uint8Array, flags: Uint8Array): number {
  const raw = l.raw;
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const f = r === l.noData ? T_UNKNOWN : fail[r];
    if (f === T_YES) {
      flags[i] |= EXCLUDED;
      count++;
    } else if (f === T_UNKNOWN) flags[i] |= MISSING;
  }
  return count;
}

export function applyStageFail(cellStages: Uint8Array, fail: Uint8Array, flags: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < cellStages.length; i++) {
    const f = fail[cellStages[i]];
    if (f === T_YES) {
      flags[i] |= EXCLUDED;
      count++;
    } else if (f === T_UNKNOWN) flags[i] |= MISSING;
  }
  return count;
}

export interface StageInputs {
  km: PreparedLayer;
  kmLut: Uint8Array;
  st: PreparedLayer;
  stLut: Uint8Array;
  mw: PreparedLayer;
  mwLut: Uint8Array;
  cap: PreparedLayer;
  approvedLut: Uint8Array;
  studyLut: Uint8Array;
  stranded: PreparedLayer;
  strandedLut: Uint8Array;
  /** From timeToPower.stageLookup: Tri states -> stage code. */
  stageLut: Uint8Array;
}

/** Time-to-power stage code per cell (the three-valued checks of timeToPower.stageStates, via lookup tables). */
export function stageCodes(x: StageInputs, out: Uint8Array): void {
  const { km, kmLut, st, stLut, mw, mwLut, cap, approvedLut, studyLut, stranded, strandedLut, stageLut } = x;
  for (let i = 0; i < out.length; i++) {
    const rk = km.raw[i];
    const rm = mw.raw[i];
    const rs = st.raw[i];
    const rg = cap.raw[i];
    const rr = stranded.raw[i];
    const ek = rk === km.noData ? T_UNKNOWN : kmLut[rk];
    const es = rs === st.noData ? T_YES : stLut[rs]; // a site without status still counts (contract: energised sites)
    const em = rm === mw.noData ? T_UNKNOWN : mwLut[rm];
    const e = AND[AND[ek * 3 + es] * 3 + em];
    const ga = rg === cap.noData ? T_UNKNOWN : approvedLut[rg];
    const sa = rr === stranded.noData ? T_UNKNOWN : strandedLut[rr];
    const ap = AND[ga * 3 + sa];
    const s = rg === cap.noData ? T_UNKNOWN : studyLut[rg];
    out[i] = stageLut[e * 9 + ap * 3 + s];
  }
}

/** Score codes and histogram from sums and flags (excluded first, then incomplete, then the rounded score). */
export function encodeScores(
  sum: Float64Array,
  flags: Uint8Array,
  anyWeighted: boolean,
  scores: Uint8Array,
  histogram: Uint32Array,
): { excludedCount: number; incompleteCount: number } {
  let excludedCount = 0;
  let incompleteCount = 0;
  for (let i = 0; i < sum.length; i++) {
    const f = flags[i];
    if (f & EXCLUDED) {
      scores[i] = CODE_EXCLUDED;
      excludedCount++;
    } else if (f & MISSING || !anyWeighted) {
      scores[i] = CODE_INCOMPLETE;
      incompleteCount++;
    } else {
      let s = (sum[i] + 0.5) | 0; // roundScore(), inlined
      if (s > 100) s = 100;
      scores[i] = s;
      histogram[s]++;
    }
  }
  return { excludedCount, incompleteCount };
}
