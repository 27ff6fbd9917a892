/**
 * The hover tooltip: plain text lines next to the pointer, inside the map and never over the details card
 * (tooltipPlacement.ts). It is placed after each render, once its size is known.
 */
import { useLayoutEffect, useRef } from 'react';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { placeTooltip, widthBesideCard } from './tooltipPlacement.ts';

/** Narrower than this, a tooltip is no longer readable: it may overlap the card instead. */
const MIN_WIDTH = 140;

const rectIn = (r: DOMRect, origin: DOMRect) => ({
  left: r.left - origin.left,
  top: r.top - origin.top,
  right: r.right - origin.left,
  bottom: r.bottom - origin.top,
});

export function HoverTooltip() {
  const hover = useSelectionStore((s) => s.hover);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const area = el?.offsetParent;
    if (!el || !hover || !area) return;
    const origin = area.getBoundingClientRect();
    const card = area.querySelector('.details-panel')?.getBoundingClientRect();
    const bounds = { left: 0, top: 0, right: origin.width, bottom: origin.height };
    const avoid = card ? rectIn(card, origin) : null;
    const place = () =>
      placeTooltip(hover, { width: el.offsetWidth, height: el.offsetHeight }, bounds, avoid);
    el.style.maxWidth = '';
    let spot = place();
    // Too wide for the room beside the card: narrower (taller) and placed again.
    const room = widthBesideCard(bounds, avoid);
    if (spot.covered > 0 && room !== null && room >= MIN_WIDTH && room < el.offsetWidth) {
      el.style.maxWidth = `${room}px`;
      spot = place();
    }
    el.style.left = `${spot.left}px`;
    el.style.top = `${spot.top}px`;
  }, [hover]);
  if (!hover) return null;
  return (
    <div ref={ref} className="hover-tooltip" role="tooltip">
      <strong>{hover.title}</strong>
      {hover.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
