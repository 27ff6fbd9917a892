/**
 * Keeps the URL in step with what the map shows and how it is scored, so a reload or a shared link opens the
 * same map. Reads the URL once at start-up (before the map is created) and writes it back on every change.
 * The shortlist travels only in explicit share links (shareUrl): the live URL leaves it out, so reloading an
 * old tab never overwrites what another tab saved. Shared places are offered in a dialog (add, replace or just
 * look); nothing is saved before the user chooses.
 */
import { useEffect, useState } from 'react';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { resolveConfig, type ScoringConfig } from '../../domain/index.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { getView, jumpTo, onViewChange } from '../map/mapHandle.ts';
import { useTariffSector } from '../overlays/tariffs/tariffSector.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { DEFAULT_PRESET, initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import { connectShortlist, shortlistStore } from '../shortlist/shortlistStore.ts';
import { applySharedPrices, connectPrices, pricesStore } from '../prices/pricesStore.ts';
import { SharedPlacesDialog } from './SharedPlacesDialog.tsx';
import { useSharedPlaces } from './sharedPlacesStore.ts';
import { decodeUrlState, encodeUrlState, type SharedScoring, type UrlState } from './urlState.ts';
import { MAX_SHARE_URL_LENGTH } from './linkTransport.ts';

function configFrom(shared: SharedScoring): ScoringConfig {
  const base = initialConfig();
  return {
    ...base,
    weights: shared.weights ?? base.weights,
    transforms: shared.transforms ?? base.transforms,
    constraints: shared.constraints ?? base.constraints,
    assumptions: shared.assumptions ?? base.assumptions,
    populationRadius: shared.populationRadius ?? base.populationRadius,
    gridAccessVoltage: shared.gridAccessVoltage ?? base.gridAccessVoltage,
    priceBasis: shared.priceBasis ?? base.priceBasis,
  };
}

/** The `?query#fragment` last applied: StrictMode runs state initialisers twice in development. */
let appliedLink: string | null = null;

function applyUrlState(link: string): void {
  if (appliedLink === link) return;
  appliedLink = link;
  const { state, notices } = decodeUrlState(
    link,
    OVERLAYS.map((o) => o.id),
  );
  if (state.view) jumpTo(state.view);
  if (state.layers) useLayersStore.getState().setVisibleSet(state.layers);
  if (state.sector) useTariffSector.getState().setSector(state.sector);
  if (state.scoring) {
    const config = configFrom(state.scoring);
    try {
      resolveConfig(config);
      useScoringStore.getState().setConfig(config, state.scoring.presetId ?? null);
    } catch (error) {
      notices.push(
        `Ignored the shared scoring settings: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (notices.length)
    useNoticesStore
      .getState()
      .push({ kind: 'info', title: 'Parts of this link were ignored', details: notices });
  connectShortlist();
  connectPrices();
  if (state.prices?.length) applySharedPrices(state.prices);
  // Shared places are not saved until the user says so (SharedPlacesDialog).
  if (state.shortlist?.length) useSharedPlaces.getState().offer(state.shortlist);
}

/** Sorted-key JSON, to compare configurations regardless of key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function currentScoring(): SharedScoring | undefined {
  const { config, presetId } = useScoringStore.getState();
  // Own prices travel as their own field (share links only), not as a change of the scoring settings.
  const settings = { ...config, priceOverrides: undefined };
  if (presetId === DEFAULT_PRESET && stableJson(settings) === stableJson(initialConfig())) return undefined;
  return {
    weights: config.weights,
    transforms: config.transforms,
    constraints: config.constraints,
    assumptions: config.assumptions,
    populationRadius: config.populationRadius,
    gridAccessVoltage: config.gridAccessVoltage,
    priceBasis: config.priceBasis,
    ...(presetId ? { presetId } : {}),
  };
}

export function currentUrlState(): UrlState {
  const { visible } = useLayersStore.getState();
  return {
    view: getView(),
    layers: (Object.keys(visible) as OverlayId[]).filter((id) => visible[id]),
    sector: useTariffSector.getState().sector,
    scoring: currentScoring(),
  };
}

/** A link to the whole state: map, layers, scoring configuration and the shortlist with its notes. */
export function shareUrl(): string {
  const link = shareLink();
  if (!link.ok) throw new Error(link.message);
  return link.url;
}

export type ShareLink = { ok: true; url: string } | { ok: false; length: number; message: string };

/** The share link, or why there is none: a link longer than MAX_SHARE_URL_LENGTH is not offered. */
export function shareLink(): ShareLink {
  const url = fullShareUrl();
  if (url.length <= MAX_SHARE_URL_LENGTH) return { ok: true, url };
  return {
    ok: false,
    length: url.length,
    message: `This shortlist is too large to share as a link (${url.length.toLocaleString('en')} characters; a link holds at most ${MAX_SHARE_URL_LENGTH.toLocaleString('en')}). Export the shortlist as a file instead (GeoJSON or CSV) and send that, or share fewer places or shorter notes.`,
  };
}

function fullShareUrl(): string {
  const shortlist = shortlistStore
    .getState()
    .entries.map(({ name, lon, lat, note, origin, refId }) => ({ name, lon, lat, note, origin, refId }));
  const query = encodeUrlState({
    ...currentUrlState(),
    scoring: currentScoring() ?? { weights: useScoringStore.getState().config.weights },
    shortlist,
    prices: pricesStore.getState().prices,
  });
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

export function UrlSync() {
  // Runs during the first render, before the map (a child effect) reads the initial view.
  useState(() => applyUrlState(window.location.search + window.location.hash));

  useEffect(() => {
    let timer: number | undefined;
    const write = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const url = `${window.location.pathname}?${encodeUrlState(currentUrlState())}`;
        window.history.replaceState(null, '', url);
      }, 150);
    };
    const unsubscribers = [
      onViewChange(write),
      useLayersStore.subscribe(write),
      useTariffSector.subscribe(write),
      useScoringStore.subscribe(write),
    ];
    // Drop a shared shortlist from the address bar once read (a reload does not re-apply it), and rewrite an
    // older link in the current form.
    if (window.location.search || window.location.hash) write();
    return () => {
      window.clearTimeout(timer);
      unsubscribers.forEach((u) => u());
    };
  }, []);

  return <SharedPlacesDialog />;
}
