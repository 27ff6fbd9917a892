/** What the user hovered and clicked on the map. */
import { create } from 'zustand';

/** Where a selected place came from (kept when it is added to the shortlist). */
export type PlaceOrigin = 'mining-site' | 'point' | 'search' | 'best-site' | 'import';

export type Selection =
  | { kind: 'mining-site'; id: string }
  | { kind: 'plant'; index: number }
  /** A feature of an overlay, shown by that overlay's details card. */
  | {
      kind: 'feature';
      overlay: string;
      name: string;
      lon: number;
      lat: number;
      properties: Record<string, unknown>;
    }
  | {
      kind: 'point';
      lon: number;
      lat: number;
      label?: string;
      origin?: Exclude<PlaceOrigin, 'mining-site'>;
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
