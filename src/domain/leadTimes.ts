/**
 * Regional lead times: medians measured by the pipeline from US generation interconnection queues
 * (data/queues.json, contract src/contract/queues.ts). Pure data in, no fetching. A region's measure applies to the
 * time-to-power HV-substation stage only when it ends at energisation and has at least regional_lead_time_min_n
 * projects; otherwise the global assumption applies and the result says so.
 */
import type { LeadTime } from '../contract/queues.ts';

export type { LeadTime };

/**
 * End dates of a measure (the field after "→" in `measure`) that mean the project can draw power. MISO's
 * `done_date` ends its study, not operation, so it does not count.
 */
export const ENERGISATION_END_FIELDS = ['actual_in_service_date', 'approved_for_energization'] as const;

/** A lead time that applies: a measure ending at energisation, with a median. */
export type RegionalLeadTime = LeadTime & { median: number };

export const NO_REGIONAL_EVIDENCE = 'no regional evidence: global assumption';
/**
 * The caveat every use of these figures carries: the contract's GENERATION_QUEUE_CAVEAT (equal by test). Not imported
 * from src/contract/queues.ts: that module builds zod schemas on load, which must not land in the scoring chunk
 * before src/zodConfig.ts has switched zod to jitless (CSP forbids eval).
 */
export const GENERATION_QUEUE_CAVEAT_TEXT = 'generation interconnection queue, not large-load';

/** The queue region of a place: null outside every ISO (the layer's label "none" included). */
export function queueRegionOf(label: string | null | undefined): string | null {
  return label === null || label === undefined || label === '' || label === 'none' ? null : label;
}

/** Whether a measure ("start → end (sheet)") ends at energisation. */
export function endsAtEnergisation(measure: string): boolean {
  const end = measure.split('→')[1]?.trim().split(/[\s(]/)[0] ?? '';
  return (ENERGISATION_END_FIELDS as readonly string[]).includes(end);
}

function applies(lt: LeadTime, minN: number): lt is RegionalLeadTime {
  return lt.median !== null && lt.n >= minN && endsAtEnergisation(lt.measure);
}

/** Per region the applicable lead time with the most projects, sorted by region (deterministic). */
export function applicableLeadTimes(leadTimes: readonly LeadTime[], minN: number): RegionalLeadTime[] {
  const best = new Map<string, RegionalLeadTime>();
  for (const lt of leadTimes) {
    if (!applies(lt, minN)) continue;
    const prev = best.get(lt.region);
    if (!prev || lt.n > prev.n) best.set(lt.region, lt);
  }
  return [...best.values()].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
}

/** Why a region has no applicable lead time (for the explanation). */
export function whyNoRegionalEvidence(
  label: string | null | undefined,
  leadTimes: readonly LeadTime[],
  minN: number,
): string {
  const region = queueRegionOf(label);
  if (!region) return 'the place is in no US ISO with queue data';
  const rows = leadTimes.filter((lt) => lt.region === region);
  if (rows.length === 0) return `no lead-time measure for ${region}`;
  const parts = rows.map((lt) =>
    !endsAtEnergisation(lt.measure)
      ? `${lt.measure} does not end at energisation`
      : `${lt.measure}: n = ${lt.n.toLocaleString('en-US')} < ${minN}`,
  );
  return `${region}: ${parts.join('; ')}`;
}

const round = (v: number | null) => (v === null ? '?' : String(Math.round(v)));

/** "PJM generation queue: median 36 months (IQR 18–59, n = 1,159) — generation interconnection queue, not large-load". */
export function leadTimeText(lt: RegionalLeadTime): string {
  const median = Number(lt.median.toFixed(1));
  return (
    `${lt.region} generation queue: median ${median} months (IQR ${round(lt.p25)}–${round(lt.p75)}, ` +
    `n = ${lt.n.toLocaleString('en-US')}) — ${GENERATION_QUEUE_CAVEAT_TEXT}`
  );
}
