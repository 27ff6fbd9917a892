/** Which overlays the map shows and their opacity. Options of one overlay live in its own folder. */
import { create } from 'zustand';
import type { OverlayId } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';

export const defaultVisibility = (): Record<OverlayId, boolean> =>
  Object.fromEntries(OVERLAYS.map((o) => [o.id, o.defaultVisible])) as Record<OverlayId, boolean>;

interface LayersState {
  visible: Record<OverlayId, boolean>;
  opacity: Partial<Record<OverlayId, number>>;
  setVisible: (id: OverlayId, visible: boolean) => void;
  setVisibleSet: (ids: readonly OverlayId[]) => void;
  setOpacity: (id: OverlayId, opacity: number) => void;
}

export const useLayersStore = create<LayersState>((set) => ({
  visible: defaultVisibility(),
  opacity: {},
  setVisible: (id, visible) => set((s) => ({ visible: { ...s.visible, [id]: visible } })),
  setVisibleSet: (ids) =>
    set(() => ({
      visible: Object.fromEntries(OVERLAYS.map((o) => [o.id, ids.includes(o.id)])) as Record<
        OverlayId,
        boolean
      >,
    })),
  setOpacity: (id, opacity) => set((s) => ({ opacity: { ...s.opacity, [id]: opacity } })),
}));
