/** The layers panel: each overlay with its toggle, opacity, legend, options and sources. */
import { useDatasetStore } from '../../data/datasetStore.ts';
import { overlaySourceIds, type Overlay } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { SourceCitation } from '../sources/SourceCitation.tsx';
import { useLayersStore } from './layersStore.ts';
import { Legend } from './Legend.tsx';

const GROUPS: Overlay['group'][] = ['Scoring', 'Power', 'Mining', 'Context'];

function OverlayRow({ overlay }: { overlay: Overlay }) {
  const visible = useLayersStore((s) => s.visible[overlay.id]);
  const opacity = useLayersStore((s) => s.opacity[overlay.id] ?? 1);
  const { setVisible, setOpacity } = useLayersStore.getState();
  const data = useDatasetStore((s) => s.data);
  const sourceIds = overlaySourceIds(overlay, data);
  return (
    <li className="overlay-row">
      <label className="overlay-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(overlay.id, e.target.checked)} />
        {overlay.label}
      </label>
      {visible && (
        <div className="overlay-body">
          <p className="muted small">{overlay.description}</p>
          <label className="slider-row small">
            Opacity
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={opacity}
              aria-label={`${overlay.label} opacity`}
              onChange={(e) => setOpacity(overlay.id, Number(e.target.value))}
            />
          </label>
          {overlay.Options && <overlay.Options />}
          <Legend spec={overlay.legend} label={overlay.label} />
          <details className="overlay-sources">
            <summary>
              Sources for {overlay.label} ({sourceIds.length})
            </summary>
            <SourceCitation ids={sourceIds} label={`Sources for ${overlay.label}`} />
          </details>
        </div>
      )}
    </li>
  );
}

export function LayersPanel() {
  return (
    <div className="layers-panel">
      {GROUPS.map((group) => (
        <section key={group} aria-label={`${group} overlays`}>
          <h2 className="group-title">{group}</h2>
          <ul className="overlay-list">
            {OVERLAYS.filter((o) => o.group === group).map((o) => (
              <OverlayRow key={o.id} overlay={o} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
