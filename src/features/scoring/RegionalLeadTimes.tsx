/**
 * The measured US generation-queue lead times (data/queues.json) and which of them the HV-substation stage uses
 * under the current regional_lead_time_min_n. Text only; figures come from the data.
 */
import {
  applicableLeadTimes,
  endsAtEnergisation,
  GENERATION_QUEUE_CAVEAT_TEXT,
  leadTimeText,
  resolveAssumptions,
  type LeadTime,
} from '../../domain/index.ts';
import { useScoringStore } from './scoringStore.ts';
import { useLeadTimes, useLeadTimesError } from './useLeadTimes.ts';

function why(lt: LeadTime, minN: number, applies: boolean): string {
  if (applies) return 'applies to the HV-substation stage';
  if (!endsAtEnergisation(lt.measure)) return 'not used: does not end at energisation';
  return `not used: n = ${lt.n.toLocaleString('en-US')} < ${minN}`;
}

export function RegionalLeadTimes() {
  const leadTimes = useLeadTimes();
  const error = useLeadTimesError();
  const overrides = useScoringStore((s) => s.config.assumptions);
  let minN: number;
  try {
    minN = resolveAssumptions(overrides ?? {}).regional_lead_time_min_n;
  } catch {
    minN = resolveAssumptions().regional_lead_time_min_n;
  }
  const used = new Set<LeadTime>(applicableLeadTimes(leadTimes, minN));
  return (
    <section aria-label="Regional queue lead times">
      <h3>Regional lead times ({GENERATION_QUEUE_CAVEAT_TEXT})</h3>
      {error && (
        <p role="status" className="small">
          Queue lead times unavailable ({error}): the global assumption applies everywhere.
        </p>
      )}
      <ul className="small">
        {leadTimes.map((lt) => (
          <li key={`${lt.region}|${lt.measure}`}>
            {lt.median === null
              ? `${lt.region}: ${lt.measure}, no measured projects`
              : `${leadTimeText({ ...lt, median: lt.median })}; ${lt.measure}, ${lt.period}`}{' '}
            — {why(lt, minN, used.has(lt))} ({lt.sourceId})
          </li>
        ))}
      </ul>
    </section>
  );
}
