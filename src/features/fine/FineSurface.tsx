/**
 * The fine surface on the map (issue 15 part 3): from zoom FINE_MIN_ZOOM, once the map has settled (moveend), the
 * fine-surface worker scores the view at the lattice's samples with the point evaluator; the result is drawn with
 * the coarse surface's palette as an image source above it, and the coarse surface is hidden while the fine one
 * covers the view. A large new view (previewLattice; not a pan the drawn image mostly covers) is first drawn at 4×
 * its step, which is quick, then at its own step. Below that zoom the 0.25° surface is back. Moving the map cancels
 * a pending request; a settled change of weights or assumptions re-scores the view (the samples are not evaluated
 * again).
 *
 * For tests and people, the map container says what is shown: data-fine-surface (off | computing | drawn | error),
 * data-fine-step, data-fine-draws, data-fine-cancelled (requests cancelled by a newer one), data-fine-probe (the
 * sample nearest the view centre: its centre, screen position and code) and data-fine-sample / -sample-score (the
 * sample at the last click), data-coarse-surface (hidden | shown), data-fine-previews and data-fine-preview-step (the
 * quick passes drawn; `gridscout:fine-surface-preview` measures them). `measure('gridscout:fine-surface')`
 * spans map settled → fine image drawn (detail: the worker's evaluate / score times, and settle wait / worker reply /
 * map draw).
 */
import { useEffect, useRef, useState } from 'react';
import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ScoringGrid } from '../../domain/index.ts';
import {
  FINE_MIN_ZOOM,
  latticeBounds,
  sampleAt,
  sharedShare,
  sampleLat,
  sampleLon,
  type FineLattice,
  viewLattices,
} from '../../domain/fineSurfaceLattice.ts';
import { INTERPOLATED_NOTE } from '../../domain/fineSurfaceSmooth.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { boundsOf, openingBounds, openingView, useMap } from '../map/mapHandle.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { SURFACE_LAYER } from '../overlays/suitability/suitabilityOverlay.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { isNothingWeighted } from '../scoring/surfaceStore.ts';
import { currentLeadTimes } from '../scoring/useLeadTimes.ts';
import { loadPointSources } from '../scoring/pointSourcesLoader.ts';
import { createFineClient, OPENING_REQUEST_ID, prefetchFineSurface, type FineClient } from './fineClient.ts';
import type { FineResult } from './fineSurface.worker.ts';
import { whenIdle } from '../../shared/whenIdle.ts';
import './fineSurface.css';
import { measure } from '../../shared/userTiming.ts';

export const FINE_SOURCE = 'fine-surface';
export const FINE_LAYER = 'fine-surface-raster';
/** Weights are re-scored once they settle, not per drag frame. */
const CONFIG_SETTLE_MS = 300;
/** The suitability overlay's full raster opacity (suitabilityOverlay.ts `opacity`). */
const FULL_OPACITY = 0.85;

export const fineLegendText = (step: number) =>
  `Fine surface: ${step}° samples (exact distances, regions and population; temperature, 220 kV line distance and stranded power ${INTERPOLATED_NOTE})`;

type Drawn = Extract<FineResult, { cancelled: false }>;

/** The drawn lattice covers at least this share of the next one (same step): no preview pass. */
const REUSED_SHARE = 0.5;

const corners = (
  l: FineLattice,
): [[number, number], [number, number], [number, number], [number, number]] => {
  const b = latticeBounds(l);
  return [
    [b.west, b.north],
    [b.east, b.north],
    [b.east, b.south],
    [b.west, b.south],
  ];
};

