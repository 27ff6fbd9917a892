/**
 * US generation interconnection queues → data/queues.json: lead times measured from the queue files, and queue
 * pressure per county and state. These are GENERATION queues, not large-load queues. Rules: scripts/README.md.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  GENERATION_QUEUE_CAVEAT,
  QueuesFileSchema,
  type CountyPressure,
  type LeadTime,
  type QueuesFile,
  type StatePressure,
} from '../../src/contract/queues.ts';
import { parseCsv, optionalNumberCell } from '../lib/csv.ts';
import { writeValidatedJson } from '../lib/io.ts';
import { round } from '../lib/num.ts';
import { QUEUE_SOURCE_IDS, TSRC } from './transmissionSources.ts';

export const US_QUEUES_FILE = 'grid/queues/us_iso_queues_2025-01.csv';
export const ERCOT_GIS_FILE = 'grid/queues/ercot_gis_report_2025-11.csv';
export const ISOS = ['CAISO', 'ERCOT', 'MISO', 'NEISO', 'NYISO', 'PJM', 'SPP'] as const;
/** Days per month in every duration (as in the queue PROVENANCE facts). */
export const DAYS_PER_MONTH = 365.25 / 12;

const ymd = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).transform((s) => s || null);
const ymOrYmd = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)]);
const mw = optionalNumberCell;

export const UsQueueRow = z.object({
  iso: z.enum(ISOS),
  project_id: z.string(),
  queue_date: ymd,
  state: z.string(),
  county: z.string(),
  projected_cod: ymOrYmd,
  capacity_mw: mw,
  actual_in_service_date: ymd,
  withdrawal_date: ymd,
  queue_sheet: z.enum(['Active', 'Withdrawn', 'Completed']),
  summer_mw: mw,
  done_date: ymd,
});
export type UsQueueRow = z.infer<typeof UsQueueRow>;

export const ErcotGisRow = z.object({
  inr: z.string().regex(/^\d{2}INR\d{4}/),
  county: z.string().min(1),
  capacity_mw: mw,
  fis_requested: ymd,
  approved_for_energization: ymd,
});
export type ErcotGisRow = z.infer<typeof ErcotGisRow>;

export const loadUsQueues = (rawDir: string) =>
  parseCsv(join(rawDir, US_QUEUES_FILE), UsQueueRow, { label: US_QUEUES_FILE });
export const loadErcotGis = (rawDir: string) =>
  parseCsv(join(rawDir, ERCOT_GIS_FILE), ErcotGisRow, { label: ERCOT_GIS_FILE });

/** Months between two yyyy-mm-dd dates (UTC days / DAYS_PER_MONTH). */
export function monthsBetween(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 / DAYS_PER_MONTH;
}

/** Quantile of sorted values, linear between closest ranks (R type 7, numpy's default); the median is q = 0.5. */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

/** Lead time from (start, end) date pairs: rows missing a date or ending before they start are excluded and counted. */
export function leadTime(
  pairs: { start: string | null; end: string | null }[],
  meta: Pick<LeadTime, 'region' | 'measure' | 'sourceId' | 'caveat'>,
): LeadTime {
  const excluded = { missing_start: 0, missing_end: 0, end_before_start: 0 };
  const spans: { m: number; start: string }[] = [];
  for (const { start, end } of pairs) {
    if (start === null) excluded.missing_start++;
    else if (end === null) excluded.missing_end++;
    else {
      const m = monthsBetween(start, end);
      if (m < 0) excluded.end_before_start++;
      else spans.push({ m, start });
    }
  }
  const v = spans.map((s) => s.m).sort((a, b) => a - b);
  const starts = spans.map((s) => s.start.slice(0, 7)).sort();
  const q = (p: number) => (v.length ? round(quantile(v, p), 1) : null);
  return {
    ...meta,
    median: q(0.5),
    p25: q(0.25),
    p75: q(0.75),
    n: v.length,
    excluded,
    period: starts.length ? `${starts[0]} … ${starts[starts.length - 1]}` : 'n/a',
  };
}

