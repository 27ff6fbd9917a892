/** The power-plants overlay's options: which statuses and fuels, and how large a plant must be to be drawn. */
import { create } from 'zustand';
import type { PlantFuel, PlantStatusClass } from '../../../contract/plants.ts';

export interface PlantFilter {
  fuels: PlantFuel[] | null; // null = all fuels
  statuses: PlantStatusClass[];
  minMw: number;
}

/** Status classes offered in the panel, with their labels (the contract's classes, in its order). */
export const STATUS_LABELS: Record<PlantStatusClass, string> = {
  operating: 'Operating',
  construction: 'Under construction',
  planned: 'Planned',
  retired: 'Retired',
  inactive: 'Shelved, mothballed or cancelled',
};

/** What a user sees first: the plants that run or will soon. */
export const DEFAULT_STATUSES: PlantStatusClass[] = ['operating', 'construction'];

interface PlantFilterState {
  filter: PlantFilter;
  setFilter: (filter: Partial<PlantFilter>) => void;
}

export const usePlantFilter = create<PlantFilterState>((set) => ({
  filter: { fuels: null, statuses: DEFAULT_STATUSES, minMw: 0 },
  setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
}));
