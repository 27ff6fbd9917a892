/**
 * Measured queue lead times (data/queues.json) for scoring: loaded once through the dataset store. Until they load,
 * or when the file is missing (its error is in the dataset store), scoring uses the global assumptions.
 */
import { useEffect } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import type { LeadTime } from '../../domain/index.ts';

const NONE: readonly LeadTime[] = [];

/** The lead times now (outside React). */
export function currentLeadTimes(): readonly LeadTime[] {
  return useDatasetStore.getState().data.queues?.leadTimes ?? NONE;
}

/** Whether the lead times have loaded or failed (the first surface waits for that, to be scored once). */
export function leadTimesSettled(): boolean {
  const { data, errors } = useDatasetStore.getState();
  return data.queues !== undefined || errors.queues !== undefined;
}

/** The lead times, starting their load; a stable empty list until they arrive. */
export function useLeadTimes(): readonly LeadTime[] {
  const ensure = useDatasetStore((s) => s.ensure);
  const leadTimes = useDatasetStore((s) => s.data.queues?.leadTimes) ?? NONE;
  useEffect(() => ensure('queues'), [ensure]);
  return leadTimes;
}

/** Why the lead times are not available (file missing or invalid), or null. */
export function useLeadTimesError(): string | null {
  return useDatasetStore((s) => s.errors.queues ?? null);
}