export function leadTimes(us: UsQueueRow[], ercot: ErcotGisRow[]): LeadTime[] {
  const out: LeadTime[] = [];
  const gen = `${GENERATION_QUEUE_CAVEAT}: generator connection times, not data-centre load connections.`;
  for (const iso of ISOS) {
    const done = us.filter((r) => r.iso === iso && r.queue_sheet === 'Completed');
    out.push(
      leadTime(
        done.map((r) => ({ start: r.queue_date, end: r.actual_in_service_date })),
        {
          region: iso,
          measure: 'queue_date → actual_in_service_date (Completed sheet)',
          sourceId: QUEUE_SOURCE_IDS[iso]!,
          caveat:
            done.length === 0
              ? `${gen} The file has no completed projects for this ISO.`
              : `${gen} Only completed projects, so withdrawn and still-waiting requests are not in the figure.`,
        },
      ),
    );
  }
  out.push(
    leadTime(
      us
        .filter((r) => r.iso === 'MISO' && r.queue_sheet === 'Completed')
        .map((r) => ({ start: r.queue_date, end: r.done_date })),
      {
        region: 'MISO',
        measure: 'queue_date → done_date (Completed sheet)',
        sourceId: TSRC.miso,
        caveat: `${gen} MISO "Done" ends its study process; it is not commercial operation.`,
      },
    ),
  );
  out.push(
    leadTime(
      ercot.map((r) => ({ start: r.fis_requested, end: r.approved_for_energization })),
      {
        region: 'ERCOT',
        measure: 'fis_requested → approved_for_energization (GIS report)',
        sourceId: TSRC.ercotGis,
        caveat: `${gen} Projects leave the report at commercial operation, so the energised ones are a small, recent subset; "missing_end" = not yet approved.`,
      },
    ),
  );
  return out;
}

/** US state names that appear instead of codes (e.g. "Michigan"), and the codes accepted. */
const STATE_NAMES: Record<string, string> = Object.fromEntries(
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming'
    .split('|')
    .flatMap((e) => [
      [e.slice(3).toUpperCase(), e.slice(0, 2)],
      [e.slice(0, 2), e.slice(0, 2)],
    ]),
);

/** Two-letter state of a row, or the reason it has none. ERCOT rows have no state column: ERCOT is in Texas. */
export function rowState(r: Pick<UsQueueRow, 'iso' | 'state'>): { state: string } | { reason: string } {
  const s = r.state.trim().toUpperCase();
  if (s === '' && r.iso === 'ERCOT') return { state: 'TX' };
  if (s === '') return { reason: 'no state' };
  if (s.includes('/')) return { reason: 'several states' };
  const code = STATE_NAMES[s];
  return code ? { state: code } : { reason: 'not a US state' };
}

/** Join key of a county name: upper case, no dots, "Saint" → "ST", no trailing "County"/"Parish". */
export function countyKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/\./g, '')
    .replace(/\bSAINT\b/g, 'ST')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (COUNTY|PARISH|CO)$/, '');
}

interface Acc {
  active: number;
  activeMw: number;
  activeWithoutMw: number;
  withdrawn: number;
  completed: number;
  wsRows: number;
  wsWithdrawn: number;
  wsIsos: Set<string>;
  isos: Set<string>;
  multi: number;
  names: Map<string, number>;
}

const newAcc = (): Acc => ({
  ...{ active: 0, activeMw: 0, activeWithoutMw: 0, withdrawn: 0, completed: 0, wsRows: 0, wsWithdrawn: 0 },
  ...{ wsIsos: new Set<string>(), isos: new Set<string>(), multi: 0, names: new Map<string, number>() },
});

