/**
 * Runs the scoring worker: sends it the grid once, rescores whenever the configuration changes
 * (latest config wins; at most one rescore in flight), puts the drawn surface into the map's
 * image source and records a `gridscout:rescore` User Timing measure per rescore (input -> texture updated; an idle
 * warm-up redraw records none). The surface summary is published once no rescore is pending, not on every drag step.
 *
 * With every weight at 0 nothing is scored: the surface is cleared (a flat surface of equal scores would
 * mislead) and the map says "Nothing is weighted" instead.
 *
 * Once the image source's texture has the surface's size, the worker draws premultiplied pixels and they are
 * written straight into that texture: ImageSource.updateImage would premultiply 8 MB in JavaScript on the main
 * thread before every upload (and reload the source's tiles), which cost more than scoring the grid.
 */
import { useEffect } from 'react';
import type { ImageSource } from 'maplibre-gl';
import { resolveConfig, type ScoringConfig } from '../../domain/index.ts';
import { useMap } from '../map/mapHandle.ts';
import { SURFACE_SOURCE } from '../overlays/suitability/suitabilityOverlay.ts';
import { useGridStore } from '../../data/gridStore.ts';
import {
  createScoringClient,
  initScoring,
  recycleImage,
  takeEarlySurface,
  type ScoringClient,
} from './scoringClient.ts';
import { useScoringStore } from './scoringStore.ts';
import { NOTHING_WEIGHTED, isNothingWeighted, useSurfaceStore, type SurfaceSummary } from './surfaceStore.ts';
import './surface.css';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { currentLeadTimes, leadTimesSettled } from './useLeadTimes.ts';
import { whenIdle } from '../../shared/whenIdle.ts';
import { measure } from '../../shared/userTiming.ts';

