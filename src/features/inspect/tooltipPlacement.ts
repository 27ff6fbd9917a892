/**
 * Where the hover tooltip goes: beside the pointer (below right first, then below left, above right, above
 * left), inside the map, and never over the details card: when no side of the pointer is clear of it, just
 * below, above, left or right of the card; only if nothing is clear (a map smaller than card and tooltip),
 * where it overlaps the card least.
 */
import type { Rect } from './revealPlace.ts';

/** Gap between the pointer and the tooltip, px. */
export const TOOLTIP_GAP = 14;
/** Gap between the tooltip and the card when it has to move next to the card, px. */
const CARD_GAP = 6;

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The tooltip's top-left corner, in the same coordinates as `pointer`, `bounds` and `avoid`. */
export function placeTooltip(
  pointer: { x: number; y: number },
  size: { width: number; height: number },
  bounds: Rect,
  avoid: Rect | null,
): { left: number; top: number; covered: number } {
  const { width, height } = size;
  const beside = [
    [pointer.x + TOOLTIP_GAP, pointer.y + TOOLTIP_GAP],
    [pointer.x - TOOLTIP_GAP - width, pointer.y + TOOLTIP_GAP],
    [pointer.x + TOOLTIP_GAP, pointer.y - TOOLTIP_GAP - height],
    [pointer.x - TOOLTIP_GAP - width, pointer.y - TOOLTIP_GAP - height],
  ];
  // No room beside the pointer: just below, above, left or right of the card.
  const byCard = avoid
    ? [
        [pointer.x + TOOLTIP_GAP, avoid.bottom + CARD_GAP],
        [pointer.x + TOOLTIP_GAP, avoid.top - CARD_GAP - height],
        [avoid.left - CARD_GAP - width, pointer.y + TOOLTIP_GAP],
        [avoid.right + CARD_GAP, pointer.y + TOOLTIP_GAP],
      ]
    : [];
  const candidates = [...beside, ...byCard].map(([x, y]) => {
    const left = clamp(x, bounds.left, bounds.right - width);
    const top = clamp(y, bounds.top, bounds.bottom - height);
    const rect = { left, top, right: left + width, bottom: top + height };
    return { left, top, covered: avoid ? overlap(rect, avoid) : 0 };
  });
  const best =
    candidates.find((c) => c.covered === 0) ?? candidates.reduce((a, b) => (b.covered < a.covered ? b : a));
  return best;
}

/**
 * The widest the tooltip may be to fit beside the card (left or right of it, within `bounds`), for a second
 * try when it covered the card at its natural width; null when there is no card.
 */
export function widthBesideCard(bounds: Rect, avoid: Rect | null): number | null {
  if (!avoid) return null;
  return Math.max(avoid.left - bounds.left, bounds.right - avoid.right) - 2 * CARD_GAP;
}
