/**
 * The hot loops of the grid scorer, each a single pass over the cells. On a full rescore, each weighted criterion's
 * kernel adds score × weight per cell, flags missing data and records the cells' codes into the criterion's score
 * table (raw values for plain layers); a weight-only change then runs addWeightedScores per criterion over the
 * scored cells' gathered scores. Tables hold score × weight, exactly the product scorePoint adds, so sums agree bit for bit.
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

/** Per-cell codes into a term's score table: a layer's raw values, stage codes or codes built by the kernels below. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/** A code array able to hold codes 0..maxCode (reusing `reuse` when it fits). */
export function codeArray(maxCode: number, n: number, reuse?: CodeArray): CodeArray {
  const bytes = maxCode <= 0xff ? 1 : maxCode <= 0xffff ? 2 : 4;
  if (reuse && reuse.BYTES_PER_ELEMENT === bytes && reuse.length === n) return reuse;
  return bytes === 1 ? new Uint8Array(n) : bytes === 2 ? new Uint16Array(n) : new Uint32Array(n);
}

/** score × weight per code (exactly the product scorePoint adds, so sums agree bit for bit), into `out`. */
export function weighTable(table: Float64Array, w: number, out: Float64Array): Float64Array {
  for (let r = 0; r < table.length; r++) out[r] = table[r] * w;
  return out;
}

/** weighted: score × weight per raw value. Flags and counts the cells without data. */
export function addLayerTerm(
  l: PreparedLayer,
  weighted: Float64Array,
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
    } else sum[i] += weighted[r];
  }
  return missing;
}

/**
 * Energised-site criterion. Codes: a current-MW raw value; else plannedOffset + a planned-MW raw value; else
 * zeroCode + 1 (MW not published). zeroCode: no energised site within reach (0 MW). An unknown gate (missing
 * distance) is missing data: code zeroCode + 2, never summed.
 */
export function addEnergizedTerm(
  km: PreparedLayer,
  kmLut: Uint8Array,
  st: PreparedLayer,
  stLut: Uint8Array,
  mw: PreparedLayer,
  planned: PreparedLayer,
  plannedOffset: number,
  zeroCode: number,
  weighted: Float64Array,
  out: CodeArray,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  const notPublished = zeroCode + 1;
  const skip = zeroCode + 2;
  let missing = 0;
  for (let i = 0; i < km.raw.length; i++) {
    const rk = km.raw[i];
    const rs = st.raw[i];
    const gk: number = rk === km.noData ? T_UNKNOWN : kmLut[rk];
    const gs: number = rs === st.noData ? T_YES : stLut[rs];
    const gate = AND[gk * 3 + gs];
    if (gate === T_NO) {
      out[i] = zeroCode;
      sum[i] += weighted[zeroCode];
    } else if (gate === T_YES) {
      const rm = mw.raw[i];
      const rp = planned.raw[i];
      const code = rm !== mw.noData ? rm : rp !== planned.noData ? plannedOffset + rp : notPublished;
      out[i] = code;
      sum[i] += weighted[code];
    } else {
      out[i] = skip;
      flags[i] |= MISSING;
      missing++;
    }
  }
  return missing;
}

/** weighted: score × weight per stage code, < 0 where the stage has no score (the cell is incomplete). */
export function addStageTerm(
  cellStages: Uint8Array,
  weighted: Float64Array,
  sum: Float64Array,
  flags: Uint8Array,
): number {
  let missing = 0;
  for (let i = 0; i < cellStages.length; i++) {
    const s = weighted[cellStages[i]];
    if (s < 0) {
      flags[i] |= MISSING;
      missing++;
    } else sum[i] += s;
  }
  return missing;
}

/** Indices of the cells without flags (`count` of them). */
export function liveCells(flags: Uint8Array, count: number): Uint32Array {
  const live = new Uint32Array(count);
  let j = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i] === 0) live[j++] = i;
  return live;
}

/** SCORE_EXCLUDED / SCORE_INCOMPLETE per flagged cell, as encodeScores gives them (0 elsewhere). */
export function flaggedCodes(flags: Uint8Array): Uint8Array {
  const out = new Uint8Array(flags.length);
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (f & EXCLUDED) out[i] = CODE_EXCLUDED;
    else if (f & MISSING) out[i] = CODE_INCOMPLETE;
  }
  return out;
}

