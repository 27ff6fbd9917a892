/**
 * Search places, mining sites, operators, power plants, substations, countries and regions offline (combobox
 * pattern: arrow keys, Enter, Escape). Choosing a result flies the map there and selects it.
 */
import { useId, useMemo, useState } from 'react';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { flyTo, getMap } from '../map/mapHandle.ts';
import { MIN_QUERY_LENGTH, search } from './searchIndex.ts';
import { allIndexes, SOURCE_LABEL, useSearchIndexStore } from './searchStore.ts';
import { KIND_LABEL, type SearchHit } from './searchTypes.ts';
import './search.css';

/** Zoom the map flies to, by kind (a region's comes from its bounds). */
const ZOOM = { place: 10, 'mining-site': 11, plant: 10, substation: 11 } as const;
/** A small region is not shown closer than this. */
const REGION_MAX_ZOOM = 8;

/** The option's second line: kind, admin-1 region and country, then one more fact. */
export function hitDetail(hit: SearchHit): string {
  const where = [hit.admin1, hit.country].filter(Boolean).join(', ');
  return [KIND_LABEL[hit.kind], where, hit.note].filter(Boolean).join(' · ');
}

function moveTo(hit: SearchHit): void {
  const select = useSelectionStore.getState().select;
  if (hit.kind === 'country' || hit.kind === 'region') {
    // Turf's area, only needed here, stays out of the start-up bundle.
    void import('./regionTargets.ts').then(({ boundsAroundLabel, regionTarget }) => {
      const target = regionTarget(hit.feature);
      const camera = getMap()?.cameraForBounds(boundsAroundLabel(target), { padding: 40 });
      const zoom = Math.min(camera?.zoom ?? REGION_MAX_ZOOM, REGION_MAX_ZOOM);
      flyTo({ lon: target.label[0], lat: target.label[1], zoom });
    });
    return;
  }
  flyTo({ lon: hit.lon, lat: hit.lat, zoom: ZOOM[hit.kind] });
  if (hit.kind === 'mining-site') select({ kind: 'mining-site', id: hit.id });
  else if (hit.kind === 'plant') select({ kind: 'plant', index: hit.index });
  else {
    const label = [hit.name, hit.admin1, hit.country].filter(Boolean).join(', ');
    select({ kind: 'point', lon: hit.lon, lat: hit.lat, label, origin: 'search' });
  }
}

export function SearchBox() {
  const { indexes, pending, failed, start } = useSearchIndexStore();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => search(allIndexes(indexes), query), [indexes, query]);
  const listId = useId();
  const searching = query.trim().length >= MIN_QUERY_LENGTH;
  const shown = open && searching;

  let status = '';
  if (shown) {
    const loading = pending.map((k) => SOURCE_LABEL[k]);
    const broken = Object.keys(failed).map((k) => SOURCE_LABEL[k as keyof typeof failed]);
    status = [
      loading.length > 0
        ? `Loading ${loading.includes('places') ? 'places' : loading.join(', ')}…`
        : hits.length === 0
          ? `No results for “${query.trim()}”`
          : '',
      broken.length > 0 ? `Could not load ${broken.join(', ')}: not searched.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  const choose = (hit: SearchHit) => {
    moveTo(hit);
    setQuery(hit.name);
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search places, mining sites and regions"
        aria-expanded={shown && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search a town, mining site, operator, plant or region"
        value={query}
        onFocus={() => {
          start();
          setOpen(true);
        }}
        onChange={(e) => {
          start();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (hits.length > 0)
              setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
          } else if (e.key === 'Enter' && shown && hits[active]) {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === 'Escape') {
            if (shown) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <div className={shown && (hits.length > 0 || status) ? 'search-dropdown open' : 'search-dropdown'}>
        {shown && hits.length > 0 && (
          <ul role="listbox" id={listId} className="search-results" aria-label="Search results">
            {hits.map((hit, i) => (
              <li
                key={`${hit.kind}-${hit.name}-${i}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="hit-label">{hit.name}</span>
                <span className="hit-detail">{hitDetail(hit)}</span>
              </li>
            ))}
          </ul>
        )}
        <div role="status" className="search-status">
          {status}
        </div>
      </div>
    </div>
  );
}
