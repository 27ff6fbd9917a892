/** The power-plants overlay's options in the layers panel: minimum size and fuels. */
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { usePlantFilter } from './plantFilter.ts';

export function PlantFilters() {
  const plants = useDatasetStore((s) => s.data.powerPlants);
  const filter = usePlantFilter((s) => s.filter);
  const setFilter = usePlantFilter((s) => s.setFilter);
  const fuels = plants?.fuels ?? [];
  const selected = new Set(filter.fuels ?? fuels);
  const toggleFuel = (fuel: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(fuel);
    else next.delete(fuel);
    setFilter({ fuels: next.size === fuels.length ? null : fuels.filter((f) => next.has(f)) });
  };
  return (
    <div className="plant-filters small">
      <label className="slider-row">
        Minimum plant size (MW)
        <input
          type="number"
          min={0}
          step={10}
          value={filter.minMw}
          onChange={(e) => setFilter({ minMw: Math.max(0, Number(e.target.value) || 0) })}
        />
      </label>
      {plants ? (
        <fieldset className="fuel-list">
          <legend>Fuels</legend>
          {fuels.map((fuel) => (
            <label key={fuel}>
              <input
                type="checkbox"
                checked={selected.has(fuel)}
                onChange={(e) => toggleFuel(fuel, e.target.checked)}
              />
              {fuel}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">Loading power plants…</p>
      )}
    </div>
  );
}
