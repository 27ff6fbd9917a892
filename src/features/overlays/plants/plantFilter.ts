/** The power-plants overlay's option: which fuels and how large a plant must be to be drawn. */
import { create } from 'zustand';

export interface PlantFilter {
  fuels: string[] | null; // null = all fuels
  minMw: number;
}

interface PlantFilterState {
  filter: PlantFilter;
  setFilter: (filter: Partial<PlantFilter>) => void;
}

export const usePlantFilter = create<PlantFilterState>((set) => ({
  filter: { fuels: null, minMw: 0 },
  setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
}));
