/** "Copy share link": puts a link to the whole state (map, scoring, shortlist with notes) on the clipboard, and shows it. */
import { useState } from 'react';
import { shareUrl } from '../share/UrlSync.tsx';

export function ShareLinkButton() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = shareUrl();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
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
      {link && <input readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} />}
    </div>
  );
}
