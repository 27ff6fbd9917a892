/**
 * Opening a link with places: a dialog lists them (how many, the first names) and asks what to do with them.
 * "Add to my shortlist" and "Replace my shortlist" save them (each with Undo in a notice); "Just look" saves
 * nothing and lists them beside the map, each with a button to show it there.
 */
import { useRef } from 'react';
import { useModalFocus } from '../../shared/useModalFocus.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import type { NewShortlistEntry } from '../../shared/shortlistTypes.ts';
import { flyTo } from '../map/mapHandle.ts';
import { connectShortlist, useShortlist } from '../shortlist/shortlistStore.ts';
import { addWithUndo, replaceWithUndo } from '../shortlist/undoNotices.ts';
import { useSharedPlaces } from './sharedPlacesStore.ts';
import './share.css';

/** How many names the dialog lists before "and N more". */
export const NAMES_LISTED = 10;

const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;
const nameOf = (p: NewShortlistEntry) => (p.name.trim() ? p.name : 'Unnamed place');

function OfferDialog({ offered }: { offered: NewShortlistEntry[] }) {
  const { look } = useSharedPlaces.getState();
  const mine = useShortlist((s) => s.entries.length);
  const blocked = useShortlist((s) => s.problem !== null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const lookRef = useRef<HTMLButtonElement>(null);
  useModalFocus(dialogRef, lookRef, look);
  const done = (save: (p: NewShortlistEntry[]) => unknown) => {
    connectShortlist();
    save(offered);
    useSharedPlaces.getState().close();
  };
  const more = offered.length - NAMES_LISTED;
  return (
    <div className="shared-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="shared-title"
        className="shared-dialog"
      >
        <h2 id="shared-title">This link shares {places(offered.length)}</h2>
        <ol aria-label="Shared places">
          {offered.slice(0, NAMES_LISTED).map((p, i) => (
            <li key={i}>{nameOf(p)}</li>
          ))}
        </ol>
        {more > 0 && <p className="small">and {places(more)} more.</p>}
        <p className="small">
          Your shortlist has {places(mine)}.{' '}
          {blocked ? 'It cannot be changed until its saved data is read or replaced (Shortlist tab).' : ''}
        </p>
        <div className="shortlist-buttons">
          <button type="button" disabled={blocked} onClick={() => done(addWithUndo)}>
            Add to my shortlist
          </button>
          <button type="button" disabled={blocked} onClick={() => done(replaceWithUndo)}>
            Replace my shortlist
          </button>
          <button type="button" ref={lookRef} onClick={look}>
            Just look
          </button>
        </div>
      </div>
    </div>
  );
}

function LookingList({ looking }: { looking: NewShortlistEntry[] }) {
  const { close } = useSharedPlaces.getState();
  const show = (p: NewShortlistEntry) => {
    flyTo({ lon: p.lon, lat: p.lat });
    useSelectionStore.getState().select({ kind: 'point', lon: p.lon, lat: p.lat, label: nameOf(p) });
  };
  return (
    <section className="shared-looking" aria-label="Places from the link">
      <h2>Places from the link ({looking.length}, not saved)</h2>
      <ol>
        {looking.map((p, i) => (
          <li key={i}>
            <button type="button" onClick={() => show(p)} aria-label={`Show ${nameOf(p)} on the map`}>
              {nameOf(p)}
            </button>
          </li>
        ))}
      </ol>
      <div className="shortlist-buttons">
        <button
          type="button"
          onClick={() => {
            connectShortlist();
            addWithUndo(looking);
            close();
          }}
        >
          Add them to my shortlist
        </button>
        <button type="button" onClick={close}>
          Close the list
        </button>
      </div>
    </section>
  );
}

export function SharedPlacesDialog() {
  const offered = useSharedPlaces((s) => s.offered);
  const looking = useSharedPlaces((s) => s.looking);
  if (offered) return <OfferDialog offered={offered} />;
  if (looking) return <LookingList looking={looking} />;
  return null;
}
