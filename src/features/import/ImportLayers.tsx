/** The import layers: each with show/hide, rename and remove, and its list of sites. */
import { useState } from 'react';
import { ImportedSiteList } from './ImportedSiteList.tsx';
import { RowErrors } from './ImportOutcome.tsx';
import { useImport } from './importStore.ts';
import type { ImportLayer } from './importStorage.ts';
import { MAX_LAYER_NAME_LENGTH } from './importTypes.ts';
import { SwapOffer } from './SwapOffer.tsx';

function LayerControls({ layer }: { layer: ImportLayer }) {
  const setVisible = useImport((s) => s.setVisible);
  const rename = useImport((s) => s.rename);
  const remove = useImport((s) => s.remove);
  const [name, setName] = useState(layer.name);
  const [renaming, setRenaming] = useState(false);
  const n = layer.sites.length;
  return (
    <div className="import-layer-controls">
      <label className="import-layer-visible">
        <input
          type="checkbox"
          checked={layer.visible}
          onChange={(e) => setVisible(layer.id, e.target.checked)}
        />
        <span>
          Show <strong>{layer.name}</strong> on the map ({n} site{n === 1 ? '' : 's'})
        </span>
      </label>
      {renaming ? (
        <form
          className="shortlist-buttons"
          onSubmit={(e) => {
            e.preventDefault();
            rename(layer.id, name);
            setRenaming(false);
          }}
        >
          <label className="small">
            Layer name{' '}
            <input
              value={name}
              maxLength={MAX_LAYER_NAME_LENGTH}
              onChange={(e) => setName(e.target.value)}
              aria-label={`New name for ${layer.name}`}
            />
          </label>
          <button type="submit" disabled={name.trim() === ''}>
            Save name
          </button>
        </form>
      ) : (
        <div className="shortlist-buttons">
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${layer.name}`}>
            Rename
          </button>
          <button type="button" onClick={() => remove(layer.id)} aria-label={`Remove ${layer.name}`}>
            Remove
          </button>
        </div>
      )}
    </div>
  );
}

export function ImportLayers() {
  const layers = useImport((s) => s.layers);
  if (layers.length === 0) return null;
  return (
    <ul className="import-layers" aria-label="Import layers">
      {layers.map((layer) => (
        <li key={layer.id} className="import-layer">
          <section aria-label={`Import layer ${layer.name}`}>
            <LayerControls layer={layer} />
            <SwapOffer layer={layer} />
            <RowErrors errors={layer.errors} label={`Rows not imported from ${layer.name}`} />
            <ImportedSiteList key={`${layer.id}-${layer.fileName}-${layer.sites.length}`} layer={layer} />
          </section>
        </li>
      ))}
    </ul>
  );
}
