import { describe, expect, it } from 'vitest';
import { QUEUE_REGION_MAJORITY, stateIsos } from '../../../scripts/grid-truth/queueRegion.ts';
import type { UsQueueRow } from '../../../scripts/grid-truth/queues.ts';

type Row = Pick<UsQueueRow, 'iso' | 'state'>;
const rows = (iso: UsQueueRow['iso'], state: string, n: number): Row[] =>
  Array.from({ length: n }, () => ({ iso, state }));

describe('queue_region rule: the ISO holding a strict majority of a state\u2019s queue rows', () => {
  it('assigns the majority ISO, and none at an exact half or below', () => {
    const out = stateIsos([
      ...rows('PJM', 'VA', 3),
      ...rows('MISO', 'VA', 1),
      ...rows('MISO', 'IL', 2),
      ...rows('PJM', 'IL', 2),
      ...rows('SPP', 'Kansas', 1),
    ]);
    expect(out.map((s) => [s.region, s.iso])).toEqual([
      ['US-IL', null],
      ['US-KS', 'SPP'],
      ['US-VA', 'PJM'],
    ]);
    const il = out.find((s) => s.region === 'US-IL')!;
    expect(il.leaderRows).toBe(il.rows * QUEUE_REGION_MAJORITY);
  });

  it('counts ERCOT rows without a state as Texas and leaves out rows without a state', () => {
    const out = stateIsos([...rows('ERCOT', '', 2), ...rows('SPP', 'TX', 1), ...rows('PJM', '', 5)]);
    expect(out).toEqual([{ region: 'US-TX', rows: 3, leader: 'ERCOT', leaderRows: 2, iso: 'ERCOT' }]);
  });

  it('does not depend on row order', () => {
    const a = [...rows('PJM', 'OH', 4), ...rows('MISO', 'OH', 1), ...rows('NYISO', 'NY', 2)];
    expect(stateIsos([...a].reverse())).toEqual(stateIsos(a));
  });
});
