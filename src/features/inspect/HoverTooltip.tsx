/**
 * The hover tooltip: plain text lines next to the pointer, inside the map and never over the details card
 * (tooltipPlacement.ts). It is placed after each render, once its size is known.
 */
import { useLayoutEffect, useRef } from 'react';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { placeTooltip } from './tooltipPlacement.ts';

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
    const { left, top } = placeTooltip(
      hover,
      { width: el.offsetWidth, height: el.offsetHeight },
      { left: 0, top: 0, right: origin.width, bottom: origin.height },
      card ? rectIn(card, origin) : null,
    );
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
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
