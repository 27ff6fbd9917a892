/** Shows notices as text, each dismissible. */
import { useNoticesStore } from '../shared/noticesStore.ts';

export function Notices() {
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  return (
    <>
      {notices.map((n) => (
        <div key={n.id} role={n.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${n.kind}`}>
          <strong>{n.title}</strong>
          {n.details.length > 0 && (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}
