/** Hover read-outs of overlays drawn as images (no features to query): which answers, and how they combine. */
import { overlayTopOrder, type Description, type Overlay, type OverlayContext } from '../overlays/overlay.ts';

/** The overlays with a point read-out, topmost (highest draw order) first. */
export const readoutOrder = (overlays: readonly Overlay[]): Overlay[] =>
  overlays.filter((o) => o.describeAt).sort((a, b) => overlayTopOrder(b) - overlayTopOrder(a));

/** The first read-out at a point, with the lines of later read-outs that share its title. */
export function readoutAt(
  overlays: readonly Overlay[],
  lon: number,
  lat: number,
  ctx: OverlayContext,
): Description | null {
  let first: Description | null = null;
  for (const overlay of overlays) {
    const d = overlay.describeAt?.(lon, lat, ctx);
    if (!d) continue;
    if (!first) first = { title: d.title, lines: [...d.lines] };
    else if (d.title === first.title) first.lines.push(...d.lines);
  }
  return first;
}
