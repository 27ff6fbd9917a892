/**
 * Under the transmission overlay in the layers panel: which source covers where, its vintage and licence
 * (share-alike flagged), and the known gaps, from data/transmission/coverage.json and data/sources.json.
 */
import { TRANSMISSION_SOURCES } from '../../../contract/transmission.ts';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useSourceIndex } from '../../sources/useSources.ts';
import { transmissionSourceId } from './describeTransmission.ts';

export function CoverageNote() {
  const coverage = useDatasetStore((s) => s.data.transmissionCoverage);
  const subs = useDatasetStore((s) => s.data.substations);
  const sources = useSourceIndex();
  if (!coverage) return <p className="muted small">Loading transmission coverage…</p>;
  return (
    <div className="small" aria-label="Transmission coverage">
      <p>Substation data by source:</p>
      <ul>
        {TRANSMISSION_SOURCES.map((name) => {
          const countries = coverage.countries.filter((c) => c.sources.some((s) => s.source === name));
          const count = countries.reduce(
            (n, c) => n + (c.sources.find((s) => s.source === name)?.substations ?? 0),
            0,
          );
          const source = sources.get(transmissionSourceId(subs, name));
          return (
            <li key={name}>
              {source?.publisher ?? name}: {count.toLocaleString('en-US')} substations in {countries.length}{' '}
              countries · vintage {source?.period ?? 'not stated'} · {source?.license ?? 'licence not loaded'}
              {source?.shareAlike && (
                <span className="badge badge-warn"> Share-alike (ODbL): derived data must stay open</span>
              )}
            </li>
          );
        })}
      </ul>
      <p>Known gaps (hatched on the map: “No substation data here”):</p>
      <ul>
        {coverage.gaps.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
    </div>
  );
}
