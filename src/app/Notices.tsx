/**
 * Shows notices as text (never HTML): grouped by kind (problems first), at most MAX_VISIBLE at once with
 * "Show N more", each dismissible and all at once; a notice lists at most MAX_DETAILS lines, each cut to
 * MAX_DETAIL_CHARS. The stack scrolls inside the map area (./notices.css), so every button stays reachable.
 */
import { useState } from 'react';
import { useNoticesStore, type Notice } from '../shared/noticesStore.ts';
import './notices.css';

export const MAX_VISIBLE = 5;
export const MAX_DETAILS = 8;
export const MAX_DETAIL_CHARS = 240;

const GROUPS: { kind: Notice['kind']; title: string }[] = [
  { kind: 'error', title: 'Problems' },
  { kind: 'info', title: 'For your information' },
];

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const [allDetails, setAllDetails] = useState(false);
  const shown = allDetails ? notice.details : notice.details.slice(0, MAX_DETAILS);
  const hidden = notice.details.length - shown.length;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${notice.kind}`}>
      <strong>{cut(notice.title, MAX_DETAIL_CHARS)}</strong>
      {shown.length > 0 && (
        <ul>
          {shown.map((d, i) => (
            <li key={i}>{cut(d, MAX_DETAIL_CHARS)}</li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="notice-dismiss" onClick={() => setAllDetails(true)}>
          Show {hidden} more line{hidden > 1 ? 's' : ''}
        </button>
      )}
      <span className="notice-actions">
        {notice.actions?.map((a) => (
          <button
            key={a.label}
            type="button"
            className="notice-dismiss"
            onClick={() => {
              a.run();
              onDismiss();
            }}
          >
            {a.label}
          </button>
        ))}
        <button type="button" className="notice-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}

export function Notices() {
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  const dismissAll = useNoticesStore((s) => s.dismissAll);
  const [showAll, setShowAll] = useState(false);
  const ordered = GROUPS.flatMap((g) => notices.filter((n) => n.kind === g.kind));
  const visible = showAll ? ordered : ordered.slice(0, MAX_VISIBLE);
  const more = ordered.length - visible.length;
  if (notices.length === 0) return null;
  return (
    <>
      {notices.length > 1 && (
        <div className="notices-bar">
          <span className="small">
            {notices.length} notices{more > 0 ? ` (${more} not shown)` : ''}
          </span>
          {more > 0 && (
            <button type="button" className="notice-dismiss" onClick={() => setShowAll(true)}>
              Show {more} more
            </button>
          )}
          <button type="button" className="notice-dismiss" onClick={dismissAll}>
            Dismiss all
          </button>
        </div>
      )}
      {GROUPS.map((g) => {
        const group = visible.filter((n) => n.kind === g.kind);
        if (group.length === 0) return null;
        return (
          <section key={g.kind} aria-label={g.title}>
            {GROUPS.some((o) => o.kind !== g.kind && visible.some((n) => n.kind === o.kind)) && (
              <h3 className="notice-group-title">{g.title}</h3>
            )}
            {group.map((n) => (
              <NoticeView key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
            ))}
          </section>
        );
      })}
    </>
  );
}
