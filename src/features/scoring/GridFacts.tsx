/**
 * The card's grid facts at a clicked place: nearest substation (or "No substation data here"), plants under
 * construction or planned within 50 km, and the US state's generation-queue pressure. Each row names only the
 * sources it used. Plain text only.
 */
import { useEffect } from 'react';
import type { PlantsFile } from '../../contract/plants.ts';
import type { CoverageFile, SubstationsFile } from '../../contract/transmission.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import type { Source } from '../../data/schemas.ts';
import { regionAt } from '../../domain/regionIndex.ts';
import { formatMw } from '../overlays/formatMw.ts';
import { pressureLines, statePressure } from '../overlays/context/queuePressure.ts';
import { LOCATION_QUALITY } from '../overlays/transmission/describeTransmission.ts';
import { NO_SUBSTATION_DATA } from '../overlays/transmission/transmissionOverlay.ts';
import { substationKv } from '../overlays/transmission/transmissionFeatures.ts';
import { STATUS_LABELS } from '../overlays/plants/plantFilter.ts';
import { useSourceIndex } from '../sources/useSources.ts';
import { coverageAt, nearestSubstation, pipelinePlantsNear, PLANT_RADIUS_KM } from './gridFacts.ts';

const SHOWN_PLANTS = 5;

/** Publishers of the sources used, each once (the GEM trackers are one publisher). */
const cite = (sources: Map<string, Source>, ids: readonly string[]) =>
  [...new Set(ids.map((id) => sources.get(id)?.publisher ?? id))].join('; ');
const km = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: v < 10 ? 1 : 0 })} km`;

function substationText(
  subs: SubstationsFile,
  i: number,
  distance: number,
  sources: Map<string, Source>,
): string {
  const { kv, fromLines } = substationKv(subs, i);
  const volt =
    kv === null ? 'voltage not listed' : `${kv} kV${fromLines ? ' (kV from connected lines)' : ''}`;
  const id = subs.sourceIds[subs.source[i]];
  return `${subs.name[i] || 'Unnamed substation'}, ${volt}, ${km(distance)} · ${cite(sources, [id])}, vintage ${subs.vintage[i]}, ${LOCATION_QUALITY[subs.locationQuality[i]]}`;
}

function SubstationRow(props: {
  subs: SubstationsFile;
  coverage: CoverageFile;
  iso3?: string;
  region?: string;
  lon: number;
  lat: number;
  sources: Map<string, Source>;
}) {
  const { subs, coverage, iso3, region, lon, lat, sources } = props;
  const covering = coverageAt(coverage, iso3, region, lon, lat);
  if (!covering) {
    const why =
      coverage.uncoveredRegions.find((r) => r.code === region)?.reason ??
      `no substation source lists ${iso3 || 'this place'}`;
    return (
      <li aria-label="Nearest substation">
        {NO_SUBSTATION_DATA} (source coverage: {why}). A gap in the data, not a distance.
      </li>
    );
  }
  const nearest = nearestSubstation(subs, lon, lat);
  const hv = nearestSubstation(subs, lon, lat, 220);
  return (
    <li aria-label="Nearest substation">
      Nearest substation: {nearest ? substationText(subs, nearest.index, nearest.km, sources) : 'none listed'}
      {hv && nearest && hv.index !== nearest.index && (
        <div className="small">Nearest ≥ 220 kV: {substationText(subs, hv.index, hv.km, sources)}</div>
      )}
    </li>
  );
}

function PipelineRow({
  plants,
  lon,
  lat,
  sources,
}: {
  plants: PlantsFile;
  lon: number;
  lat: number;
  sources: Map<string, Source>;
}) {
  const near = pipelinePlantsNear(plants, lon, lat);
  const used = near.map((p) => plants.sources[plants.source[p.index]]);
  const total = near.reduce((s, p) => s + plants.capacityMw[p.index], 0);
  return (
    <li aria-label="Plants under construction or planned nearby">
      Under construction or planned within {PLANT_RADIUS_KM} km:{' '}
      {near.length === 0 ? (
        `none listed (${cite(sources, plants.sources)})`
      ) : (
        <>
          {near.length} plants, {formatMw(total)}
          <ul className="small">
            {near.slice(0, SHOWN_PLANTS).map(({ index: i, km: d }) => (
              <li key={i}>
                {plants.name[i] || 'Unnamed plant'}: {formatMw(plants.capacityMw[i])}{' '}
                {plants.fuels[plants.fuel[i]]},{' '}
                {STATUS_LABELS[plants.statusClasses[plants.statusClass[i]]].toLowerCase()}, {km(d)} ·{' '}
                {cite(sources, [plants.sources[plants.source[i]]])}
              </li>
            ))}
            {near.length > SHOWN_PLANTS && <li>and {near.length - SHOWN_PLANTS} more</li>}
          </ul>
          <span className="small muted">Sources: {cite(sources, used)}</span>
        </>
      )}
    </li>
  );
}

export function GridFacts({ lon, lat }: { lon: number; lat: number }) {
  const ensure = useDatasetStore((s) => s.ensure);
  const { substations, transmissionCoverage, plants, queues, countries, admin1 } = useDatasetStore(
    (s) => s.data,
  );
  const sources = useSourceIndex();
  useEffect(() => {
    for (const key of ['substations', 'transmissionCoverage', 'plants', 'queues'] as const) ensure(key);
  }, [ensure]);
  const country = regionAt(countries, lon, lat)?.properties;
  const sub = regionAt(admin1, lon, lat)?.properties;
  const region = sub && sub.iso3 === country?.iso3 ? sub.code : undefined;
  const pressure = country?.iso3 === 'USA' && region ? statePressure(queues, region) : null;
  return (
    <section className="grid-facts" aria-label="Grid facts">
      <h3>Grid here</h3>
      <ul>
        {substations && transmissionCoverage ? (
          <SubstationRow
            subs={substations}
            coverage={transmissionCoverage}
            iso3={country?.iso3}
            region={region}
            lon={lon}
            lat={lat}
            sources={sources}
          />
        ) : (
          <li className="muted">Loading substations…</li>
        )}
        {plants ? (
          <PipelineRow plants={plants} lon={lon} lat={lat} sources={sources} />
        ) : (
          <li className="muted">Loading plants…</li>
        )}
        {country?.iso3 === 'USA' &&
          (pressure ? (
            <li aria-label="Queue pressure">
              {sub?.name ?? region} generation queue (state; the card does not know the county):{' '}
              {pressureLines(pressure, sources).join(' · ')}
            </li>
          ) : (
            queues && (
              <li aria-label="Queue pressure">
                No ISO generation-queue rows for {sub?.name ?? 'this state'}.
              </li>
            )
          ))}
      </ul>
    </section>
  );
}
