/**
 * "Copy share link": puts a link to the whole state (map, scoring, shortlist with notes) on the clipboard, and
 * shows it; a state too large for a link gets a message saying so and what to do instead.
 */
import { useState } from 'react';
import { shareLink } from '../share/UrlSync.tsx';

export function ShareLinkButton() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const copy = async () => {
    const made = shareLink();
    if (!made.ok) {
      setLink(null);
      setStatus('');
      setProblem(made.message);
      return;
    }
    setProblem(null);
    setLink(made.url);
    try {
      await navigator.clipboard.writeText(made.url);
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('Copy the link below (the clipboard is not available here).');
    }
  };
  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy share link
      </button>
      <span role="status" className="small">
        {status}
      </span>
      {problem && (
        <p role="alert" className="small">
          {problem}
        </p>
      )}
      {link && <input readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} />}
    </div>
  );
}