export function SurfaceController() {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const map = useMap();
  const nothingWeighted = useSurfaceStore((s) => s.nothingWeighted);

  useEffect(() => void load(), [load]);

  useEffect(() => {
    if (!grid || !map) return;
    const client: ScoringClient = createScoringClient();
    let disposed = false;
    let running = false;
    /** `warm`: a redraw of the same surface while idle, to run the texture path once before the first drag. */
    let pending: { config: ScoringConfig; requestedAt: number; warm?: boolean } | null = null;
    /** Pixels last handed to updateImage: the source keeps a reference, so they are recycled only once replaced. */
    let sourcePixels: Uint8ClampedArray | null = null;
    let imageSize = { width: 0, height: 0 };
    /** Every weight is 0: results still arriving are not drawn. */
    let blank = false;
    const criteria = () => resolveConfig(useScoringStore.getState().config).weighted.length;
    const source = () => map.getSource(SURFACE_SOURCE) as ImageSource | undefined;
    /** The source's texture when it can take the surface's pixels as they are (allocated at the surface's size). */
    const surfaceTexture = () => {
      const texture = source()?.texture;
      return texture?.size?.[0] === imageSize.width && texture.size[1] === imageSize.height ? texture : null;
    };

    /** The latest drawn result's summary, published once the surface settles (not on every drag step). */
    let unpublished: SurfaceSummary | null = null;
    const publish = () => {
      if (!unpublished || running || pending) return;
      useSurfaceStore.getState().setSummary(unpublished);
      unpublished = null;
    };

    /**
     * The first upload into the texture and the worker's first weight-only pass are slow (GL staging, JIT, fresh
     * buffers): once the first surface is drawn, an idle moment redraws it through that path (same pixels, no
     * measure), so the first drag is already warm.
     */
    let textureWarm = false;
    const warmWhenIdle = () => {
      if (textureWarm || disposed) return;
      whenIdle(() => {
        if (textureWarm || disposed || running || pending || blank) return;
        if (!surfaceTexture()) return warmWhenIdle();
        pending = { config: useScoringStore.getState().config, requestedAt: performance.now(), warm: true };
        void run();
      }, 1000);
    };

    const run = async () => {
      if (running || !pending || disposed) return;
      running = true;
      const { config, warm } = pending;
      let { requestedAt } = pending;
      pending = null;
      try {
        resolveConfig(config); // a readable error before the worker sees it
        const leadTimes = currentLeadTimes();
        // The first surface may have been asked for while the map loaded (main.tsx): then it is measured from then.
        const early = takeEarlySurface(client, config, leadTimes);
        if (early) requestedAt = early.requestedAt;
        const result = await (early?.result ??
          client.api.rescore(config, {
            premultiplied: surfaceTexture() !== null,
            leadTimes: [...leadTimes],
          }));
        if (disposed) return;
        if (blank) {
          void recycleImage(client, result.image.data);
          return;
        }
        const replied = performance.now();
        const { width, height, data, premultiplied } = result.image;
        /** Pixels the texture has copied: handed back to the worker once the measure is taken (a 1 ms post). */
        let copied: Uint8ClampedArray | null = null;
        if (premultiplied) {
          const texture = surfaceTexture();
          if (!texture) {
            // The source was replaced while the worker drew: draw again with straight alpha.
            void recycleImage(client, data);
            pending ??= { config, requestedAt };
            return;
          }
          // texSubImage2D copies the pixels, so they can go back to the worker at once. Rows outside the band are
          // transparent in every surface, so the texture already holds them: only the band is uploaded.
          const { top, rows } = result.image.band;
          const rowBytes = width * 4;
          if (rows > 0) {
            const pixels = new Uint8ClampedArray(data.buffer as ArrayBuffer, top * rowBytes, rows * rowBytes);
            texture.update(new ImageData(pixels, width, rows), { premultiply: false }, { x: 0, y: top });
          }
          textureWarm = true;
          copied = data;
        } else {
          source()?.updateImage({
            image: new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, height),
          });
          // The previous image is no longer referenced by the source: give its pixels back to the worker.
          if (sourcePixels) void recycleImage(client, sourcePixels);
          sourcePixels = data;
          imageSize = { width, height };
        }
        if (warm) {
          if (copied) void recycleImage(client, copied);
          return map.triggerRepaint();
        }
        // Input -> texture updated: what the map draws on its next frame.
        const rescore = measure('gridscout:rescore', {
          start: requestedAt,
          end: performance.now(),
          detail: {
            cells: grid.cells.length,
            criteria: criteria(),
            resolveMs: result.timings.resolveMs,
            scoreMs: result.timings.scoreMs,
            renderMs: result.timings.renderMs,
            sendMs: result.timings.startedAt - performance.timeOrigin - requestedAt,
            replyMs: replied - (result.timings.endedAt - performance.timeOrigin),
            uploadMs: performance.now() - replied,
          },
        });
        if (copied) void recycleImage(client, copied);
        unpublished = {
          histogram: result.histogram,
          scoredCount: result.scoredCount,
          excludedCount: result.excludedCount,
          incompleteCount: result.incompleteCount,
          excludedByCount: result.excludedByCount,
          missingByCriterion: result.missingByCriterion,
          millis: rescore.duration,
        };
        map.once('render', () => {
          publish();
          map.getContainer().dataset.rescores = String(Number(map.getContainer().dataset.rescores ?? 0) + 1);
          warmWhenIdle();
        });
        map.triggerRepaint();
      } catch (error) {
        useSurfaceStore.getState().setError(error instanceof Error ? error.message : String(error));
      } finally {
        running = false;
        if (pending) void run();
        else {
          publish();
          map.getContainer().dataset.rescoring = 'idle';
        }
      }
    };

    /** Draws no surface: a transparent image of the surface's size (the texture path keeps working after). */
    const clearSurface = () => {
      const { width, height } = imageSize;
      if (width > 0) {
        source()?.updateImage({ image: new ImageData(width, height) });
        if (sourcePixels) void recycleImage(client, sourcePixels);
        sourcePixels = null;
      }
      map.getContainer().dataset.surface = 'none';
      map.triggerRepaint();
    };

    const request = (config: ScoringConfig) => {
      blank = isNothingWeighted(config);
      useSurfaceStore.getState().setNothingWeighted(blank);
      if (blank) {
        pending = null;
        clearSurface();
        return;
      }
      map.getContainer().dataset.surface = 'drawn';
      map.getContainer().dataset.rescoring = 'busy';
      pending = { config, requestedAt: performance.now() };
      void run();
    };

    // Queue lead times change the HV-substation stage's months: the first surface waits until they have loaded or
    // failed (a small file, loading since start-up), so the first view is scored once; later changes rescore.
    useDatasetStore.getState().ensure('queues');
    let initialised = false;
    let requested = false;
    const firstRequest = () => {
      if (requested || !initialised || !leadTimesSettled()) return;
      requested = true;
      request(useScoringStore.getState().config);
    };
    void initScoring(client, grid).then(
      () => {
        initialised = true;
        useSurfaceStore.getState().setFindBest((options) => client.api.topSites(options));
        firstRequest();
      },
      (error: unknown) => useSurfaceStore.getState().setError(`Scoring worker: ${String(error)}`),
    );
    const unsubscribe = useScoringStore.subscribe((s, prev) => {
      if (s.config === prev.config) return;
      if (requested) request(s.config);
      else firstRequest();
    });
    const unsubscribeQueues = useDatasetStore.subscribe((s, prev) => {
      if (s.data.queues === prev.data.queues && s.errors.queues === prev.errors.queues) return;
      if (!requested) firstRequest();
      else if (s.data.queues !== prev.data.queues) request(useScoringStore.getState().config);
    });
    return () => {
      disposed = true;
      unsubscribe();
      unsubscribeQueues();
      useSurfaceStore.getState().setFindBest(null);
      client.dispose();
    };
  }, [grid, map]);

  return nothingWeighted ? (
    <p role="status" className="surface-nothing-weighted">
      {NOTHING_WEIGHTED}
    </p>
  ) : null;
}
