/**
 * The site card: score, rank percentile, time to power, and the breakdown per criterion:
 * raw value with unit, criterion score, weight, contribution, source and year.
 */
import { INTERPOLATED_NOTE } from '../../domain/fineSurfaceSmooth.ts';
import {
  getCriterion,
  precisionLabel,
  STAGE_LABELS,
  type CriterionBreakdown,
  type LayerId,
  type PointScore,
} from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { regionAt } from '../../domain/regionIndex.ts';
import { useSourceIndex } from '../sources/useSources.ts';
import { coverageAt, operatingPlantSourcesNear } from './gridFacts.ts';
import { rowProvenance, tariffAt, type PlaceContext } from './rowProvenance.ts';
import { criterionValueDigits, formatPercentile } from '../../shared/format.ts';
import { usePlaceScore } from './usePlaceScore.ts';
import { ReachFacts } from './ReachFacts.tsx';
import type { PlaceScore } from './placeScore.ts';
import type { PointSourcesState } from './pointSourcesLoader.ts';

const fmt = (v: number | null, digits = 0) => (v === null ? '—' : v.toFixed(digits));

/** Prices keep the grid's 0.0001 USD/kWh step; other values read best with a few significant digits. */
function formatCriterionValue(value: number | null, unit: string): string {
  if (value === null) return 'no data';
  const digits = criterionValueDigits(value, unit);
  if (unit === 'USD/kWh') return `${value.toFixed(digits)} ${unit}`;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits })} ${unit}`;
}

const formatValue = (row: CriterionBreakdown) => formatCriterionValue(row.value, row.unit);

function StatusLine({ result }: { result: PointScore }) {
  switch (result.status) {
    case 'scored':
      return null;
    case 'excluded':
      return (
        <div className="status status-excluded" role="note" aria-label="Excluded">
          <strong>Excluded by constraints:</strong>
          <ul>
            {result.excludedBy.map((v) => (
              <li key={v.id}>{v.message}</li>
            ))}
          </ul>
          {result.unconstrainedScore !== null && (
            <span className="small">
              Without constraints it would score {result.unconstrainedScore.toFixed(0)}.
            </span>
          )}
        </div>
      );
    case 'incomplete':
      return (
        <div className="status status-incomplete" role="note" aria-label="Incomplete">
          <strong>Incomplete: no score.</strong> Missing data for{' '}
          {[
            ...result.missing.map((id) => result.breakdown.find((b) => b.id === id)?.label ?? id),
            ...result.uncheckedConstraints,
          ].join(', ')}
          .
        </div>
      );
    case 'unweighted':
      return <div className="status">No criterion has a weight: move a slider to score.</div>;
  }
}

/** The tariff and country indicators at a place, for naming the exact source of each value. */
export function usePlaceContext(lon: number, lat: number): PlaceContext {
  const { countries, admin1, indicators, substations, transmissionCoverage, plants } = useDatasetStore(
    (s) => s.data,
  );
  const country = regionAt(countries, lon, lat)?.properties;
  const sub = regionAt(admin1, lon, lat)?.properties;
  const region = sub && sub.iso3 === country?.iso3 ? sub.code : undefined;
  const covering = transmissionCoverage && coverageAt(transmissionCoverage, country?.iso3, region, lon, lat);
  return {
    tariff: tariffAt(sub, country),
    country: indicators?.find((c) => c.iso3 === country?.iso3) ?? null,
    transmission:
      substations && transmissionCoverage
        ? {
            allSourceIds: substations.sourceIds,
            coveringSourceId: covering ? substations.sourceIds[substations.sources.indexOf(covering)] : null,
          }
        : undefined,
    plantSourceIds: plants ? operatingPlantSourcesNear(plants, lon, lat) : undefined,
  };
}

/** Whether a row's value was derived at the exact point (every layer it reads), for the row's note. */
const rowIsExact = (row: CriterionBreakdown, exact: ReadonlySet<LayerId>) =>
  getCriterion(row.id).layers.every((l) => exact.has(l));
/** A row whose layers are derived at the point or interpolated between 0.25° cell centres (fineSurfaceSmooth.ts). */
const rowIsInterpolated = (
  row: CriterionBreakdown,
  exact: ReadonlySet<LayerId>,
  interp?: ReadonlySet<LayerId>,
) => !!interp && getCriterion(row.id).layers.every((l) => exact.has(l) || interp.has(l));

export function ScoreBreakdown({
  result,
  place,
  exact,
  interpolated,
}: {
  result: PointScore;
  place: PlaceContext;
  /** Layers derived at the exact point; absent = the whole breakdown is the 0.25° cell's. */
  exact?: ReadonlySet<LayerId>;
  /** Layers interpolated between 0.25° cell centres at the point. */
  interpolated?: ReadonlySet<LayerId>;
}) {
  const sources = useSourceIndex();
  return (
    <table className="breakdown" aria-label="Score breakdown">
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Value</th>
          <th scope="col">Score</th>
          <th scope="col">Weight</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {result.breakdown.map((row) => {
          const prov = rowProvenance(row, place, sources);
          return (
            <tr key={row.id} className={row.weighted ? '' : 'unweighted'}>
              <th scope="row">
                {row.label}
                <div className="source-note" data-source-ids={prov.sourceIds.join(' ')}>
                  {prov.text}
                  {` · ${precisionLabel(row.id, place.tariff?.basis)}`}
                  {row.notes.length > 0 && ` · ${row.notes.join(' ')}`}
                  {exact &&
                    (rowIsExact(row, exact)
                      ? ' · at this point'
                      : rowIsInterpolated(row, exact, interpolated)
                        ? ` · ${INTERPOLATED_NOTE}`
                        : ' · 0.25° cell value')}
                </div>
              </th>
              <td>{formatValue(row)}</td>
              <td>{fmt(row.score)}</td>
              <td>{row.weighted ? `${row.weightPercent.toFixed(0)} %` : '—'}</td>
              <td>{fmt(row.contribution, 1)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The regional lead-time evidence behind the HV-substation stage, when the time-to-power result carries it
 * (median, interquartile range, n, region and the generation-queue caveat; else the global assumption's note).
 */
interface LeadTimeLike {
  kind: 'regional' | 'global';
  region: string | null;
  text: string;
  median?: number;
  p25?: number | null;
  p75?: number | null;
  n?: number;
  caveat?: string;
}

function LeadTimeEvidence({ ttp }: { ttp: PointScore['timeToPower'] }) {
  const lt = (ttp as { leadTime?: LeadTimeLike }).leadTime;
  if (!lt) return null;
  if (lt.kind !== 'regional' || lt.median === undefined)
    return (
      <p className="small" aria-label="Lead-time evidence">
        {lt.text}
      </p>
    );
  const iqr =
    lt.p25 != null && lt.p75 != null ? `, interquartile ${lt.p25.toFixed(0)}–${lt.p75.toFixed(0)}` : '';
  return (
    <p className="small" aria-label="Lead-time evidence">
      {lt.region} queue lead time: median {lt.median.toFixed(0)} months{iqr} (n ={' '}
      {lt.n?.toLocaleString('en-US')}). {lt.caveat}
    </p>
  );
}

/** What the card says about the point computation: in progress, or which datasets failed (their values are the cell's). */
function PointState({ points }: { points: PointSourcesState }) {
  if (points.status !== 'ready')
    return (
      <p className="small muted" role="status">
        Computing at this point… (showing the 0.25° cell score meanwhile)
      </p>
    );
  if (points.failed.length === 0) return null;
  return (
    <p className="small status-incomplete" role="note" aria-label="Point data missing">
      Could not load {points.failed.map((f) => f.key).join(', ')} (
      {points.failed.map((f) => f.error).join('; ')}
      ): the values from {points.failed.length > 1 ? 'these datasets' : 'this dataset'} are the 0.25° cell's.
    </p>
  );
}

function Headline({ score }: { score: PlaceScore }) {
  const { result, percentile } = score;
  const ttp = result.timeToPower;
  return (
    <div className="score-headline">
      <div>
        <div className="small muted">{score.point ? 'Score at this point' : '0.25° cell score'}</div>
        <div className="score-big" aria-label="Score">
          {result.rounded ?? '—'}
          <span className="small muted"> / 100</span>
        </div>
        {score.point && (
          <div className="small muted">
            0.25° cell score:{' '}
            <span aria-label="0.25° cell score">{score.cellResult.rounded ?? score.cellResult.status}</span>
            {!score.point.differs && ' (the same)'}
          </div>
        )}
        <div className="small muted">
          {percentile !== null ? `Better than ${formatPercentile(percentile)} of scored land` : 'Rank: —'}
        </div>
      </div>
      <div>
        <div className="ttp" aria-label="Time to power">
          {ttp.months === null ? '—' : `${ttp.months.toFixed(0)} months`}
        </div>
        <div className="small muted">{ttp.stage ? STAGE_LABELS[ttp.stage] : 'stage unknown'}</div>
      </div>
    </div>
  );
}

export function SiteScoreCard({ lon, lat }: { lon: number; lat: number }) {
  const { score, loading, points } = usePlaceScore(lon, lat);
  const place = usePlaceContext(lon, lat);
  if (loading) return <p className="muted">Loading the analysis grid…</p>;
  if (!score) return <p className="muted">No land cell here: nothing to score.</p>;
  const { result } = score;
  const ttp = result.timeToPower;
  return (
    <section className="site-score" aria-label="Site score">
      <Headline score={score} />
      <PointState points={points} />
      <StatusLine result={result} />
      <p className="small">
        {ttp.explanation} First block: {ttp.blockItMw.toFixed(0)} MW IT = {ttp.blockGrossMw.toFixed(0)} MW
        gross.
      </p>
      <LeadTimeEvidence ttp={ttp} />
      <ScoreBreakdown
        result={result}
        place={place}
        exact={score.point?.exact}
        interpolated={score.point?.interpolated}
      />
      <ReachFacts lon={lon} lat={lat} />
      <p className="small muted">
        {score.point
          ? `Distances, capacity within 50 km, tariff and country figures are computed at this point; temperature, the 220 kV line distance and stranded power are ${INTERPOLATED_NOTE} cells around it; the rest are the values of the 0.25° cell centred on `
          : score.snapped
            ? 'This point is at sea on the 0.25° grid: scored at the nearest land cell, centred on '
            : 'Scored at the 0.25° cell centred on '}
        {score.cell.lat.toFixed(3)}, {score.cell.lon.toFixed(3)}
        {score.point && score.snapped ? ' (the nearest land cell: this point is at sea on the grid)' : ''}.
      </p>
    </section>
  );
}
