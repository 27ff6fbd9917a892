/**
 * Keeps the selected place in sight beside the details card: when the card covers the place on screen, the map
 * pans it to the middle of the map's free part (left of a card on the side; above a card docked as a bottom
 * sheet on a phone). A card on the side is taken as covering the map's full height, as it grows to that while
 * its sections load; a bottom sheet has a fixed height (app.css).
 */
import { createContext, useContext, useEffect, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from '../map/mapHandle.ts';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept between the place and the card's edge, px. */
export const REVEAL_MARGIN = 24;

/** A card at least this share of the map's width wide is docked as a bottom sheet. */
const SHEET_WIDTH_SHARE = 0.9;

/**
 * How far to pan (MapLibre panBy: positive x moves the view right, so the place moves left) so that `place`
 * (viewport px) is clear of `card`, within `frame` (the map's rectangle); null when it already is.
 */
export function revealOffset(
  place: { x: number; y: number },
  card: Rect,
  frame: Rect,
): [number, number] | null {
  const sheet = card.right - card.left >= (frame.right - frame.left) * SHEET_WIDTH_SHARE;
  if (sheet) {
    if (place.y < card.top - REVEAL_MARGIN) return null;
    const freeBottom = Math.min(card.top, frame.bottom);
    return [place.x - (frame.left + frame.right) / 2, place.y - (frame.top + freeBottom) / 2];
  }
  if (place.x < card.left - REVEAL_MARGIN || place.x > card.right + REVEAL_MARGIN) return null;
  return [place.x - (frame.left + Math.max(card.left, frame.left)) / 2, 0];
}

/** The details card's element, for the place sections inside it. */
export const CardElement = createContext<RefObject<HTMLElement | null> | null>(null);

function reveal(map: MapLibreMap, card: HTMLElement, lon: number, lat: number) {
  const frame = map.getContainer().getBoundingClientRect();
  const p = map.project([lon, lat]);
  const offset = revealOffset(
    { x: frame.left + p.x, y: frame.top + p.y },
    card.getBoundingClientRect(),
    frame,
  );
  if (offset) map.panBy(offset, { duration: 300 });
}

/** Pans the map once the card is drawn (or once a flight to the place has ended) if the card covers the place. */
export function useRevealPlace(lon: number, lat: number): void {
  const map = useMap();
  const card = useContext(CardElement);
  useEffect(() => {
    if (!map || !card) return;
    const run = () => card.current && reveal(map, card.current, lon, lat);
    // A search or "Show" flies to the place as it selects it: reveal where the flight ends.
    const afterLayout = () => (map.isMoving() ? map.once('moveend', run) : run());
    const frame = requestAnimationFrame(afterLayout);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend', run);
    };
  }, [map, card, lon, lat]);
}