/** table[codes[live[j]]] per scored cell: a term's unweighted scores, gathered once for weight-only rescoring. */
export function gatherScores(
  codes: CodeArray,
  table: Float64Array,
  live: Uint32Array,
  out: Float64Array,
): Float64Array {
  for (let j = 0; j < live.length; j++) out[j] = table[codes[live[j]]];
  return out;
}

/**
 * sum[j] (+)= scores[j] × w over the scored cells only (no skips among them): the same product scorePoint adds
 * (score × weight), over one monomorphic Float64Array. `first`: the sum starts at 0 + the first term, as the full
 * pass's sums do (0 + x, not x, so that -0 becomes +0 alike).
 */
export function addWeightedScores(scores: Float64Array, w: number, sum: Float64Array, first: boolean): void {
  const n = scores.length;
  if (first) for (let j = 0; j < n; j++) sum[j] = 0 + scores[j] * w;
  else for (let j = 0; j < n; j++) sum[j] += scores[j] * w;
}

/**
 * addWeightedScores for two to four terms in one pass: the sum is read and written once instead of once per term.
 * JavaScript adds left to right in doubles, so sum + a·wa + b·wb equals (sum + a·wa) + b·wb, term by term: the same
 * sums as addWeightedScores called per term, bit for bit.
 */
export function addWeightedScores2(
  a: Float64Array,
  b: Float64Array,
  wa: number,
  wb: number,
  sum: Float64Array,
  first: boolean,
): void {
  const n = a.length;
  if (first) for (let j = 0; j < n; j++) sum[j] = 0 + a[j] * wa + b[j] * wb;
  else for (let j = 0; j < n; j++) sum[j] = sum[j] + a[j] * wa + b[j] * wb;
}

export function addWeightedScores3(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  wa: number,
  wb: number,
  wc: number,
  sum: Float64Array,
  first: boolean,
): void {
  const n = a.length;
  if (first) for (let j = 0; j < n; j++) sum[j] = 0 + a[j] * wa + b[j] * wb + c[j] * wc;
  else for (let j = 0; j < n; j++) sum[j] = sum[j] + a[j] * wa + b[j] * wb + c[j] * wc;
}

export function addWeightedScores4(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  wa: number,
  wb: number,
  wc: number,
  wd: number,
  sum: Float64Array,
  first: boolean,
): void {
  const n = a.length;
  if (first) for (let j = 0; j < n; j++) sum[j] = 0 + a[j] * wa + b[j] * wb + c[j] * wc + d[j] * wd;
  else for (let j = 0; j < n; j++) sum[j] = sum[j] + a[j] * wa + b[j] * wb + c[j] * wc + d[j] * wd;
}

/**
 * Σ scores[k][j] × w[k] over the terms in order, into sum: four terms per pass (addWeightedScores2–4), so a drag
 * over N terms reads and writes the sum ⌈N / 4⌉ times rather than N times. Equal to addWeightedScores per term.
 */
export function sumWeightedScores(scores: Float64Array[], w: number[], sum: Float64Array): void {
  for (let k = 0; k < scores.length; k += 4) {
    const first = k === 0;
    const left = scores.length - k;
    if (left >= 4)
      addWeightedScores4(
        scores[k],
        scores[k + 1],
        scores[k + 2],
        scores[k + 3],
        w[k],
        w[k + 1],
        w[k + 2],
        w[k + 3],
        sum,
        first,
      );
    else if (left === 3)
      addWeightedScores3(scores[k], scores[k + 1], scores[k + 2], w[k], w[k + 1], w[k + 2], sum, first);
    else if (left === 2) addWeightedScores2(scores[k], scores[k + 1], w[k], w[k + 1], sum, first);
    else addWeightedScores(scores[k], w[k], sum, first);
  }
}

/** Writes the scored cells' sums into `exact` and their rounded codes into `scores`, counting them in `histogram`. */
export function scatterScores(
  sum: Float64Array,
  live: Uint32Array,
  exact: Float64Array,
  scores: Uint8Array,
  histogram: Uint32Array,
): void {
  for (let j = 0; j < live.length; j++) {
    const v = sum[j];
    const i = live[j];
    exact[i] = v;
    let s = (v + 0.5) | 0; // roundScore(), inlined as in encodeScores
    if (s > 100) s = 100;
    scores[i] = s;
    histogram[s]++;
  }
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
