/** The power-plants overlay's options in the layers panel: statuses, minimum size and fuels. */
import {
  PLANT_FUELS,
  PLANT_STATUS_CLASSES,
  type PlantFuel,
  type PlantStatusClass,
} from '../../../contract/plants.ts';
import { useMemo } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useNumberField } from '../../../shared/useNumberField.ts';
import { STATUS_LABELS, usePlantFilter } from './plantFilter.ts';

function toggle<T extends string>(all: readonly T[], selected: ReadonlySet<T>, value: T, on: boolean): T[] {
  return all.filter((v) => (v === value ? on : selected.has(v)));
}

export function PlantFilters() {
  const plants = useDatasetStore((s) => s.data.plants);
  const filter = usePlantFilter((s) => s.filter);
  const setFilter = usePlantFilter((s) => s.setFilter);
  const selectedFuels = new Set<PlantFuel>(filter.fuels ?? PLANT_FUELS);
  const selectedStatuses = new Set<PlantStatusClass>(filter.statuses);
  // up to the largest plant in the data (once loaded): a higher minimum would hide every plant
  const largest = useMemo(
    () => (plants ? plants.capacityMw.reduce((a, b) => Math.max(a, b), 0) : undefined),
    [plants],
  );
  const minMw = useNumberField({
    label: 'Minimum plant size',
    value: filter.minMw,
    rule: { min: 0, ...(largest !== undefined ? { max: largest } : {}), unit: 'MW' },
    onValid: (n) => setFilter({ minMw: n ?? 0 }),
  });
  const toggleFuel = (fuel: PlantFuel, on: boolean) => {
    const next = toggle(PLANT_FUELS, selectedFuels, fuel, on);
    setFilter({ fuels: next.length === PLANT_FUELS.length ? null : next });
  };
  return (
    <div className="plant-filters small">
      <fieldset className="fuel-list">
        <legend>Status</legend>
        {PLANT_STATUS_CLASSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={selectedStatuses.has(status)}
              onChange={(e) =>
                setFilter({
                  statuses: toggle(PLANT_STATUS_CLASSES, selectedStatuses, status, e.target.checked),
                })
              }
            />
            {STATUS_LABELS[status]}
          </label>
        ))}
      </fieldset>
      <label className="slider-row">
        Minimum plant size (MW)
        <input type="number" min={0} step={10} {...minMw.input} />
      </label>
      {minMw.problem && (
        <p role="alert" id={minMw.errorId} className="field-error">
          {minMw.problem}
        </p>
      )}
      <fieldset className="fuel-list">
        <legend>Fuels</legend>
        {PLANT_FUELS.map((fuel) => (
          <label key={fuel}>
            <input
              type="checkbox"
              checked={selectedFuels.has(fuel)}
              onChange={(e) => toggleFuel(fuel, e.target.checked)}
            />
            {fuel}
          </label>
        ))}
      </fieldset>
      {!plants && <p className="muted">Loading power plants…</p>}
    </div>
  );
}
