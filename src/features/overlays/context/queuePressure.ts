/** US generation-queue pressure per state, as plain text for the map's hover and the site card. */
import { GENERATION_QUEUE_CAVEAT, type QueuesFile, type StatePressure } from '../../../contract/queues.ts';
import type { Source } from '../../../data/schemas.ts';
import { formatMw } from '../formatMw.ts';

export const QUEUE_CAVEAT_TEXT = `${GENERATION_QUEUE_CAVEAT[0].toUpperCase()}${GENERATION_QUEUE_CAVEAT.slice(1)} demand`;

export const statePressure = (queues: QueuesFile | undefined, region: string): StatePressure | null =>
  queues?.states.find((s) => s.region === region) ?? null;

export function pressureLines(p: StatePressure, sources: Map<string, Source>): string[] {
  const share =
    p.withdrawnShare === null
      ? `Withdrawn share not published (${p.isos.join(', ')} list no withdrawn projects)`
      : `${(p.withdrawnShare * 100).toFixed(0)} % of ${p.withdrawnShareRows.toLocaleString('en-US')} projects withdrawn (${p.withdrawnShareIsos.join(', ')})`;
  return [
    `${formatMw(p.activeMw)} active in the queue (${p.activeProjects.toLocaleString('en-US')} projects${p.activeWithoutMw ? `, ${p.activeWithoutMw} without MW` : ''})`,
    share,
    `Source: ${p.sourceIds.map((id) => sources.get(id)?.publisher ?? id).join('; ')}`,
    QUEUE_CAVEAT_TEXT,
  ];
}