function ensureLayer(map: MapLibreMap, l: FineLattice) {
  if (!map.getSource(FINE_SOURCE))
    map.addSource(FINE_SOURCE, {
      type: 'image',
      url: `${import.meta.env.BASE_URL}transparent.png`,
      coordinates: corners(l),
    });
  if (map.getLayer(FINE_LAYER)) return;
  const layers = map.getStyle().layers;
  const before = layers[layers.findIndex((x) => x.id === SURFACE_LAYER) + 1]?.id;
  map.addLayer(
    {
      id: FINE_LAYER,
      type: 'raster',
      source: FINE_SOURCE,
      paint: { 'raster-opacity': FULL_OPACITY, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
    },
    before,
  );
}

/** Runs the fine surface on `map`; returns a stop function and the hook to re-apply layer visibility. */
function runFineSurface(map: MapLibreMap, grid: ScoringGrid, onStep: (step: number | null) => void) {
  const host = map.getContainer();
  let client: FineClient | null = null;
  let disposed = false;
  // The first request has the id the opening view's early evaluation was asked under (prefetchFineSurface), so it
  // does not cancel that evaluation but waits for it and reuses its samples.
  let nextId = OPENING_REQUEST_ID - 1;
  let cancelled = 0;
  let draws = 0;
  let previews = 0;
  let settledAt = performance.now();
  let configTimer: ReturnType<typeof setTimeout> | undefined;
  let current: Drawn | null = null;

  const opacity = () => FULL_OPACITY * (useLayersStore.getState().opacity.suitability ?? 1);
  const covers = (l: FineLattice) => {
    const b = latticeBounds(l);
    const v = map.getBounds();
    return (
      v.getWest() >= b.west && v.getEast() <= b.east && v.getSouth() >= b.south && v.getNorth() <= b.north
    );
  };
  const apply = () => {
    if (!map.getLayer(FINE_LAYER)) return;
    const shown = current !== null && useLayersStore.getState().visible.suitability;
    map.setLayoutProperty(FINE_LAYER, 'visibility', shown ? 'visible' : 'none');
    map.setPaintProperty(FINE_LAYER, 'raster-opacity', opacity());
    const hideCoarse = shown && covers(current!.lattice);
    map.setPaintProperty(SURFACE_LAYER, 'raster-opacity', hideCoarse ? 0 : opacity());
    host.dataset.coarseSurface = hideCoarse ? 'hidden' : 'shown';
  };
  const off = () => {
    current = null;
    host.dataset.fineSurface = 'off';
    onStep(null);
    apply();
  };

  const publishProbe = (d: Drawn) => {
    const c = map.getCenter();
    const s = sampleAt(d.lattice, c.lng, c.lat);
    if (!s) return;
    const lon = sampleLon(d.lattice, s.col);
    const lat = sampleLat(d.lattice, s.row);
    const p = map.project([lon, lat]);
    const code = d.codes[s.row * d.lattice.cols + s.col];
    host.dataset.fineProbe = JSON.stringify({ lon, lat, x: p.x, y: p.y, code });
  };

  /** `preview`: the quick coarser pass (previewLattice), drawn while the view's own step computes. */
  const draw = (d: Drawn, start: number, requestedAt: number, preview: boolean) => {
    const arrivedAt = performance.now();
    ensureLayer(map, d.lattice);
    const { width, height, data } = d.image;
    (map.getSource(FINE_SOURCE) as ImageSource).updateImage({
      image: new ImageData(data, width, height),
      coordinates: corners(d.lattice),
    });
    current = d;
    apply();
    onStep(d.lattice.step);
    map.once('render', () => {
      // detail: where the time went: the settle wait, the worker's reply (evaluate + score + messages) and the map
      // (the image handed over → the frame that draws it).
      const drawnAt = performance.now();
      measure(preview ? 'gridscout:fine-surface-preview' : 'gridscout:fine-surface', {
        start,
        end: drawnAt,
        detail: {
          evaluateMs: d.timings.evaluateMs,
          scoreMs: d.timings.scoreMs,
          samples: d.timings.samples,
          evaluated: d.timings.evaluated,
          // reply = waiting for the worker (an earlier request, the message) + its work + the result reaching this
          // thread (it waits while this thread draws a frame)
          waitMs: d.timings.startedAt - performance.timeOrigin - requestedAt,
          backMs: arrivedAt - (d.timings.endedAt - performance.timeOrigin),
          step: d.lattice.step,
          cols: d.lattice.cols,
          rows: d.lattice.rows,
          settleMs: requestedAt - start,
          replyMs: arrivedAt - requestedAt,
          mapMs: drawnAt - arrivedAt,
        },
      });
      if (preview) {
        previews += 1;
        host.dataset.finePreviews = String(previews);
        host.dataset.finePreviewStep = String(d.lattice.step);
        return;
      }
      draws += 1;
      // The card's point indexes on this thread, once the view is drawn and the thread is idle: a place opened here
      // is then scored at once. Not before: they would hold back the fine worker's datasets.
      if (draws === 1) whenIdle(() => void loadPointSources(grid), 2000);
      host.dataset.fineSurface = 'drawn';
      host.dataset.fineStep = String(d.lattice.step);
      host.dataset.fineDraws = String(draws);
      publishProbe(d);
    });
    map.triggerRepaint();
  };

  const request = () => {
    if (disposed) return;
    const config = useScoringStore.getState().config;
    const lattices = viewLattices(boundsOf(map), map.getZoom());
    const lattice = lattices.at(-1)?.lattice;
    if (!lattice || isNothingWeighted(config)) return off();
    if (current && !covers(current.lattice)) apply(); // show the coarse surface until the new view is drawn
    client ??= createFineClient(grid);
    // A large new view is first drawn at a coarser step (quick), then at its own. Not after a pan or a weight change:
    // the drawn image at this step already covers most of the view, and its samples are reused (a preview would
    // only coarsen what is shown and delay the full step).
    const reused = current !== null && sharedShare(current.lattice, lattice) >= REUSED_SHARE;
    const start = settledAt;
    // Both asked at once under one id: the worker computes them in order, so the view's own step starts the moment
    // the quick pass is done, not a round trip later (one that waits behind the frames the map draws after a zoom).
    const id = ++nextId;
    for (const l of lattices) if (!(l.preview && reused)) ask(id, l.lattice, start, l.preview);
  };

  const ask = (id: number, lattice: FineLattice, start: number, preview: boolean) => {
    if (disposed || !client) return;
    const config = useScoringStore.getState().config;
    const requestedAt = performance.now();
    host.dataset.fineSurface = 'computing';
    const c = client;
    // Asked at once: the worker waits for its own datasets. `ready` rejects if the worker could not take the grid.
    void Promise.all([
      c.ready,
      c.api.compute({ id, lattice, config, leadTimes: [...currentLeadTimes()] }),
    ]).then(
      ([, r]) => {
        if (disposed) return;
        if (r.cancelled || r.id !== nextId) {
          cancelled += 1;
          host.dataset.fineCancelled = String(cancelled);
          return;
        }
        draw(r, start, requestedAt, preview);
      },
      (error: unknown) => {
        if (disposed) return;
        host.dataset.fineSurface = 'error';
        host.dataset.fineError = error instanceof Error ? error.message : String(error);
      },
    );
  };

  const onMoveStart = () => {
    // A request still computing is for a view the map is leaving: cancel it now.
    if (client && host.dataset.fineSurface === 'computing') void client.api.cancel(++nextId);
  };
  const onMoveEnd = () => {
    settledAt = performance.now();
    // Asked at once, not after a timer: a timer waits behind the frames the map still draws after a move (300-400 ms
    // under software WebGL), and a newer move cancels the request anyway.
    if (current && !covers(current.lattice)) apply();
    request();
  };
  const onClick = (e: { lngLat: { lng: number; lat: number } }) => {
    if (!current) return;
    const s = sampleAt(current.lattice, e.lngLat.lng, e.lngLat.lat);
    if (!s) return;
    host.dataset.fineSample = `${sampleLon(current.lattice, s.col)},${sampleLat(current.lattice, s.row)}`;
    host.dataset.fineSampleScore = String(current.codes[s.row * current.lattice.cols + s.col]);
  };
  const onConfig = () => {
    clearTimeout(configTimer);
    configTimer = setTimeout(() => {
      settledAt = performance.now();
      request();
    }, CONFIG_SETTLE_MS);
  };

  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  const unsubscribe = useScoringStore.subscribe((s, prev) => s.config !== prev.config && onConfig());
  const unsubscribeQueues = useDatasetStore.subscribe(
    (s, prev) => s.data.queues !== prev.data.queues && onConfig(),
  );
  host.dataset.fineSurface = 'off';
  request();
  return {
    apply,
    stop() {
      disposed = true;
      clearTimeout(configTimer);
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      map.off('click', onClick);
      unsubscribe();
      unsubscribeQueues();
      current = null;
      apply();
      client?.dispose();
    },
  };
}

export function FineSurface() {
  const grid = useGridStore((s) => s.grid);
  const map = useMap();
  const [step, setStep] = useState<number | null>(null);
  const visible = useLayersStore((s) => s.visible.suitability);
  const opacity = useLayersStore((s) => s.opacity.suitability);
  const apply = useRef<() => void>(() => {});

  // Opening zoomed in (a link, a reload), the fine surface is the first view's surface: its worker and datasets
  // start loading with the app (the view is known before the map exists), not once the map and the grid are there.
  useEffect(() => {
    const { grid: loaded } = useGridStore.getState();
    const { zoom } = openingView();
    if (!loaded && zoom >= FINE_MIN_ZOOM && !isNothingWeighted(useScoringStore.getState().config))
      prefetchFineSurface(openingBounds(), zoom);
  }, []);

  useEffect(() => {
    if (!grid || !map) return;
    const run = runFineSurface(map, grid, setStep);
    apply.current = run.apply;
    return () => {
      apply.current = () => {};
      run.stop();
    };
  }, [grid, map]);

  // After OverlayDisplay has applied the overlay's visibility and opacity (its effect runs first).
  useEffect(() => apply.current(), [visible, opacity]);

  return step !== null && visible ? (
    <p className="fine-surface-legend" role="note" aria-label="Fine surface">
      {fineLegendText(step)}
    </p>
  ) : null;
}
