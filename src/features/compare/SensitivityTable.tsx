/** How often each compared site takes each rank when the weights are perturbed at random. */
import type { CompareSite } from './compareRows.ts';
import type { SensitivityResult } from '../../domain/index.ts';

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
const pct = (count: number, draws: number) => `${Math.round((100 * count) / Math.max(draws, 1))} %`;

export function SensitivityTable({
  sites,
  result,
}: {
  sites: readonly CompareSite[];
  result: SensitivityResult;
}) {
  return (
    <table className="compare-table" aria-label="Rank sensitivity">
      <caption className="small">
        {result.draws} random draws of the weights, each within ±{Math.round(result.spread * 100)} % (seed{' '}
        {result.seed}): the share of draws in which each site takes each rank among the compared sites.
      </caption>
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Rank now</th>
          {sites.map((_, k) => (
            <th scope="col" key={k}>
              {ordinal(k + 1)}
            </th>
          ))}
          <th scope="col">Keeps its rank</th>
        </tr>
      </thead>
      <tbody>
        {result.sites.map((s, i) => (
          <tr key={s.id}>
            <th scope="row">{sites[i].name}</th>
            <td>{s.baseRank === null ? 'not ranked' : ordinal(s.baseRank)}</td>
            {s.counts.map((count, k) => (
              <td key={k}>{s.baseRank === null ? '—' : pct(count, result.draws)}</td>
            ))}
            <td>{s.stability === null ? '—' : `${Math.round(s.stability * 100)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
