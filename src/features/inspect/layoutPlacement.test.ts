/** The card's geometry rules: when the map pans a place out from under the card, and where the tooltip goes. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REVEAL_MARGIN, revealOffset, type Rect } from './revealPlace.ts';
import { TOOLTIP_GAP, placeTooltip } from './tooltipPlacement.ts';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('revealOffset', () => {
  const frame = rect(360, 43, 1024, 700);
  const sideCard = rect(616, 51, 976, 400);

  it('leaves a place clear of a side card alone', () => {
    expect(revealOffset({ x: 500, y: 300 }, sideCard, frame)).toBeNull();
  });

  it('moves a place in the side card column to the middle of the free part, keeping its height', () => {
    // Below the card's current bottom too: the card grows to the map's height as it loads.
    const place = { x: 900, y: 600 };
    const [dx, dy] = revealOffset(place, sideCard, frame)!;
    expect(dy).toBe(0);
    expect(place.x - dx).toBe((frame.left + sideCard.left) / 2);
    expect(place.x - dx).toBeLessThan(sideCard.left - REVEAL_MARGIN);
  });

  it('moves a place under or just above a bottom sheet to the middle of the map above it', () => {
    const phone = rect(0, 43, 390, 423);
    const sheet = rect(0, 422, 390, 844);
    expect(revealOffset({ x: 100, y: 200 }, sheet, phone)).toBeNull();
    const place = { x: 31, y: 412 };
    const [dx, dy] = revealOffset(place, sheet, phone)!;
    expect([place.x - dx, place.y - dy]).toEqual([195, (43 + 422) / 2]);
  });
});

describe('placeTooltip', () => {
  const bounds = rect(0, 0, 664, 657);
  const card = rect(256, 8, 616, 606);

  it('sits below right of the pointer when nothing is in the way', () => {
    expect(placeTooltip({ x: 100, y: 100 }, { width: 200, height: 60 }, bounds, null)).toEqual({
      left: 100 + TOOLTIP_GAP,
      top: 100 + TOOLTIP_GAP,
      covered: 0,
    });
  });

  it('never covers the card when there is room for it beside the pointer or the card', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 656 }),
        fc.integer({ min: 60, max: 240 }),
        fc.integer({ min: 20, max: 120 }),
        (x, y, width, height) => {
          const spot = placeTooltip({ x, y }, { width, height }, bounds, card);
          const tip = rect(spot.left, spot.top, spot.left + width, spot.top + height);
          expect(overlaps(tip, card)).toBe(false);
          expect(tip.left).toBeGreaterThanOrEqual(bounds.left);
          expect(tip.right).toBeLessThanOrEqual(bounds.right);
        },
      ),
    );
  });
});
