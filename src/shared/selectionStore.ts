/** What the user hovered and clicked on the map. */
import { create } from 'zustand';

export type Selection =
  | { kind: 'mining-site'; id: string }
  | { kind: 'region'; code: string; level: 'country' | 'subnational' }
  | { kind: 'plant'; index: number }
  | { kind: 'landing-point'; name: string; lon: number; lat: number; properties: Record<string, unknown> }
  | {
      kind: 'point';
      lon: number;
      lat: number;
      label?: string;
      origin?: 'point' | 'search' | 'best-site' | 'import';
    };

export interface Hover {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

interface SelectionState {
  selection: Selection | null;
  hover: Hover | null;
  select: (selection: Selection | null) => void;
  setHover: (hover: Hover | null) => void;
}

export const useSelectionStore = create<SelectionState>((set) => ({
  selection: null,
  hover: null,
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
}));
