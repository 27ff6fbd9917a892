/**
 * Until the first view is ready (LoadingProgress sets body[data-first-view="ready"]), the map's canvas is hidden
 * (map.css) and its ocean-coloured container shows: the browser then does not composite the half-drawn frames.
 * Under software WebGL each composited frame blocked the main thread while it was read back, ≈ 0.1 s a frame and
 * about 8 frames before the view was complete: first view 2,471 → 1,874 and 3,039 → 2,269 ms (8 paired runs each;
 * README "First view"). On a GPU a frame costs a few ms and nothing changes but that the map appears complete.
 * It is shown earlier when there is something to see: the fine surface of a view opened zoomed in, or after
 * SHOW_MAP_AFTER_MS (a slow network), when the map is shown as it draws.
 */

/** The longest the map stays hidden while the first view loads. */
export const SHOW_MAP_AFTER_MS = 5000;

/** Shows the map's canvas now, before the first view is ready (a no-op after it, or when already shown). */
export function showMapEarly(reason: 'timeout' | 'fine-surface'): void {
  document.body.dataset.mapShown ??= reason;
}
