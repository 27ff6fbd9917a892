/**
 * Keeps the URL in step with what the map shows, so a reload or a shared link opens the same map.
 * Reads the URL once at start-up (before the map is created) and writes it back on every change.
 */
import { useEffect, useState } from 'react';
import { useNoticesStore } from '../../app/noticesStore.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { useMapStore } from '../map/mapStore.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { decodeUrlState, encodeUrlState, type UrlState } from './urlState.ts';

function applyUrlState(search: string): void {
  const { state, notices } = decodeUrlState(
    search,
    OVERLAYS.map((o) => o.id),
  );
  if (state.view) useMapStore.getState().setView(state.view);
  if (state.layers) useLayersStore.getState().setVisibleSet(state.layers);
  if (state.sector) useLayersStore.getState().setTariffSector(state.sector);
  if (notices.length)
    useNoticesStore.getState().push({ kind: 'info', title: 'Parts of this link were ignored', details: notices });
}

function currentUrlState(): UrlState {
  const { visible, tariffSector } = useLayersStore.getState();
  return {
    view: useMapStore.getState().view,
    layers: (Object.keys(visible) as OverlayId[]).filter((id) => visible[id]),
    sector: tariffSector,
  };
}

export function UrlSync() {
  // Runs during the first render, before the map (a child effect) reads the initial view.
  useState(() => applyUrlState(window.location.search));

  useEffect(() => {
    let timer: number | undefined;
    const write = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const url = `${window.location.pathname}?${encodeUrlState(currentUrlState())}${window.location.hash}`;
        window.history.replaceState(null, '', url);
      }, 150);
    };
    const unsubscribers = [useMapStore.subscribe(write), useLayersStore.subscribe(write)];
    return () => {
      window.clearTimeout(timer);
      unsubscribers.forEach((u) => u());
    };
  }, []);

  return null;
}
