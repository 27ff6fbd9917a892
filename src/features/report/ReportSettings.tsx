/** The report's record of how sites were scored: weights, constraints, assumptions, and the data sources cited. */
import { CRITERIA } from '../../domain/index.ts';
import type { ExportMetadata } from '../export/exportMetadata.ts';
import { useSourceIndex } from '../sources/useSources.ts';

export function ReportSettings({
  metadata,
  sourceIds,
}: {
  metadata: ExportMetadata;
  sourceIds: readonly string[];
}) {
  const sources = useSourceIndex();
  const constraints = Object.entries(metadata.constraints);
  return (
    <section aria-label="Scoring settings and sources">
      <h2>How these sites were scored</h2>
      <p className="small">{metadata.scoreNote}</p>
      <h3>Weights ({metadata.preset ?? 'custom'})</h3>
      <ul className="report-list">
        {Object.entries(metadata.weightsPercent).map(([id, w]) => (
          <li key={id}>
            {CRITERIA.find((c) => c.id === id)?.label ?? id}: {w} %
          </li>
        ))}
      </ul>
      <h3>Constraints</h3>
      {constraints.length === 0 ? (
        <p className="small">None.</p>
      ) : (
        <ul className="report-list">
          {constraints.map(([id, v]) => (
            <li key={id}>
              {id}: {Array.isArray(v) ? v.join(', ') : String(v)}
            </li>
          ))}
        </ul>
      )}
      <h3>Time-to-power assumptions</h3>
      <table className="report-table">
        <tbody>
          {metadata.assumptions.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>
                {a.value} {a.unit}
                {a.edited && ' (edited)'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Your own prices</h3>
      {metadata.ownPrices.length === 0 ? (
        <p className="small">None: power prices are the data's.</p>
      ) : (
        <ul className="report-list">
          {metadata.ownPrices.map((p) => (
            <li key={p.code}>
              {p.code}: {p.usdPerKwh} USD/kWh, {p.basis}
              {p.label ? ` (${p.label})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>Data sources</h3>
      <ul className="report-list small">
        {sourceIds.map((id) => {
          const s = sources.get(id);
          return (
            <li key={id}>
              {s
                ? `${s.publisher}: ${s.title} (${s.period}), ${s.license}${s.nonCommercial ? ', non-commercial' : ''}${s.shareAlike ? ', share-alike' : ''}. ${s.url}`
                : id}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