function add(a: Acc, r: UsQueueRow, withdrawnIsos: Set<string>): void {
  a.isos.add(r.iso);
  if (r.queue_sheet === 'Active') {
    a.active++;
    const v = r.capacity_mw ?? r.summer_mw;
    if (v === null) a.activeWithoutMw++;
    else a.activeMw += v;
  } else if (r.queue_sheet === 'Withdrawn') a.withdrawn++;
  else a.completed++;
  if (withdrawnIsos.has(r.iso)) {
    a.wsRows++;
    a.wsIsos.add(r.iso);
    if (r.queue_sheet === 'Withdrawn') a.wsWithdrawn++;
  }
}

function figures(a: Acc) {
  return {
    activeMw: round(a.activeMw, 1),
    activeProjects: a.active,
    activeWithoutMw: a.activeWithoutMw,
    withdrawn: a.withdrawn,
    completed: a.completed,
    withdrawnShare: a.wsRows > 0 ? round(a.wsWithdrawn / a.wsRows, 4) : null,
    withdrawnShareIsos: [...a.wsIsos].sort(),
    withdrawnShareRows: a.wsRows,
    isos: [...a.isos].sort(),
    sourceIds: [...a.isos].sort().map((i) => QUEUE_SOURCE_IDS[i]!),
  };
}

export function queuePressure(
  us: UsQueueRow[],
): Pick<QueuesFile, 'counties' | 'states' | 'countyExcluded' | 'isosWithoutWithdrawn'> {
  const withdrawnIsos = new Set(us.filter((r) => r.queue_sheet === 'Withdrawn').map((r) => r.iso));
  const counties = new Map<string, Acc>();
  const states = new Map<string, Acc>();
  const excluded: Record<string, number> = {};
  for (const r of us) {
    const st = rowState(r);
    if ('reason' in st) {
      excluded[st.reason] = (excluded[st.reason] ?? 0) + 1;
      continue;
    }
    const sAcc = states.get(st.state) ?? newAcc();
    add(sAcc, r, withdrawnIsos);
    states.set(st.state, sAcc);
    const names = r.county
      .split(/[,/;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (names.length === 0) {
      excluded['no county'] = (excluded['no county'] ?? 0) + 1;
      continue;
    }
    for (const name of names) {
      const k = `${st.state}\t${countyKey(name)}`;
      const a = counties.get(k) ?? newAcc();
      add(a, r, withdrawnIsos);
      if (names.length > 1) a.multi++;
      a.names.set(name, (a.names.get(name) ?? 0) + 1);
      counties.set(k, a);
    }
  }
  const byKey = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    counties: byKey(counties).map(([k, a]): CountyPressure => {
      const [state, key] = k.split('\t') as [string, string];
      const county = [...a.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
      return { state, countyKey: key, county, ...figures(a), multiCountyRows: a.multi };
    }),
    states: byKey(states).map(([state, a]): StatePressure => ({
      state,
      region: `US-${state}`,
      ...figures(a),
    })),
    countyExcluded: Object.fromEntries(Object.entries(excluded).sort()),
    isosWithoutWithdrawn: ISOS.filter((i) => !withdrawnIsos.has(i)),
  };
}

export const COUNTY_LOCATION =
  'The queue files give county names only, and no raw file holds county geometry or centroids (Natural Earth 1:50m admin-1 stops at states; env/datacenters_us_im3_pnnl.csv has county names and FIPS codes of data-centre buildings, not county shapes). Counties are keyed by state + countyKey for a card that knows its county; the map uses the state aggregate on admin-1 polygons. SPP gives "nearest town or county", so some SPP keys are towns.';

export function buildQueues(rawDir: string): QueuesFile {
  const us = loadUsQueues(rawDir);
  const ercot = loadErcotGis(rawDir);
  return QueuesFileSchema.parse({
    caveat: GENERATION_QUEUE_CAVEAT,
    leadTimes: leadTimes(us, ercot),
    ...queuePressure(us),
    countyLocation: COUNTY_LOCATION,
  });
}

export function writeQueues(q: QueuesFile, outDir: string): string {
  const path = join(outDir, 'queues.json');
  writeValidatedJson(path, QueuesFileSchema, q);
  return path;
}
