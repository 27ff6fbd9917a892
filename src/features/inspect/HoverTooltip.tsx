/** The hover tooltip: plain text lines next to the pointer. */
import { useSelectionStore } from '../../shared/selectionStore.ts';

export function HoverTooltip() {
  const hover = useSelectionStore((s) => s.hover);
  if (!hover) return null;
  return (
    <div className="hover-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{hover.title}</strong>
      {hover.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
