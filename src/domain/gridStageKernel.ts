/** The grid scorer's time-to-power kernel: one pass giving each cell its stage code, from lookup tables. */
import type { PreparedLayer } from './gridLuts.ts';
import { AND3 } from './gridLuts.ts';

// Hot loops read plain module constants, not import bindings (some loaders, e.g. tsx, compile those to getters).
const T_YES = 1;
const T_UNKNOWN = 2;
const AND = Uint8Array.from(AND3);

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
