/** The radius the "People within reach" criterion counts people in (ScoringConfig.populationRadius). */
import { DEFAULT_POPULATION_RADIUS, POPULATION_RADII, POPULATION_RADIUS_REASON } from '../../domain/index.ts';
import { useScoringStore } from './scoringStore.ts';

export function PopulationRadius() {
  const radius = useScoringStore((s) => s.config.populationRadius) ?? DEFAULT_POPULATION_RADIUS;
  const setRadius = useScoringStore((s) => s.setPopulationRadius);
  return (
    <fieldset className="population-radius small">
      <legend>Population radius</legend>
      {POPULATION_RADII.map((r) => (
        <label key={r}>
          <input
            type="radio"
            name="population-radius"
            value={r}
            checked={radius === r}
            onChange={() => setRadius(r)}
          />{' '}
          {r} km{r === DEFAULT_POPULATION_RADIUS ? ' (default)' : ''}
        </label>
      ))}
      <p className="small muted">{POPULATION_RADIUS_REASON}</p>
    </fieldset>
  );
}
