/** Search places, mining sites and regions offline; choosing a result flies the map there. */
import { useId, useMemo, useState } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { flyTo, getMap } from '../map/mapHandle.ts';
import { buildSearchIndex, search, type SearchHit } from './searchIndex.ts';

export function SearchBox() {
  const { places, miningSites, countries, admin1 } = useDatasetStore((s) => s.data);
  const index = useMemo(
    () => buildSearchIndex({ places, miningSites, countries, admin1 }),
    [places, miningSites, countries, admin1],
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => search(index, query), [index, query]);
  const listId = useId();

  const choose = (hit: SearchHit) => {
    const map = getMap();
    if (hit.kind === 'region' && map) {
      map.fitBounds(
        [
          [hit.bbox[0], hit.bbox[1]],
          [hit.bbox[2], hit.bbox[3]],
        ],
        { padding: 40, maxZoom: 7 },
      );
    } else {
      flyTo({ lon: hit.lon, lat: hit.lat, zoom: 8 });
    }
    const select = useSelectionStore.getState().select;
    if (hit.kind === 'mining-site') select({ kind: 'mining-site', id: hit.id });
    else select({ kind: 'point', lon: hit.lon, lat: hit.lat, label: hit.label, origin: 'search' });
    setQuery(hit.label);
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search places, mining sites and regions"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search a city, mining site, operator or region"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          if (e.key === 'Enter' && hits[active]) choose(hits[active]);
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && hits.length > 0 && (
        <ul role="listbox" id={listId} className="search-results" aria-label="Search results">
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.label}-${i}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className="hit-label">{hit.label}</span>
              <span className="hit-detail">{hit.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
