/** A place's suitability score as hover text: score or why there is none, and time to power. */
import { STAGE_LABELS, type PointScore } from '../../../domain/index.ts';
import type { Description } from '../overlay.ts';

export function describeScore(result: PointScore): Description {
  const ttp = result.timeToPower;
  const headline =
    result.status === 'scored'
      ? `Suitability ${result.rounded} / 100`
      : result.status === 'excluded'
        ? `Excluded: ${result.excludedBy.map((v) => v.label).join(', ')}`
        : result.status === 'incomplete'
          ? `Incomplete: no data for ${result.missing.join(', ')}`
          : 'No criterion weighted';
  return {
    title: headline,
    lines: [
      ttp.months === null
        ? 'Time to power: unknown'
        : `Time to power: ${ttp.months.toFixed(0)} months (${ttp.stage ? STAGE_LABELS[ttp.stage] : ''})`,
      'Click for the breakdown',
    ],
  };
}
