/** The site card's reach facts: people within 100 km and 300 km and the nearest hyperscale cloud region. */
import { useEffect, useMemo } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { POPULATION_RADII, populationWithin } from '../../domain/index.ts';
import { useSourceIndex } from '../sources/useSources.ts';
import { describeRegion, nearestCloudRegion, populationIndexOf } from './reachFacts.ts';

const people = (n: number) => `${Math.round(n).toLocaleString('en-US')} people`;

export function ReachFacts({ lon, lat }: { lon: number; lat: number }) {
  const points = useDatasetStore((s) => s.data.populationPoints);
  const regions = useDatasetStore((s) => s.data.cloudRegions);
  const errors = useDatasetStore((s) => s.errors);
  const ensure = useDatasetStore((s) => s.ensure);
  const sources = useSourceIndex();
  useEffect(() => {
    ensure('populationPoints');
    ensure('cloudRegions');
  }, [ensure]);
  const reach = useMemo(() => {
    if (!points) return null;
    const index = populationIndexOf(points);
    return POPULATION_RADII.map((km) => ({ km, n: populationWithin(index, [lon, lat], km) }));
  }, [points, lon, lat]);
  const nearest = useMemo(
    () => (regions ? nearestCloudRegion(regions, lon, lat) : null),
    [regions, lon, lat],
  );
  const cite = (id: string | undefined) => {
    const s = id ? sources.get(id) : undefined;
    return s ? `${s.publisher}, ${s.period}; ${s.license}` : (id ?? '');
  };
  const populationText = (km: number) => {
    const value = reach?.find((r) => r.km === km)?.n;
    if (value !== undefined) return people(value);
    return errors.populationPoints ? `no data (${errors.populationPoints})` : 'loading…';
  };
  const regionText = nearest
    ? `${describeRegion(nearest.region)}, ${Math.round(nearest.km).toLocaleString('en-US')} km`
    : errors.cloudRegions
      ? `no data (${errors.cloudRegions})`
      : regions
        ? 'none'
        : 'loading…';
  return (
    <section className="reach-facts small" aria-label="Reach to users">
      <ul className="facts">
        {POPULATION_RADII.map((km) => (
          <li key={km} aria-label={`People within ${km} km`}>
            People within {km} km: {populationText(km)}
          </li>
        ))}
        <li aria-label="Nearest cloud region">Nearest cloud region: {regionText}</li>
      </ul>
      <p className="source-note">
        People: sum of GeoNames settlements of 1,000 people or more around this point, not a census count
        (years vary) · {cite(points?.sourceId)}. Cloud regions: AWS, Azure, Google Cloud, Oracle (July 2022,
        city-level locations, a latency proxy) · {cite(regions?.sourceId)}.
      </p>
    </section>
  );
}
