/** One power plant as plain text (hover tooltip and card): size, fuel, status, start year, source and vintage. */
import type { PlantsFile } from '../../../contract/plants.ts';
import type { Source } from '../../../data/schemas.ts';
import { formatMw } from '../formatMw.ts';
import type { Description } from '../overlay.ts';
import { STATUS_LABELS } from './plantFilter.ts';

const ACCURACY: Record<string, string> = {
  exact: 'exact location',
  approximate: 'approximate location',
  unknown: 'location accuracy not stated',
};

/** Start year(s) as whole years: one year, or the first and last unit's. */
export function startYears(first: number | null, last: number | null): string {
  if (first === null) return 'Start year not published';
  const a = Math.round(first);
  const b = last === null ? a : Math.round(last);
  return b !== a ? `Units started ${a}–${b}` : `Started ${a}`;
}

export function describePlant(
  index: number,
  plants: PlantsFile | undefined,
  sources: Map<string, Source>,
): Description | null {
  const p = plants;
  if (!p || index < 0 || index >= p.name.length) return null;
  const sourceId = p.sources[p.source[index]];
  const source = sources.get(sourceId);
  const statusClass = p.statusClasses[p.statusClass[index]];
  const raw = p.statusesRaw[p.statusRaw[index]];
  const units = p.unitCount[index];
  return {
    title: p.name[index] || 'Unnamed plant',
    lines: [
      `${formatMw(p.capacityMw[index])} · ${p.fuels[p.fuel[index]]}${units > 1 ? ` · ${units} units` : ''}`,
      `Status: ${STATUS_LABELS[statusClass]}${raw && raw.toLowerCase() !== statusClass ? ` (${raw})` : ''}`,
      startYears(p.startYear[index], p.startYearLast[index]),
      p.owner[index] ? `Owner: ${p.owner[index]}` : '',
      `Source: ${source ? source.publisher : sourceId} (${p.recordId[index]}), data of ${p.vintages[p.vintage[index]]}`,
      `Location: ${ACCURACY[p.accuracies[p.accuracy[index]]] ?? p.accuracies[p.accuracy[index]]}`,
    ].filter(Boolean),
  };
}
