/** The grid scorer's time-to-power kernel: one pass giving each cell its time-to-power code, from lookup tables. */
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
  /** Planned MW and its check against the block: used where no current MW is published. */
  planned: PreparedLayer;
  plannedLut: Uint8Array;
  /** Distance to a substation of the HV stage's voltage class, and its within-reach check. */
  hv: PreparedLayer;
  hvLut: Uint8Array;
  cap: PreparedLayer;
  /** Strong-generation check on grid_capacity_mw. */
  genLut: Uint8Array;
  region: PreparedLayer;
  /** Region slot per queue_region raw code (0 = global months). */
  slotLut: Uint8Array;
  /** From gridStageCodes.stageCodeTable: slot and Tri states -> time-to-power code. */
  stageLut: Uint8Array;
}

/** Time-to-power code per cell (the three-valued checks of timeToPower.stageStates, via lookup tables). */
export function stageCodes(x: StageInputs, out: Uint8Array): void {
  const {
    km,
    kmLut,
    st,
    stLut,
    mw,
    mwLut,
    planned,
    plannedLut,
    hv,
    hvLut,
    cap,
    genLut,
    region,
    slotLut,
    stageLut,
  } = x;
  for (let i = 0; i < out.length; i++) {
    const rk = km.raw[i];
    const rm = mw.raw[i];
    const rp = planned.raw[i];
    const rs = st.raw[i];
    const rh = hv.raw[i];
    const rg = cap.raw[i];
    const rq = region.raw[i];
    const ek = rk === km.noData ? T_UNKNOWN : kmLut[rk];
    const es = rs === st.noData ? T_YES : stLut[rs]; // a site without status still counts (contract: energised sites)
    // Current MW, else planned MW, must cover the block; a site publishing neither counts by status (energisedMw.ts).
    const em = rm !== mw.noData ? mwLut[rm] : rp !== planned.noData ? plannedLut[rp] : T_YES;
    const e = AND[AND[ek * 3 + es] * 3 + em];
    const h = rh === hv.noData ? T_UNKNOWN : hvLut[rh]; // no substation data: unknown, never far
    const g = rg === cap.noData ? T_UNKNOWN : genLut[rg];
    const slot = rq === region.noData ? 0 : slotLut[rq];
    out[i] = stageLut[slot * 27 + e * 9 + h * 3 + g];
  }
}
