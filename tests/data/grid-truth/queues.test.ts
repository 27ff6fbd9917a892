import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { QueuesFileSchema } from '../../../src/contract/queues.ts';
import {
  buildQueues,
  countyKey,
  quantile,
  rowState,
  writeQueues,
} from '../../../scripts/grid-truth/queues.ts';

const RAW = join(process.cwd(), '..', 'shared', 'data');
const read = (f: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(RAW, f), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const us = read('grid/queues/us_iso_queues_2025-01.csv');
const ercot = read('grid/queues/ercot_gis_report_2025-11.csv');
const q = buildQueues(RAW);

/** The test's own measure: months = days / (365.25 / 12), negative spans dropped. */
function spans(pairs: [string, string][]): number[] {
  return pairs
    .filter(([a, b]) => a !== '' && b !== '')
    .map(([a, b]) => (Date.parse(b) - Date.parse(a)) / 864e5 / (365.25 / 12))
    .filter((m) => m >= 0)
    .sort((x, y) => x - y);
}
function median(v: number[]): number {
  const h = v.length / 2;
  return v.length % 2 ? v[Math.floor(h)]! : (v[h - 1]! + v[h]!) / 2;
}
const lead = (region: string, measure: string) =>
  q.leadTimes.find((r) => r.region === region && r.measure.startsWith(measure))!;

describe('lead times from the raw queue rows', () => {
  it("recomputes PJM's completed-project median (queue date → in service)", () => {
    const v = spans(
      us
        .filter((r) => r.iso === 'PJM' && r.queue_sheet === 'Completed')
        .map((r) => [r.queue_date!, r.actual_in_service_date!]),
    );
    const pjm = lead('PJM', 'queue_date → actual_in_service_date');
    expect(pjm.n).toBe(v.length);
    expect(pjm.median).toBe(Math.round(median(v) * 10) / 10);
    expect(pjm.p25!).toBeLessThan(pjm.median!);
    expect(pjm.p75!).toBeGreaterThan(pjm.median!);
    expect(pjm.caveat).toMatch(/generation interconnection queue, not large-load/);
  });

  it("recomputes ERCOT's full-study request → energisation median", () => {
    const v = spans(ercot.map((r) => [r.fis_requested!, r.approved_for_energization!]));
    const e = lead('ERCOT', 'fis_requested');
    expect(e.n).toBe(v.length);
    expect(e.median).toBe(Math.round(median(v) * 10) / 10);
    const missing = ercot.filter((r) => r.fis_requested === '' || r.approved_for_energization === '').length;
    expect(e.excluded.missing_start! + e.excluded.missing_end!).toBe(missing);
  });

  it('gives no figure where the file has no in-service date', () => {
    const withDate = new Set(
      us.filter((r) => r.queue_sheet === 'Completed' && r.actual_in_service_date !== '').map((r) => r.iso),
    );
    const none = q.leadTimes.filter(
      (r) => r.measure.startsWith('queue_date → actual') && !withDate.has(r.region),
    );
    expect(none.length).toBeGreaterThan(0);
    expect(none.map((r) => [r.n, r.median])).toEqual(none.map(() => [0, null]));
  });

  it('quantile interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
  });
});

describe('queue pressure', () => {
  it("sums Virginia's active MW and withdrawn share from the raw rows", () => {
    const va = us.filter((r) => r.state === 'VA');
    const active = va.filter((r) => r.queue_sheet === 'Active');
    const mw = active.reduce((s, r) => s + Number(r.capacity_mw || r.summer_mw || 0), 0);
    const withIsos = new Set(us.filter((r) => r.queue_sheet === 'Withdrawn').map((r) => r.iso));
    const ws = va.filter((r) => withIsos.has(r.iso));
    const st = q.states.find((s) => s.state === 'VA')!;
    expect(st.activeProjects).toBe(active.length);
    expect(st.withdrawnShareRows).toBe(ws.length);
    expect(st.activeMw).toBeCloseTo(mw, 1);
    expect(st.withdrawnShare).toBeCloseTo(
      ws.filter((r) => r.queue_sheet === 'Withdrawn').length / ws.length,
      4,
    );
  });

  it('puts ERCOT rows in Texas and gives ISOs without withdrawn rows no withdrawn share', () => {
    expect(rowState({ iso: 'ERCOT', state: '' })).toEqual({ state: 'TX' });
    expect(rowState({ iso: 'MISO', state: 'Michigan' })).toEqual({ state: 'MI' });
    expect(q.isosWithoutWithdrawn).toContain('ERCOT');
    const ercotOnly = q.counties.filter((c) => c.isos.length === 1 && c.isos[0] === 'ERCOT');
    expect(ercotOnly.length).toBeGreaterThan(0);
    expect(ercotOnly.map((c) => c.withdrawnShare)).toEqual(ercotOnly.map(() => null));
    const ercotActive = us.filter((r) => r.iso === 'ERCOT' && r.queue_sheet === 'Active').length;
    expect(q.states.find((s) => s.state === 'TX')!.activeProjects).toBeGreaterThanOrEqual(ercotActive);
  });

  it('joins county spellings on one key', () => {
    expect(countyKey('St. Francis County')).toBe(countyKey('SAINT FRANCIS'));
    expect(countyKey('Loudoun County')).toBe('LOUDOUN');
    const keys = q.counties.map((c) => `${c.state} ${c.countyKey}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('queues.json', () => {
  it('validates and is byte-identical on two runs', () => {
    expect(QueuesFileSchema.safeParse(q).success).toBe(true);
    const a = writeQueues(q, mkdtempSync(join(tmpdir(), 'q-a-')));
    const b = writeQueues(buildQueues(RAW), mkdtempSync(join(tmpdir(), 'q-b-')));
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});
