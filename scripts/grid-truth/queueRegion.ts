/**
 * Which ISO's generation-queue evidence applies to a US state (the queue_region grid layer). There is no ISO
 * footprint in the raw data, so the queue file itself is the proxy: a state belongs to the ISO with the most queue
 * rows in that state (all sheets: active, withdrawn, completed), when that ISO holds a strict majority of the
 * state's rows (rows with a state, see queues.ts rowState); otherwise to none.
 */
import { ISOS, rowState, type UsQueueRow } from './queues.ts';

/** Share of a state's queue rows the leading ISO must exceed. */
export const QUEUE_REGION_MAJORITY = 0.5;

export const QUEUE_REGION_RULE = `Proxy (no ISO footprint data): a US state belongs to the ISO with the most rows of us_iso_queues_2025-01.csv in that state (active, withdrawn and completed; ERCOT rows count as Texas), when that ISO holds more than ${QUEUE_REGION_MAJORITY * 100}% of the state's rows; otherwise to none. A cell takes its Natural Earth admin-1 state's ISO.`;

export interface StateIso {
  /** ISO 3166-2 code, e.g. "US-VA". */
  region: string;
  rows: number;
  /** The leading ISO and its rows. */
  leader: string;
  leaderRows: number;
  /** The leader when it holds the majority, else null. */
  iso: string | null;
}

/** Per state (sorted by code): its row count, leading ISO and the assigned ISO. */
export function stateIsos(rows: readonly Pick<UsQueueRow, 'iso' | 'state'>[]): StateIso[] {
  const by = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const s = rowState(r);
    if (!('state' in s)) continue;
    const m = by.get(s.state) ?? new Map<string, number>();
    m.set(r.iso, (m.get(r.iso) ?? 0) + 1);
    by.set(s.state, m);
  }
  return [...by.keys()].sort().map((state) => {
    const m = by.get(state)!;
    const rowsIn = [...m.values()].reduce((a, b) => a + b, 0);
    // ties go to the ISO first in ISOS order, so the result does not depend on row order
    let leader: string = ISOS.find((i) => m.has(i))!;
    for (const i of ISOS) if ((m.get(i) ?? 0) > m.get(leader)!) leader = i;
    const leaderRows = m.get(leader)!;
    return {
      region: `US-${state}`,
      rows: rowsIn,
      leader,
      leaderRows,
      iso: leaderRows > rowsIn * QUEUE_REGION_MAJORITY ? leader : null,
    };
  });
}
